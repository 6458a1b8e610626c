import type { ArticleStructure, Mention, Quote } from '../model';
import type { Analysis } from './analysis';
import { attributionOf, firstCue, sentenceSubject } from './attribution';
import { findDirectQuotes } from './directQuotes';
import { headlineIndirectQuotes } from './headlines';
import { findIndirectQuotes } from './indirectQuotes';
import { buildContext, type QuoteContext } from './quoteContext';
import { buildResolver, isGroup, toSpeaker, type SpeakerResolver } from './speakers';

/**
 * Direct and indirect quotes with their speakers and cues.
 * Direct quotes: Quote.start/end include the quote marks (see quoteMarks.ts); indirect quotes: the reported content.
 * One linear pass over the tokens of the single compromise analysis; compromise is not called again.
 */
export function findQuotes(text: string, structure: ArticleStructure, analysis: Analysis, mentions: Mention[]): Quote[] {
  const ctx = buildContext(text, structure, analysis);
  const resolver = buildResolver(ctx, mentions);
  readTopics(ctx, resolver);
  const direct = findDirectQuotes(ctx, resolver);
  const indirect = findIndirectQuotes(ctx, resolver, direct);
  const headlines = headlineIndirectQuotes(resolver, text, structure.blocks, direct);
  return [...direct, ...indirect, ...headlines].sort((a, b) => a.start - b.start);
}

/** The person each sentence is about (the subject of its reporting verb, else of its main verb), in text order. */
function readTopics(ctx: QuoteContext, r: SpeakerResolver): void {
  for (let s = 0; s < ctx.sentenceFirst.length; s++) {
    const first = ctx.sentenceFirst[s];
    const last = ctx.sentenceEnd[s] - 1;
    r.topics.push(null);
    r.topicStart.push(Infinity);
    r.groups.push(null);
    if (last < first) continue;
    const cue = firstCue(ctx, first, last);
    const a = cue ? attributionOf(ctx, cue, first, last, first) : null;
    const subject = a?.subject ?? sentenceSubject(ctx, first, last);
    if (subject && isGroup(r, subject)) r.groups[s] = subject;
    if (subject) {
      r.topics[s] = toSpeaker(r, subject, s).person;
      r.topicStart[s] = subject.first;
    }
  }
}
