// What the feature families read of each word that does not change with the pass: shapes, look-ups in
// the lexicon and gazetteers, the gaps before words, the line's kind. Computed once per sentence.
import { bilouLabel } from '../../learn/bilou';
import { hashString } from '../../learn/featureHash';
import { lookupKnown, startsMultiwordName } from '../gazetteer';
import type { Word } from '../words';
import { LEX, type Lexicon } from './lexicon';
import { shortShape, wordShape } from './shape';
import { coarseClass } from './tagClasses';
import type { TaggerView } from './taggerInput';

export interface SentencePre {
  /** Hashes of each word's shape, short shape and coarse class. */
  shape: number[];
  shortShape: number[];
  coarse: number[];
  /** Bits of the gap before each word (see GAP_BITS). */
  gaps: number[];
  /** Packed lexicon entry of each word. */
  lexicon: number[];
  /** Hash of the longest gazetteer name's BILOU label at each word ("B-place/country"), 0 outside. */
  gazetteer: number[];
  /** Hash of the city-list phrase label at each word, 0 outside. */
  cityPhrase: number[];
  /** Hash of the rules' label at each word ('O' outside). */
  rule: number[];
  /** Hash of the sentence's kind of line (paragraph, headline, in capitals, in title case, short). */
  line: number;
  /** Words with no capital or digit between neighbours with none: never part of a name, not featurised. */
  plain: boolean[];
}

const MARKED = /[\p{Lu}\p{N}]/u;

/** Plain words: no capital letter or digit in the word or either neighbour. */
function plainWords(words: Word[]): boolean[] {
  const marked = words.map((w) => MARKED.test(w.text));
  return words.map((_, i) => !marked[i] && !marked[i - 1] && !marked[i + 1]);
}

// The gap before a word: a quote mark, a bracket, a colon, a hyphen, a dash, a comma; none (glued);
// and a bracket opening right after the word.
const GAP_TESTS: [RegExp, number][] = [[/[“"‘]/, 1], [/\(/, 2], [/:/, 4], [/^\s*-\s*$/, 8], [/[–—]|\s-\s/, 16], [/,/, 32]];
const GLUED = 64;
const BEFORE_PAREN = 128;

function gapBits(words: Word[], i: number): number {
  const g = words[i].gap;
  let bits = 0;
  // Most gaps are one space: none of the tests can match it.
  if (g !== ' ') for (const [re, bit] of GAP_TESTS) if (re.test(g)) bits |= bit;
  if (g === '' && i > 0) bits |= GLUED;
  const next = words[i + 1];
  if (next && /^\s*\(/.test(next.gap)) bits |= BEFORE_PAREN;
  return bits;
}

const preCache = new WeakMap<Word[], { lex: Lexicon; pre: SentencePre }>();

/** The sentence's precomputed word facts; both passes share them (their sentences share the words array). */
export function sentencePre(s: TaggerView, lex: Lexicon): SentencePre {
  const hit = preCache.get(s.words);
  if (hit && hit.lex === lex) return hit.pre;
  const pre = computePre(s, lex);
  preCache.set(s.words, { lex, pre });
  return pre;
}

function computePre(s: TaggerView, lex: Lexicon): SentencePre {
  const words = s.words;
  const plain = plainWords(words);
  // Families read a word and its two neighbours: a plain word with plain neighbours is never read (0).
  const read = plain.map((p, i) => !p || plain[i - 1] === false || plain[i + 1] === false);
  const each = <T>(f: (w: Word, i: number) => T, none: T) => words.map((w, i) => (read[i] ? f(w, i) : none));
  const lexicon = each((w) => lex.raw(w.lower), 0);
  const line = `${s.kind}${s.shouting ? '/caps' : ''}${s.titleCase ? '/title' : ''}${words.length <= 4 ? '/short' : ''}${isProse(words) ? '/prose' : ''}`;
  return {
    shape: each((w) => hashString(wordShape(w.text)), 0),
    shortShape: each((w) => hashString(shortShape(w.text)), 0),
    coarse: each((w) => hashString(coarseClass(w.tags)), 0),
    gaps: each((_, i) => gapBits(words, i), 0),
    lexicon,
    gazetteer: gazetteerMatches(words).map((g) => (g ? hashString(g) : 0)),
    cityPhrase: cityPhrases(words, lexicon, lex).map((g) => (g ? hashString(g) : 0)),
    rule: each((_, i) => hashString(s.rules[i] || 'O'), 0),
    line: hashString(line),
    plain,
  };
}

/**
 * A sentence of running prose has a verb in lower case ("said", "failed"); a line of results or a table
 * ("Sheffield Wednesday 2 Leeds 0") has none. Names open the two differently.
 */
function isProse(words: Word[]): boolean {
  return words.some((w) => !w.cap && w.tags.has('Verb'));
}

const MAX_NGRAM = 4;
const JOINED = /^[ \t\u00a0-]*$/;

/** BILOU labels of the longest gazetteer names in the sentence ("U-place/country", "B-organization"). */
function gazetteerMatches(words: Word[]): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length;) {
    let n = Math.min(MAX_NGRAM, words.length - i);
    if (!words[i].cap) n = 0;
    // Names of two or more words are looked up only from a word that starts one.
    else if (!startsMultiwordName(words[i].text)) n = 1;
    for (; n >= 1; n--) {
      const run = words.slice(i, i + n);
      if (run.some((w, k) => w.noLetters || (k > 0 && !JOINED.test(w.gap)) || (k < n - 1 && w.poss))) continue;
      const known = lookupKnown(run.map((w) => w.text).join(' '));
      if (!known) continue;
      const tag = `${known.type}${known.kind ? '/' + known.kind : ''}`;
      for (let k = 0; k < n; k++) out[i + k] = bilouLabel(k, n, tag);
      break;
    }
    i += Math.max(n, 1);
  }
  return out;
}

/** BILOU labels of city names of two or three words from the model's city list ("B-city", "L-city"). */
function cityPhrases(words: Word[], entries: readonly number[], lex: Lexicon): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap || !(entries[i] & LEX.phraseStart)) continue;
    for (let n = 3; n >= 2; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).map((w) => w.lower).join(' ');
      if (!(lex.raw(phrase) & LEX.cityPhrase)) continue;
      for (let k = 0; k < n; k++) out[i + k] = bilouLabel(k, n, 'city');
      i += n - 1;
      break;
    }
  }
  return out;
}
