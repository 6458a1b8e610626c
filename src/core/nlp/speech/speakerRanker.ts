// The learned speaker ranker at work: for each quote, its candidates (speakerCandidates.ts) are scored by a
// linear model and the best one speaks. When the rules' own pick wins, the quote is left as the rules made it;
// otherwise the reason shown in the hover says which candidate won, where it stood and why it was taken.

import { argmax, type RankGroup, type Ranker } from '../../learn/ranker';
import { firstIndexNotBefore } from '../quoteContext';
import { SequenceBuilder } from '../../learn/sequence';
import type { Quote, Speaker } from '../../model';
import { speakerCandidates, type Candidate, type CandidateSource, type Origin } from './speakerCandidates';
import { candidateFeatures, spokeCounts, type CandidateContext } from './speakerFeatures';
import { tokensOf } from './speechEvidence';
import type { Margins } from './speechModel';

const covers = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.start && b.end <= a.end;

// Headline attributions are read from the line's text alone, and a speaker label (`WALLACE: ...`) or a dash byline
// (`... ― Carla Sanchez`) names the speaker by the layout itself, and a passive verb by its grammar (the subject of
// "was criticized by his rivals" is spoken about, never the speaker): the ranker has nothing to add to them.
export const UNRANKED_RULES: ReadonlySet<string> = new Set(['headline-source', 'headline-colon', 'speaker-label', 'dash-byline', 'passive-agent', 'passive-unattributed']);

const builder = new SequenceBuilder();

/** A quote's candidates and their features, as one ranking group. */
export function candidateGroup(src: CandidateSource, cc: CandidateContext, q: Quote): { cands: Candidate[]; group: RankGroup } {
  const cands = speakerCandidates(src, q);
  candidateFeatures(cc, q, cands, () => builder.startToken(), (h) => builder.push(h));
  return { cands, group: builder.finish() };
}

export function candidateContext(src: CandidateSource, quotes: readonly Quote[]): CandidateContext {
  return { ctx: src.ctx, quoted: src.evidence.quoted, spoke: spokeCounts(quotes) };
}

const ORIGIN_WORDS: Record<Origin, string> = {
  rule: 'the rules’ pick',
  model: 'the source the reported-speech model marks',
  subject: 'the subject of a verb of saying',
  person: 'a person named',
  organization: 'an organisation named',
  pronoun: 'a pronoun',
  none: 'nobody',
};

/** Where the winner stood, in words: ", in the sentence before the quote". */
function placeWords(src: CandidateSource, q: Quote, c: Candidate): string {
  if (!c.phrase) return '';
  const [qa] = tokensOf(src.ctx, q.start, q.end);
  const rel = qa < src.ctx.tokens.length ? src.ctx.sentence[c.phrase.first] - src.ctx.sentence[qa] : 0;
  return rel === 0 ? ', in the quote’s sentence' : rel < 0 ? ', in the sentence before the quote' : ', in the sentence after the quote';
}

/** "a, b and c". */
function listWords(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
}

function reasonOf(src: CandidateSource, q: Quote, c: Candidate, count: number): string {
  const what = listWords([...c.origins].filter((o) => o !== 'rule').map((o) => ORIGIN_WORDS[o]));
  const had = q.speaker ? `'${q.speaker.text}'` : 'no speaker';
  const how = c.speaker?.reason ? ` (${c.speaker.reason})` : '';
  return `speaker model: ranked first of ${count} candidates as ${what}${placeWords(src, q, c)}${how}; the rules had ${had}`;
}

/** For each sentence, the token ranges [first, last] of the speakers of the quotes whose words start in it, by first. */
function speakersBySentence(src: CandidateSource, quotes: readonly Quote[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const o of quotes) {
    if (!o.speaker) continue;
    const [oa] = tokensOf(src.ctx, o.start, o.end);
    const [sa, sb] = tokensOf(src.ctx, o.speaker.start, o.speaker.end);
    if (oa >= src.ctx.tokens.length || sa > sb) continue;
    const sentence = src.ctx.sentence[oa];
    if (!out.has(sentence)) out.set(sentence, []);
    out.get(sentence)!.push([sa, sb]);
  }
  for (const spans of out.values()) spans.sort((a, b) => a[0] - b[0]);
  return out;
}

// Speaker phrases are short: an overlap is looked for among the few that start just before a candidate's end.
const SPEAKER_LOOKBACK = 8;

/**
 * A candidate in a sentence after the quote that already speaks that sentence's own words: "The crowd ran.
 * “Stop that man now!” The police said the man ran away." — the police said the man ran away, not the shout.
 */
function speaksLater(src: CandidateSource, spoken: Map<number, [number, number][]>, q: Quote, c: Candidate): boolean {
  if (!c.phrase) return false;
  const sentence = src.ctx.sentence[c.phrase.first];
  const [, qb] = tokensOf(src.ctx, q.start, q.end);
  const spans = spoken.get(sentence);
  if (!spans || qb < 0 || sentence <= src.ctx.sentence[qb]) return false;
  const { first, last } = c.phrase;
  const end = firstIndexNotBefore(spans.length, (j) => spans[j][0] <= last);
  for (let j = end - 1; j >= 0 && j >= end - SPEAKER_LOOKBACK; j--) if (spans[j][1] >= first) return true;
  return false;
}

/**
 * The quotes with the ranker's speakers. The rules' pick stands unless another candidate outscores it by more than
 * margin (chosen on dev: the rules are right most of the time, and a close call is theirs), or names the same
 * person in other words, or holds the rules' pick in wider bounds ("Mr. Daniloff, now retired in Cambridge, Mass.", whose
 * last name the resolver would take, for the rules' "Mr. Daniloff").
 */
export function rankSpeakers(src: CandidateSource, quotes: readonly Quote[], ranker: Ranker, margin: Margins): Quote[] {
  const cc = candidateContext(src, quotes);
  const spoken = speakersBySentence(src, quotes);
  return quotes.map((q) => {
    if (UNRANKED_RULES.has(q.rule)) return q;
    const { cands, group } = candidateGroup(src, cc, q);
    const scores = ranker.scores(group);
    const k = argmax(scores, (j) => !speaksLater(src, spoken, q, cands[j]));
    const best = cands[k];
    const rule = cands.findIndex((c) => c.origins.has('rule') || (!q.speaker && !c.phrase));
    if (!best || k === rule || (rule >= 0 && scores[k] - scores[rule] <= margin[q.kind])) return q;
    if (q.speaker && best.speaker && (covers(best.speaker, q.speaker) || (best.speaker.name !== null && best.speaker.name === q.speaker.name))) return q;
    if (!best.phrase) return q.speaker ? { ...q, speaker: null } : q;
    const speaker: Speaker = { ...best.speaker!, reason: reasonOf(src, q, best, cands.length) };
    return { ...q, speaker };
  });
}
