// The article's tokens laid out flat, with the sentence and block of each, for the quote rules to walk.

import type { ArticleStructure, Block, Span } from '../model';
import type { Analysis, Sentence, Token } from './analysis';

export interface QuoteContext {
  text: string;
  blocks: Block[];
  /** The article's sentences (analysis.ts), each knowing its token range in tokens. */
  sentences: Sentence[];
  /** Every token of every sentence, end to end. */
  tokens: Token[];
  /** Sentence index of each token. */
  sentence: number[];
  /** Block index of each token. */
  block: number[];
}

export function buildContext(text: string, structure: ArticleStructure, analysis: Analysis): QuoteContext {
  const tokens: Token[] = [];
  const sentence: number[] = [];
  const block: number[] = [];
  for (const s of analysis.sentences) {
    for (const t of s.tokens) {
      tokens.push(t);
      sentence.push(s.index);
      block.push(s.block);
    }
  }
  return { text, blocks: structure.blocks, sentences: analysis.sentences, tokens, sentence, block };
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

/** True when token i ends its sentence (the last token of the article ends one too). */
export function endsSentence(ctx: QuoteContext, i: number): boolean {
  return i + 1 >= ctx.tokens.length || ctx.sentence[i] !== ctx.sentence[i + 1];
}

