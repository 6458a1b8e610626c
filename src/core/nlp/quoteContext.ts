// The article's tokens laid out flat, with the sentence and block of each, for the quote rules to walk.

import type { ArticleStructure, Block, Span } from '../model';
import type { Analysis, Token } from './analysis';
import { stopAfterAbbreviation } from './sentences';

export interface QuoteContext {
  text: string;
  blocks: Block[];
  tokens: Token[];
  /** Sentence index of each token. */
  sentence: number[];
  /** First token index of each sentence, and one past its last. */
  sentenceFirst: number[];
  sentenceEnd: number[];
  /** Block index of each token. */
  block: number[];
}

export function buildContext(text: string, structure: ArticleStructure, analysis: Analysis): QuoteContext {
  const tokens: Token[] = [];
  const sentence: number[] = [];
  const sentenceFirst: number[] = [];
  const sentenceEnd: number[] = [];
  const block: number[] = [];
  const blocks = structure.blocks;
  let b = 0;
  let si = -1;
  const open = () => {
    si++;
    sentenceFirst.push(tokens.length);
  };
  for (const s of analysis.sentences) {
    open();
    for (const t of s.tokens) {
      while (b < blocks.length - 1 && blocks[b].end <= t.start) b++;
      tokens.push(t);
      sentence.push(si);
      block.push(b);
    }
    sentenceEnd.push(tokens.length);
  }
  return { text, blocks, tokens, sentence, sentenceFirst, sentenceEnd, block };
}

/** The first index in [0, length) for which before(i) is false, where before is true up to some point then false. */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after offset (tokens.length when none). */
export function tokenAtOrAfter(ctx: QuoteContext, offset: number): number {
  return firstIndexNotBefore(ctx.tokens.length, (i) => ctx.tokens[i].start < offset);
}

/** The text between token i and token i + 1 (to the end of the text after the last token). */
export function gapAfter(ctx: QuoteContext, i: number): string {
  // Before the first token (i = -1, "Reminding voters ..." opening the article): what precedes it.
  if (i < 0) return ctx.tokens.length ? ctx.text.slice(Math.max(0, ctx.tokens[0].start - 40), ctx.tokens[0].start) : '';
  if (i >= ctx.tokens.length) return '';
  const from = ctx.tokens[i].end;
  const to = i + 1 < ctx.tokens.length ? ctx.tokens[i + 1].start : Math.min(ctx.text.length, from + 4);
  return ctx.text.slice(from, Math.min(to, from + 40));
}

/** Tokens first..last (inclusive) as a span of the text: a cue ("according to"), a quote's content. */
export function tokenSpan(ctx: QuoteContext, first: number, last: number): Span & { text: string } {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

export const has = (t: Token | undefined, tag: string): boolean => t !== undefined && t.tags.has(tag);

const ABBREVIATION = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|st|jr|sr|prof|rev|pres|u\.s|u\.k|inc|corp|co|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/i;

/** True when the gap after token i ends a sentence (".", "!", "?" not after an abbreviation, or a paragraph break). */
export function endsSentence(ctx: QuoteContext, i: number): boolean {
  if (i + 1 >= ctx.tokens.length) return true;
  if (ctx.block[i] !== ctx.block[i + 1]) return true;
  const gap = gapAfter(ctx, i);
  if (/[!?]/.test(gap) || gap.includes('\n')) return true;
  const word = ctx.text.slice(ctx.tokens[i].start, ctx.tokens[i].end);
  if (stopAfterAbbreviation(word, gap, ctx.tokens[i + 1].text)) return true;
  if (!gap.includes('.')) return false;
  // "Rep. John Mica (R-Fla.) said": a full stop before a lower-case word does not end the sentence.
  if (/^\p{Ll}/u.test(ctx.tokens[i + 1].text) && !/[“"]/.test(gap)) return false;
  return !(gap.startsWith('.') && ABBREVIATION.test(word));
}

