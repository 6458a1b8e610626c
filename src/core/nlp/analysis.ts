import nlp from 'compromise';
import type { ArticleStructure, BlockKind, Span } from '../model';

/** One word as compromise tagged it, with exact offsets into the article text. */
export interface Token extends Span {
  /** Always equal to the article text sliced at start..end. */
  text: string;
  normal: string;
  tags: string[];
}

export interface Sentence extends Span {
  tokens: Token[];
  /** Index into structure.blocks of the block the sentence lies in. */
  block: number;
  /** Kind of that block (headline, dateline, paragraph, related). */
  kind: BlockKind;
}

/** The single compromise pass over an article that every rule reads from. */
export interface Analysis {
  sentences: Sentence[];
}

/** A term as compromise keeps it internally (after compute('offset')). */
interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

// compromise's last hook groups words into noun/verb chunks, which no rule here reads: tags are identical
// without it, and each article is tagged faster. This module is the engine's only use of compromise.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

/** Tags one block and returns compromise's own sentence arrays: no JSON copy of every term is made. */
function tag(slice: string): CompromiseTerm[][] {
  const doc = nlp(slice);
  doc.compute('offset');
  return doc.document as unknown as CompromiseTerm[][];
}

// Blocks that never yield entities or quotes (furniture, lists of related headlines) are not tagged at all.
const SKIPPED: ReadonlySet<BlockKind> = new Set(['boilerplate', 'related']);

/** Runs compromise once over each non-boilerplate block and keeps tokens with exact offsets. */
export function analyse(text: string, structure: ArticleStructure): Analysis {
  const sentences: Sentence[] = [];
  structure.blocks.forEach((block, b) => {
    if (SKIPPED.has(block.kind)) return;
    const slice = text.slice(block.start, block.end);
    let cursor = block.start;
    for (const terms of tag(slice)) {
      const tokens: Token[] = [];
      for (const t of terms) {
        const start = locate(text, t.text, block.start + t.offset.start, cursor, block.end);
        const end = Math.min(block.end, start + (text.startsWith(t.text, start) ? t.text.length : t.offset.length));
        if (end <= start) continue;
        cursor = end;
        splitGlued(text, { start, end, text: text.slice(start, end), normal: t.normal, tags: Array.from(t.tags) }, tokens);
      }
      if (tokens.length) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens, block: b, kind: block.kind });
    }
  });
  return { sentences };
}

/**
 * Where a term really starts. compromise's offsets are right for ordinary text; when they drift (it normalises
 * some characters) the term is looked for just after the previous one, within a short window, so the pass
 * stays linear.
 */
function locate(text: string, word: string, guess: number, cursor: number, limit: number): number {
  if (guess >= cursor && text.startsWith(word, guess)) return guess;
  const window = text.slice(cursor, Math.min(limit, cursor + word.length + 64));
  const at = word ? window.indexOf(word) : -1;
  return at >= 0 ? cursor + at : Math.max(guess, cursor);
}

// Zero-width characters and commas with no space after them glue two words into one compromise term.
const GLUE = /[\u200b\u200c\u200d\u2060\ufeff]+|[,;](?=\p{L})/gu;
// "PressEurope:" — a lower-case letter directly followed by a capitalised word at a section label.
const CAMEL = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}+:?$)/u;

/** Pushes token, split where scraping glued words together ("sanctions,Tasnim", "PressEurope"). */
function splitGlued(text: string, token: Token, out: Token[]): void {
  const parts: Span[] = [];
  let from = token.start;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(token.text); m; m = GLUE.exec(token.text)) {
    parts.push({ start: from, end: token.start + m.index });
    from = token.start + m.index + m[0].length;
  }
  parts.push({ start: from, end: token.end });
  for (const p of parts) {
    if (p.end <= p.start) continue;
    const word = text.slice(p.start, p.end);
    const camel = CAMEL.exec(word);
    const follows = text[token.end] === ':' || /:$/.test(word);
    if (camel && follows && camel.index > 0) {
      push(text, { start: p.start, end: p.start + camel.index }, token, out);
      push(text, { start: p.start + camel.index, end: p.end }, token, out);
    } else {
      push(text, p, token, out);
    }
  }
}

function push(text: string, span: Span, from: Token, out: Token[]): void {
  const t = text.slice(span.start, span.end);
  const whole = span.start === from.start && span.end === from.end;
  out.push({ start: span.start, end: span.end, text: t, normal: whole ? from.normal : t.toLowerCase(), tags: from.tags });
}
