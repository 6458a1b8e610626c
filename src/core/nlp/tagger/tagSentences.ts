import type { Bilou } from '../../learn/bilou';
import type { LinearModel } from '../../learn/linearModel';
import { mergeSequences, type FeatureSequence } from '../../learn/sequence';
import type { Word } from '../words';
import { documentContext, withFirstPassContext } from './documentContext';
import { sentenceFeatures } from './features';
import type { Lexicon } from './lexicon';
import type { TaggerView } from './taggerInput';

/** The parts of a model the decoder needs (a loaded NerModel, or weights in training). */
export interface TaggerParts {
  scheme: Bilou;
  lexicon: Lexicon;
  first: LinearModel;
  families: readonly string[];
  /** Reads the first pass's features and what the first pass said (the secondPass family). */
  second: LinearModel | null;
}

/** Labels of the first pass as the second pass reads them ('' for O). */
export function labelStrings(scheme: Bilou, labels: ArrayLike<number>): string[] {
  return Array.from(labels, (y) => (y === 0 ? '' : scheme.labels[y]));
}

/** The sentences with the first pass's reading attached, for the second pass. */
export function withFirstPass(sentences: readonly TaggerView[], labels: readonly ArrayLike<number>[], scheme: Bilou): TaggerView[] {
  return sentences.map((s, k) => ({ ...s, firstPass: labelStrings(scheme, labels[k]) }));
}

/** The first pass's features of an article's sentences. */
export function firstPassFeatures(sentences: readonly TaggerView[], lexicon: Lexicon, families: readonly string[], doc = documentContext(sentences)): FeatureSequence[] {
  return sentences.map((s) => sentenceFeatures(s, doc, lexicon, families));
}

/**
 * The second pass's features: the first pass's (reused: they do not change) and what the first pass said
 * (the secondPass family), read on sentences that carry the first pass's labels.
 */
export function secondPassFeatures(withPass: readonly TaggerView[], first: readonly FeatureSequence[], lexicon: Lexicon, firstDoc = documentContext(withPass)): FeatureSequence[] {
  const doc = withFirstPassContext(firstDoc, withPass);
  return withPass.map((s, k) => mergeSequences(first[k], sentenceFeatures(s, doc, lexicon, ['secondPass'], false)));
}

/** Labels of every word of an article: the first pass, then (when the model has one) the second. */
export function tagSentences(sentences: readonly TaggerView[], m: TaggerParts): Uint8Array[] {
  const doc = documentContext(sentences);
  const feats = firstPassFeatures(sentences, m.lexicon, m.families, doc);
  const first = feats.map((f) => m.first.decode(f));
  if (!m.second) return first;
  const second = m.second;
  return secondPassFeatures(withFirstPass(sentences, first, m.scheme), feats, m.lexicon, doc).map((f) => second.decode(f));
}

/** A name the tagger found: its type and its words in their sentence. */
export interface TaggedName {
  type: string;
  start: number;
  end: number;
  sentence: Word[];
  first: number;
  last: number;
}

// A name never runs across a comma or a semicolon, nor across words that scraping glued together and
// analysis split ("Mobil, Shell" are two companies; "Iran PressEurope:" is an outlet and
// a section label).
const BREAK = /[,;]/;

/** The names a labelled article holds, with character offsets (a possessive 's stays outside). */
export function taggedNames(sentences: readonly TaggerView[], labels: readonly Uint8Array[], scheme: Bilou): TaggedName[] {
  const out: TaggedName[] = [];
  sentences.forEach((s, k) => {
    for (const span of scheme.decode(labels[k])) {
      let from = span.start;
      for (let i = span.start + 1; i <= span.end; i++) {
        if (i < span.end && !breaksName(s.words[i].gap)) continue;
        out.push({ type: span.type, start: s.words[from].start, end: s.words[i - 1].end, sentence: s.words, first: from, last: i - 1 });
        from = i;
      }
    }
  });
  return out;
}

function breaksName(gap: string): boolean {
  return gap === '' || BREAK.test(gap);
}
