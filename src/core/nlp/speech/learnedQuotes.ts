// Reported speech as the learned model reads it, joined with what the rules found. A content span the model
// finds where the rules found none becomes a quote of its own, with the model's cue and source in the same
// sentence ("The company has since denied wrongdoing, its lawyer said in a filing": content "The company has
// since denied wrongdoing", cue "said", source "its lawyer"); a content span over a rule's quote keeps the rule's
// reading, which names its speaker with more care.

import type { TokenSpan } from '../../learn/bilou';
import type { Quote } from '../../model';
import { attributionOf } from '../attribution';
import { cueAt, type Cue } from '../cues';
import type { Phrase } from '../phrases';
import { tokenSpan, type QuoteContext } from '../quoteContext';
import { toSpeaker, type SpeakerResolver } from '../speakers';
import type { SpeechEvidence } from './speechEvidence';
import type { SentenceSpeech } from './speechSpans';

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The span of a list nearest to token range c (by the gap between them), or null. */
function nearest(spans: readonly TokenSpan[], c: { start: number; end: number }): TokenSpan | null {
  let best: TokenSpan | null = null;
  let bestGap = Infinity;
  for (const s of spans) {
    const gap = s.start >= c.end ? s.start - c.end : c.start >= s.end ? c.start - s.end : 0;
    if (gap < bestGap) { best = s; bestGap = gap; }
  }
  return best;
}

const CONTENT_WORDS = ['Noun', 'Pronoun', 'Verb', 'Value'];

/** Content names or says something: "Still, he said, ..." has no content in "Still". */
function saysSomething(ctx: QuoteContext, c: TokenSpan): boolean {
  for (let i = c.start; i < c.end; i++) if (CONTENT_WORDS.some((t) => ctx.tokens[i].tags.has(t))) return true;
  return false;
}

/** The tokens of a content span that lie outside direct quotes; none when it is all quoted. */
function unquoted(ev: SpeechEvidence, c: TokenSpan): boolean {
  for (let i = c.start; i < c.end; i++) if (!ev.quoted[i]) return true;
  return false;
}

/**
 * Who speaks: the model's source nearest the cue; else the cue's subject as the rules find it ("the talks had
 * stalled, officials in Kabul said": a source the model missed); else nobody.
 */
function sourceOf(ctx: QuoteContext, read: SentenceSpeech, cue: TokenSpan | null, c: TokenSpan): Phrase | null {
  const source = nearest(read.source, cue ?? c);
  if (source) return { first: source.start, last: source.end - 1 };
  if (!cue) return null;
  const lexical = cueAt(ctx.tokens, cue.start);
  const verb: Cue = lexical ?? { first: cue.start, last: cue.end - 1, lemma: ctx.tokens[cue.start].normal, form: 'verb' };
  const subject = attributionOf(ctx, verb, read.s.first, read.s.last, read.s.first)?.subject ?? null;
  // A subject inside the content is the content's own ("the deal, which he said was bad").
  return subject && (subject.last < c.start || subject.first >= c.end) ? subject : null;
}

function newQuote(ctx: QuoteContext, resolver: SpeakerResolver, read: SentenceSpeech, c: TokenSpan): Quote {
  const content = tokenSpan(ctx, c.start, c.end - 1);
  const cue = nearest(read.cue, c);
  const source = sourceOf(ctx, read, cue, c);
  const speaker = source ? toSpeaker(resolver, source, read.s.index).speaker : null;
  return { kind: 'indirect', ...content, speaker, cue: cue ? tokenSpan(ctx, cue.start, cue.end - 1) : null, rule: 'learned' };
}

/**
 * The article's indirect quotes: the rules' quotes the model agrees with, the model's own where the rules found
 * none, and (keepRules) the rules' quotes the model did not read as content.
 */
export function joinLearned(ctx: QuoteContext, resolver: SpeakerResolver, ruleIndirect: readonly Quote[], reads: readonly SentenceSpeech[], ev: SpeechEvidence, keepRules: boolean): Quote[] {
  const kept = new Set<Quote>();
  const out: Quote[] = [];
  for (const read of reads) {
    for (const c of read.content) {
      if (!unquoted(ev, c) || !saysSomething(ctx, c)) continue;
      const span = { start: ctx.tokens[c.start].start, end: ctx.tokens[c.end - 1].end };
      const rule = ruleIndirect.filter((q) => overlapsSpan(q, span));
      if (rule.length) rule.forEach((q) => kept.add(q));
      else out.push(newQuote(ctx, resolver, read, c));
    }
  }
  for (const q of ruleIndirect) if (kept.has(q) || keepRules) out.push(q);
  return out.sort((a, b) => a.start - b.start);
}
