// Finds the stretches of text between quote marks: curly, straight and mixed (“ ... "), bounded by paragraphs.
//
// Convention: a direct quote's span INCLUDES its quote marks (“...”), as the PolNeAR annotation does; a quote
// that never closes ends at the end of its paragraph (without a closing mark), unless the next paragraph opens
// with a quote mark, in which case it continues there (the news convention for multi-paragraph quotes).
// Everything here is one linear pass over the characters of the quotable blocks.

import type { Block, Span } from '../model';

/** One run of quoted text. start/end include the marks that were found. */
export interface MarkedQuote extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of its paragraph unclosed. */
  close: number;
  /** Index (into the blocks given) of the block where the quote opens and of the block where it ends. */
  firstBlock: number;
  lastBlock: number;
}

const OPENING = new Set(['“', '„', '«', '‟']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

export function isQuoteMark(c: string | undefined): boolean {
  return c !== undefined && (c === STRAIGHT || c === "'" || OPENING.has(c) || CLOSING.has(c));
}

/** Blocks whose text can hold quotes: never boilerplate nor the dateline. */
export function isQuotableBlock(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'headline' || b.kind === 'related';
}

type Role = 'open' | 'close' | 'either';

const SPACE = /[\s\u00a0\u2000-\u200b\u3000]/;
const BEFORE_OPEN = /[([{\u2014\u2013\-/:;,]/;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * The quote mark at i: its kind and length. Besides the one-character marks, typewriter copy writes `` and ''
 * (two characters) for opening and closing double quotes; '' is read like a straight mark.
 */
function markAt(text: string, i: number, end: number): { kind: 'open' | 'close' | 'straight'; len: number } | null {
  const c = text[i];
  if (c === STRAIGHT) return { kind: 'straight', len: 1 };
  if (OPENING.has(c)) return { kind: 'open', len: 1 };
  if (CLOSING.has(c)) return { kind: 'close', len: 1 };
  if ((c === "'" || c === '`') && i + 1 < end && text[i + 1] === c) return { kind: c === '`' ? 'open' : 'straight', len: 2 };
  return null;
}

/** What a straight mark of length len at i can do, judged from its neighbours. */
function roleOf(text: string, i: number, len: number, blockStart: number, blockEnd: number): Role {
  const prev = i > blockStart ? text[i - 1] : '';
  const next = i + len < blockEnd ? text[i + len] : '';
  const prevOpens = prev === '' || SPACE.test(prev) || BEFORE_OPEN.test(prev) || isQuoteMark(prev);
  const nextCloses = next === '' || SPACE.test(next) || (!WORDISH.test(next) && !isQuoteMark(next));
  if (prevOpens && !nextCloses) return 'open';
  if (nextCloses && !prevOpens) return 'close';
  return 'either';
}

/** True when the block's text starts with a mark that can open a quote. */
function opensWithQuote(text: string, block: Block): boolean {
  const m = markAt(text, block.start, block.end);
  return m !== null && m.kind !== 'close';
}

/** A transcript paragraph (`"PENCE: ...`) starts a new quote even when the previous one did not close. */
function opensWithLabel(text: string, block: Block): boolean {
  return /^.[A-Z][A-Z.' -]{1,30}:\s/.test(text.slice(block.start, Math.min(block.end, block.start + 40)));
}

/** True when the span holds at least one letter or digit (so `""` or `“ ”` is not a quote). */
function hasWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WORDISH.test(text[i])) return true;
  return false;
}

/**
 * Pairs the quote marks of the quotable blocks (given in text order) into quotes.
 * A curly opening mark inside an open quote ends it there (typing slip) and opens a new one, so one bad mark
 * costs at most one paragraph; a stray closing mark is ignored.
 */
export function findMarkedQuotes(text: string, blocks: Block[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let current: { open: number; firstBlock: number; nested: boolean } | null = null;

  const emit = (end: number, close: number, lastBlock: number) => {
    if (!current) return;
    const q = { start: current.open, end, open: current.open, close, firstBlock: current.firstBlock, lastBlock };
    if (hasWords(text, q.start + 1, close >= 0 ? close : end)) out.push(q);
    current = null;
  };
  const unclosedAt = (end: number, lastBlock: number) => {
    if (current) emit(trimEnd(text, current.open, end), -1, lastBlock);
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (!isQuotableBlock(block)) {
      unclosedAt(blocks[b - 1]?.end ?? block.start, b - 1);
      continue;
    }
    if (current && (!opensWithQuote(text, block) || opensWithLabel(text, block))) unclosedAt(blocks[b - 1].end, b - 1);
    // The paragraph's opening mark re-opens a quote carried over from the previous paragraph.
    let i: number = current ? block.start + (markAt(text, block.start, block.end)?.len ?? 1) : block.start;
    for (; i < block.end; i++) {
      const m = markAt(text, i, block.end);
      if (!m) continue;
      const role: Role = m.kind === 'straight' ? roleOf(text, i, m.len, block.start, block.end) : m.kind;
      const at = i;
      i += m.len - 1;
      if (!current) {
        if (role !== 'close') current = { open: at, firstBlock: b, nested: false };
        continue;
      }
      if (m.kind === 'open') {
        if (at + m.len < block.end && !SPACE.test(text[at + m.len])) {
          // A second opening mark: the first quote lost its closing mark; end it here and start again.
          unclosedAt(at, b);
          current = { open: at, firstBlock: b, nested: false };
        } else {
          emit(at + m.len, at, b);
        }
      } else if (m.kind === 'straight' && (current.nested || (role === 'open' && markAt(text, current.open, block.end)?.kind !== 'straight'))) {
        // Straight marks nested in a curly quote ("...") pair among themselves.
        current.nested = !current.nested;
      } else {
        emit(at + m.len, at, b);
      }
    }
  }
  if (current && blocks.length) unclosedAt(blocks[blocks.length - 1].end, blocks.length - 1);
  return withHeadlineSingles(text, blocks, out);
}

// A single-quoted stretch of a headline: an opening ‘ or ' after a space or the line's start and before a word,
// a closing ’ or ' after a word and before a space, punctuation or the line's end. Headlines quote with single
// marks ("Black Lawmakers Rip Trump As A ‘Disgusting Fraud.’"); apostrophes inside words ("Won’t", "Trump’s")
// have a letter on both sides and never match.
const HEADLINE_SINGLE = /(?<=^|[\s([{—–:;,-])[‘'](?=[\p{L}\p{N}])[^‘’'\n]*?[^\s‘’'][’'](?=$|[\s.,;:!?)\]}—–-])/gu;

/**
 * A headline, or a line that reads as one: short, most of its words capitalised. ("Chris Christie Calls Hillary
 * Clinton ‘A Disgrace’ Over Police Shooting Comments." ends in a full stop, and the layout alone takes it for a
 * paragraph.)
 */
export function readsAsHeadline(text: string, block: Block): boolean {
  if (block.kind === 'headline') return true;
  if (block.kind !== 'paragraph' || block.end - block.start > 200) return false;
  const words = text.slice(block.start, block.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && words.length <= 25 && capitalised >= 0.6 * words.length;
}

/** The quotes marked with single quotes in headlines, added to the others (by start). */
function withHeadlineSingles(text: string, blocks: Block[], found: MarkedQuote[]): MarkedQuote[] {
  const extra: MarkedQuote[] = [];
  blocks.forEach((block, b) => {
    if (!readsAsHeadline(text, block)) return;
    for (const m of text.slice(block.start, block.end).matchAll(HEADLINE_SINGLE)) {
      const start = block.start + m.index;
      const end = start + m[0].length;
      if (found.some((q) => q.start < end && start < q.end)) continue;
      extra.push({ start, end, open: start, close: end - 1, firstBlock: b, lastBlock: b });
    }
  });
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** The end of [from, end) moved back past whitespace. */
function trimEnd(text: string, from: number, end: number): number {
  while (end > from + 1 && SPACE.test(text[end - 1])) end--;
  return end;
}
