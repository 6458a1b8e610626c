// What each sentence of an article is about, read once in text order before any quote is attributed: the
// person its reporting verb's subject (else its main subject) names, where that subject stands, and the group
// it names ("Caucus-goers", "most Republicans"). Pronouns are resolved against it: "he" is the latest person
// subject, "they" the latest group.
import { attributionOf, firstCue, sentenceSubject } from './attribution';
import type { Phrase } from './phrases';
import type { QuoteContext } from './quoteContext';

/** The discourse state of an article, one entry per sentence. */
export interface Discourse<P> {
  /** The person each sentence is about, or null. */
  topics: (P | null)[];
  /** Where each sentence's topic is named (its first token), so a later pronoun of the sentence may refer to it. */
  topicStart: number[];
  /** Each sentence's subject phrase when it names a group, for "they". */
  groups: (Phrase | null)[];
}

/** How the pass tells a group and resolves a subject to a person (against the sentences filled in so far). */
export interface SubjectReader<P> {
  isGroup(p: Phrase): boolean;
  personOf(p: Phrase, sentence: number): P | null;
}

/**
 * Fills d with every sentence's topic and group, in text order: a pronoun subject resolves, through
 * reader.personOf, against the sentences already in d.
 */
export function readDiscourse<P>(ctx: QuoteContext, reader: SubjectReader<P>, d: Discourse<P>): void {
  for (const { index: s, first, last } of ctx.sentences) {
    d.topics.push(null);
    d.topicStart.push(Infinity);
    d.groups.push(null);
    const cue = firstCue(ctx, first, last);
    const a = cue ? attributionOf(ctx, cue, first, last, first) : null;
    const subject = a?.subject ?? sentenceSubject(ctx, first, last);
    if (!subject) continue;
    if (reader.isGroup(subject)) d.groups[s] = subject;
    d.topics[s] = reader.personOf(subject, s);
    d.topicStart[s] = subject.first;
  }
}
