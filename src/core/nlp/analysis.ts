import type { ArticleStructure, BlockKind, Span } from '../model';
import { tag, type CompromiseTerm } from './compromise/tagger';
import { taggingChunks } from './taggingChunks';
import { segmentSentences } from './sentences';

/** One word as compromise tagged it, with exact offsets into the article text. */
export interface Token extends Span {
  /** Always equal to the article text sliced at start..end. */
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
}

/** A run of tokens in one block: compromise's sentence before segmentation, and the base of a Sentence. */
export interface TokenRun {
  tokens: Token[];
  /** Index into structure.blocks of the block the run lies in. */
  block: number;
  /** Kind of that block (headline, dateline, paragraph, related). */
  kind: BlockKind;
}

/** One sentence of the article, as segmented once in sentences.ts; every rule reads this and no other. */
export interface Sentence extends TokenRun, Span {
  /** Its position among the article's sentences. */
  index: number;
  /** Article-wide indices of its first and last tokens (the tokens of all sentences laid end to end). */
  first: number;
  last: number;
}

/** The single compromise pass over an article that every rule reads from. */
export interface Analysis {
  sentences: Sentence[];
}

// Blocks that never yield entities or quotes (furniture, lists of related headlines) are not tagged at all.
const SKIPPED: ReadonlySet<BlockKind> = new Set(['boilerplate', 'related']);

/**
 * Runs compromise over the article's blocks, a few thousand characters at a time (taggingChunks.ts; boilerplate and
 * related lists skipped), and keeps tokens with exact offsets, sentence by sentence (sentences.ts).
 */
export function analyse(text: string, structure: ArticleStructure): Analysis {
  const tagged = structure.blocks.map((block, index) => ({ block, index })).filter(({ block }) => !SKIPPED.has(block.kind));
  const sentences: TokenRun[] = [];
  if (!tagged.length) return { sentences: [] };
  let k = 0;
  let cursor = 0;
  for (const terms of taggedChunks(text, tagged.map((t) => t.block))) {
    let current: TokenRun | undefined;
    const close = () => {
      if (current?.tokens.length) sentences.push(current);
      current = undefined;
    };
    for (const t of terms) {
      while (k < tagged.length && tagged[k].block.end <= Math.max(t.offset.start, cursor)) k++;
      if (k >= tagged.length) break;
      const { block, index } = tagged[k];
      const start = locate(text, t.text, t.offset.start, Math.max(cursor, block.start), block.end);
      const end = Math.min(block.end, start + (text.startsWith(t.text, start) ? t.text.length : t.offset.length));
      if (end <= start) continue;
      cursor = end;
      if (current && current.block !== index) close();
      current ??= { tokens: [], block: index, kind: block.kind };
      splitGlued(text, { start, end, text: text.slice(start, end), normal: t.normal, tags: t.tags }, current.tokens);
    }
    close();
  }
  return { sentences: segmentSentences(text, sentences) };
}

/** compromise's sentences of each chunk (taggingChunks.ts), with offsets into the whole text. */
function* taggedChunks(text: string, blocks: readonly Span[]): Generator<CompromiseTerm[]> {
  for (const chunk of taggingChunks(text, blocks)) {
    for (const terms of tag(chunk.text)) {
      if (chunk.start) for (const t of terms) t.offset.start += chunk.start;
      yield terms;
    }
  }
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
const MAY_GLUE = /[\u200b\u200c\u200d\u2060\ufeff,;:]/;

/** Pushes token, split where scraping glued words together ("sanctions,Tasnim", "PressEurope"). */
function splitGlued(text: string, token: Token, out: Token[]): void {
  // Most tokens hold none of the characters that glue words: they go through whole.
  if (!MAY_GLUE.test(token.text) && text[token.end] !== ':') {
    out.push(token);
    return;
  }
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
