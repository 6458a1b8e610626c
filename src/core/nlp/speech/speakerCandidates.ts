// Who may have said a quote: every phrase nearby that could speak, as candidates for the learned speaker
// ranker. The rules' own pick is one of them; the others come from the model's source spans, the subjects of
// the cues around, the people and organisations named, and the pronouns. "Nobody" is a candidate too.
// `“We will rebuild,” he said. The governor visited on Monday.`: "he" (the rules' pick, resolved to the person
// last named), "The governor", and nobody.

import type { Quote, Speaker } from '../../model';
import { canSpeak } from '../../model';
import type { Sentence } from '../analysis';
import { subjectOfCue } from '../attribution';
import { isPronoun, pronounOf, type Phrase } from '../phrases';
import { firstIndexNotBefore, type QuoteContext } from '../quoteContext';
import { toSpeaker, type SpeakerResolver } from '../speakers';
import { tokensOf, type SpeechEvidence } from './speechEvidence';
import type { SentenceSpeech } from './speechSpans';

export type Origin = 'rule' | 'model' | 'subject' | 'person' | 'organization' | 'pronoun' | 'none';

export interface Candidate {
  /** The phrase that speaks (token range), null for "nobody". */
  phrase: Phrase | null;
  speaker: Speaker | null;
  origins: Set<Origin>;
}

/** What the candidates of an article are drawn from, built once per article. */
export interface CandidateSource {
  ctx: QuoteContext;
  resolver: SpeakerResolver;
  evidence: SpeechEvidence;
  /** The model's reading by sentence index. */
  reads: Map<number, SentenceSpeech>;
  /** Made once per article and shared by its quotes: each sentence's phrases, each phrase's speaker. */
  cache?: { phrases: Map<number, [Phrase, Origin][]>; speakers: Map<string, Speaker> };
}

const SPEAKING_PRONOUNS = /^(he|she|they|we|i)$/;
// Sentences either side of the quote's own that candidates come from, and how far (in words) from the quote's
// edges a candidate may stand: a speaker is named near the words attributed to them, and a bound keeps a
// sentence of thousands of quotes ("He said "He said ...) linear.
const REACH = 1;
const NEAR = 60;

/** The sentences at the quote's two edges and the ones beyond them, in its block or the block before. */
function windowOf(ctx: QuoteContext, first: number, last: number): Sentence[] {
  const from = ctx.sentence[first];
  const to = ctx.sentence[last];
  const block = ctx.block[first];
  const picked = new Set<number>();
  for (const k of [from - 1, from, to, to + 1]) if (k >= 0 && k < ctx.sentences.length && k >= from - REACH && k <= to + REACH) picked.add(k);
  const out: Sentence[] = [];
  for (const k of [...picked].sort((a, b) => a - b)) {
    const s = ctx.sentences[k];
    if (s.last >= s.first && s.block >= block - 1 && s.block <= ctx.block[last]) out.push(s);
  }
  return out;
}

export function speakerCandidates(src: CandidateSource, q: Quote): Candidate[] {
  const { ctx } = src;
  const [qa, qb] = tokensOf(ctx, q.start, q.end);
  const found = new Map<string, Candidate>();
  // The rules' pick may stand inside the quote marks (`"WALLACE: Do you accept ...?"`); no other candidate may.
  const add = (p: Phrase, origin: Origin, speaker?: Speaker | null) => {
    if (p.first > p.last || (origin !== 'rule' && p.first >= qa && p.last <= qb)) return;
    const key = `${p.first}:${p.last}`;
    const had = found.get(key);
    if (had) {
      had.origins.add(origin);
      if (speaker !== undefined) had.speaker = speaker;
      return;
    }
    found.set(key, { phrase: p, speaker: speaker !== undefined ? speaker : speakerOf(src, p, key), origins: new Set([origin]) });
  };
  if (q.speaker) {
    const [a, b] = tokensOf(ctx, q.speaker.start, q.speaker.end);
    if (a <= b) add({ first: a, last: b }, 'rule', q.speaker);
  }
  if (qa > qb) return [...found.values(), { phrase: null, speaker: null, origins: new Set(['none']) }];
  for (const s of windowOf(ctx, qa, qb)) {
    const phrases = sentencePhrases(src, s);
    for (let k = firstIndexNotBefore(phrases.length, (j) => phrases[j][0].first < qa - NEAR); k < phrases.length && phrases[k][0].first <= qb + NEAR; k++) add(phrases[k][0], phrases[k][1]);
  }
  return [...found.values(), { phrase: null, speaker: null, origins: new Set(['none']) }];
}

function cacheOf(src: CandidateSource): NonNullable<CandidateSource['cache']> {
  return (src.cache ??= { phrases: new Map(), speakers: new Map() });
}

function speakerOf(src: CandidateSource, p: Phrase, key: string): Speaker {
  const speakers = cacheOf(src).speakers;
  let s = speakers.get(key);
  if (!s) speakers.set(key, (s = toSpeaker(src.resolver, p, src.ctx.sentence[p.first]).speaker));
  return s;
}

/** The phrases of a sentence that may speak, with what proposed each, found once per sentence, in text order. */
function sentencePhrases(src: CandidateSource, s: Sentence): [Phrase, Origin][] {
  const phrases = cacheOf(src).phrases;
  let out = phrases.get(s.index);
  if (!out) {
    const found: [Phrase, Origin][] = [];
    addFromSentence(src, s, (p, origin) => found.push([p, origin]));
    // In text order (stable: the same phrase keeps its origins' order), for the look-up by position.
    phrases.set(s.index, (out = found.sort((a, b) => a[0].first - b[0].first)));
  }
  return out;
}

function addFromSentence(src: CandidateSource, s: Sentence, add: (p: Phrase, origin: Origin) => void): void {
  const { ctx, resolver, evidence } = src;
  const read = src.reads.get(s.index);
  // A source the model marks in a sentence where it marks neither a cue nor content attributes nothing.
  const attributes = read !== undefined && (read.cue.length > 0 || read.content.length > 0);
  for (const span of attributes ? read.source : []) add({ first: span.start, last: span.end - 1 }, 'model');
  // A sentence the model did not read has no cue of the lexicon (speechSpans.ts, mayAttribute).
  for (const cue of read?.cues ?? []) {
    const subject = subjectOfCue(ctx, cue, s.first, s.last);
    if (subject) add(subject, 'subject');
  }
  const mentions = resolver.mentions;
  for (let k = firstIndexNotBefore(mentions.length, (j) => mentions[j].end <= s.start); k < mentions.length && mentions[k].start < s.end; k++) {
    const m = mentions[k];
    if (!canSpeak(m.type)) continue;
    const [a, b] = tokensOf(ctx, m.start, m.end);
    if (a <= b && !evidence.quoted[a]) add({ first: a, last: b }, m.type === 'person' ? 'person' : 'organization');
  }
  for (let i = s.first; i <= s.last; i++) {
    const t = ctx.tokens[i];
    if (!evidence.quoted[i] && isPronoun(t) && SPEAKING_PRONOUNS.test(pronounOf(t) ?? '')) add({ first: i, last: i }, 'pronoun');
  }
}
