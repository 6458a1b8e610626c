import type { Bilou } from '../../learn/bilou';
import type { LinearModel } from '../../learn/linearModel';
import type { Word } from '../words';
import { documentContext } from './documentContext';
import { sentenceFeatures } from './features';
import type { Lexicon } from './lexicon';
import type { TaggerSentence } from './taggerInput';

/** The parts of a model the decoder needs (a loaded NerModel, or weights in training). */
export interface TaggerParts {
  scheme: Bilou;
  lexicon: Lexicon;
  first: LinearModel;
  families: readonly string[];
  second: LinearModel | null;
  secondPassFamilies: readonly string[];
}

/** Labels of the first pass as the second pass reads them ('' for O). */
export function labelStrings(scheme: Bilou, labels: ArrayLike<number>): string[] {
  return Array.from(labels, (y) => (y === 0 ? '' : scheme.labels[y]));
}

/** The sentences with the first pass's reading attached, for the second pass. */
export function withFirstPass(sentences: readonly TaggerSentence[], labels: readonly ArrayLike<number>[], scheme: Bilou): TaggerSentence[] {
  return sentences.map((s, k) => ({ ...s, firstPass: labelStrings(scheme, labels[k]) }));
}

/** Runs one pass of a model over an article's sentences. */
export function decodePass(sentences: readonly TaggerSentence[], model: LinearModel, lexicon: Lexicon, families: readonly string[]): Uint8Array[] {
  const doc = documentContext(sentences);
  return sentences.map((s) => model.decode(sentenceFeatures(s, doc, lexicon, families)));
}

/** Labels of every word of an article: the first pass, then (when the model has one) the second. */
export function tagSentences(sentences: readonly TaggerSentence[], m: TaggerParts): Uint8Array[] {
  const first = decodePass(sentences, m.first, m.lexicon, m.families);
  if (!m.second) return first;
  return decodePass(withFirstPass(sentences, first, m.scheme), m.second, m.lexicon, m.secondPassFamilies);
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

/** The names a labelled article holds, with character offsets (a possessive 's stays outside). */
export function taggedNames(sentences: readonly TaggerSentence[], labels: readonly Uint8Array[], scheme: Bilou): TaggedName[] {
  const out: TaggedName[] = [];
  sentences.forEach((s, k) => {
    for (const span of scheme.decode(labels[k])) {
      const first = s.words[span.start];
      const last = s.words[span.end - 1];
      out.push({ type: span.type, start: first.start, end: last.end, sentence: s.words, first: span.start, last: span.end - 1 });
    }
  });
  return out;
}
