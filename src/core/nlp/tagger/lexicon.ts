// The word knowledge a tagger model carries, built at training time (scripts/train) from name lists,
// place lists and unlabeled news, and stored in the model file as hashes: one lookup per word gives
// which lists hold it, how often news writes it in lower case, and how common it is.
import { FeatureTable } from '../../learn/featureTable';
import { hashString } from '../../learn/featureHash';

/** Bits of a word's lexicon entry. */
export const LEX = {
  maleFirst: 1 << 0,
  femaleFirst: 1 << 1,
  anyName: 1 << 2,
  city: 1 << 3,
  /** A phrase of two or more words that is a city ("new york", "rio de janeiro"). */
  cityPhrase: 1 << 4,
  /** First word of such a phrase, so phrase look-ups are tried only where one can start. */
  phraseStart: 1 << 5,
} as const;

/** Where the lower-case share and the frequency bucket sit in an entry. */
const CASE_SHIFT = 8;
const FREQ_SHIFT = 12;

export interface LexiconEntry {
  flags: number;
  /** 0 unseen in unlabeled news; 1 never lower case … 5 always lower case (sentence starts not counted). */
  lowerShare: number;
  /** 0 unknown, 1 among the most frequent words … 7 rare. */
  frequency: number;
}

export class Lexicon {
  private readonly table: FeatureTable;

  constructor(keys: Uint32Array, private readonly values: Uint32Array) {
    if (keys.length !== values.length) throw new Error('lexicon keys and values differ in length');
    this.table = new FeatureTable(keys);
  }

  /** The packed entry of a lower-case word or phrase (0 when absent). */
  raw(lower: string): number {
    const row = this.table.get(lexiconKey(lower));
    return row < 0 ? 0 : this.values[row];
  }

}

/** The lower-case share bucket of a packed entry (see LexiconEntry). */
export const lowerShareOf = (v: number) => (v >>> CASE_SHIFT) & 0xf;

/** The frequency bucket of a packed entry. */
export const frequencyOf = (v: number) => (v >>> FREQ_SHIFT) & 0xf;

export function lexiconKey(lower: string): number {
  return hashString(lower);
}

/** Packs an entry (training side). */
export function packEntry(e: LexiconEntry): number {
  return (e.flags & 0xff) | ((e.lowerShare & 0xf) << CASE_SHIFT) | ((e.frequency & 0xf) << FREQ_SHIFT);
}

/** An empty lexicon, for tests and for feature extraction before lists are built. */
export const EMPTY_LEXICON = new Lexicon(new Uint32Array(0), new Uint32Array(0));
