// What the rules already know about each token of an article, read by the learned reported-speech model as
// evidence: inside a direct quote, the cue, content or speaker of a quote the rules found, an entity mention.
// "Trump said on Monday that the deal was bad": the rules' cue "said", content "the deal was bad", speaker "Trump".

import type { Mention, Quote } from '../../model';
import { firstIndexNotBefore, type QuoteContext } from '../quoteContext';

/** Per token of ctx.tokens: one small code each. */
export interface SpeechEvidence {
  /** 1 inside a direct quote's marks. */
  quoted: Uint8Array;
  /** 1 cue, 2 content, 3 speaker of an indirect quote the rules found; 4 cue, 5 speaker of a direct one. */
  rule: Uint8Array;
  /** 0 none, 1 person, 2 organization, 3 place, 4 misc. */
  mention: Uint8Array;
}

const MENTION_CODE: Record<string, number> = { person: 1, organization: 2, place: 3, misc: 4 };

/** Token indices [first, last] covered by a character span (none: first > last). */
export function tokensOf(ctx: QuoteContext, start: number, end: number): [number, number] {
  const first = firstIndexNotBefore(ctx.tokens.length, (i) => ctx.tokens[i].end <= start);
  const last = firstIndexNotBefore(ctx.tokens.length, (i) => ctx.tokens[i].start < end) - 1;
  return [first, last];
}

function mark(ctx: QuoteContext, into: Uint8Array, start: number, end: number, code: number): void {
  const [first, last] = tokensOf(ctx, start, end);
  for (let i = first; i <= last; i++) into[i] = code;
}

export function speechEvidence(ctx: QuoteContext, quotes: readonly Quote[], mentions: readonly Mention[]): SpeechEvidence {
  const n = ctx.tokens.length;
  const ev: SpeechEvidence = { quoted: new Uint8Array(n), rule: new Uint8Array(n), mention: new Uint8Array(n) };
  for (const m of mentions) mark(ctx, ev.mention, m.start, m.end, MENTION_CODE[m.type] ?? 4);
  for (const q of quotes) {
    const direct = q.kind === 'direct';
    if (direct) mark(ctx, ev.quoted, q.start, q.end, 1);
    else mark(ctx, ev.rule, q.start, q.end, 2);
    if (q.cue) mark(ctx, ev.rule, q.cue.start, q.cue.end, direct ? 4 : 1);
    if (q.speaker) mark(ctx, ev.rule, q.speaker.start, q.speaker.end, direct ? 5 : 3);
  }
  return ev;
}
