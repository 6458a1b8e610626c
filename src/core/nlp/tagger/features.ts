// The features of the entity tagger, in named families (the model file lists the families it was trained
// with, and training can leave any out to measure what it buys). Each family reads one word in its
// sentence and article and emits feature hashes; none may throw, whatever the text.
import { feature, feature2, templateSeed } from '../../learn/featureHash';
import { packFeatures, type FeatureSequence } from '../../learn/sequence';
import { lookupKnown } from '../gazetteer';
import { isGiven } from '../chunks';
import type { Word } from '../words';
import { LEX, type Lexicon } from './lexicon';
import { shortShape, wordShape } from './shape';
import { coarseClass, WORD_TAGS } from './tagClasses';
import type { DocumentContext, TaggerSentence } from './taggerInput';

/** What one family sees. */
export interface FeatureContext {
  s: TaggerSentence;
  i: number;
  doc: DocumentContext;
  lex: Lexicon;
  /** Per-sentence precomputations shared by the families. */
  pre: SentencePre;
  emit: (h: number) => void;
}

interface SentencePre {
  shapes: string[];
  gazetteer: string[];
  lexicon: number[];
  cityPhrase: string[];
}

type Family = (c: FeatureContext) => void;

const T = (name: string) => templateSeed(name);
const S = {
  bias: T('bias'), w: T('w'), W: T('W'), pre: T('pre'), suf: T('suf'), wm1: T('w-1'), wp1: T('w+1'), wm2: T('w-2'), wp2: T('w+2'),
  bi1: T('w-1|w'), bi2: T('w|w+1'), shape: T('shape'), sshape: T('sshape'), shm1: T('shape-1'), shp1: T('shape+1'),
  shTri: T('shape-1|shape|shape+1'), len: T('len'), pos: T('pos'), gap: T('gap'), line: T('line'), lineW: T('line|shape'),
  tag: T('tag'), tagm1: T('tag-1'), tagp1: T('tag+1'), gaz: T('gaz'), given: T('given'), lexf: T('lex'), lexm1: T('lex-1'),
  lexp1: T('lex+1'), lower: T('lower'), freq: T('freq'), lowerShape: T('lower|shape'), city: T('city'), rule: T('rule'),
  rulem1: T('rule-1'), rulep1: T('rule+1'), ruleW: T('rule|w'), doc: T('doc'), docRule: T('docRule'), pass: T('pass'),
  passm1: T('pass-1'), passp1: T('pass+1'), passDoc: T('passDoc'), passSur: T('passSurname'), poss: T('poss'),
} as const;

const word = (c: FeatureContext, k: number): Word | undefined => c.s.words[c.i + k];
const lowerOf = (c: FeatureContext, k: number) => word(c, k)?.lower ?? (k < 0 ? '<s>' : '</s>');

/** Word forms, affixes and neighbouring words. */
const lexical: Family = (c) => {
  const w = c.s.words[c.i];
  c.emit(feature(S.w, w.lower));
  c.emit(feature(S.W, w.text));
  const n = w.lower.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    c.emit(feature(S.pre, w.lower.slice(0, k)));
    c.emit(feature(S.suf, w.lower.slice(n - k)));
  }
  c.emit(feature(S.wm1, lowerOf(c, -1)));
  c.emit(feature(S.wp1, lowerOf(c, 1)));
  c.emit(feature(S.wm2, lowerOf(c, -2)));
  c.emit(feature(S.wp2, lowerOf(c, 2)));
  c.emit(feature2(S.bi1, lowerOf(c, -1), w.lower));
  c.emit(feature2(S.bi2, w.lower, lowerOf(c, 1)));
  if (w.poss) c.emit(feature(S.poss, 'y'));
};

/** Shapes of the word and its neighbours ("Xx", "X.X.", "d-d"). */
const shape: Family = (c) => {
  const sh = c.pre.shapes;
  const at = (k: number) => sh[c.i + k] ?? (k < 0 ? '<s>' : '</s>');
  c.emit(feature(S.shape, at(0)));
  c.emit(feature(S.sshape, shortShape(c.s.words[c.i].text)));
  c.emit(feature(S.shm1, at(-1)));
  c.emit(feature(S.shp1, at(1)));
  c.emit(feature(S.shTri, `${at(-1)}|${at(0)}|${at(1)}`));
  c.emit(feature(S.len, String(Math.min(c.s.words[c.i].text.length, 10))));
};

/** Where the word stands: sentence start, after a quote mark or colon, in a headline, caption or table. */
const layout: Family = (c) => {
  const w = c.s.words[c.i];
  if (c.i === 0) c.emit(feature(S.pos, 'first'));
  if (w.initial) c.emit(feature(S.pos, 'initial'));
  const g = w.gap;
  if (/[“"‘]/.test(g)) c.emit(feature(S.gap, 'quote'));
  if (/\(/.test(g)) c.emit(feature(S.gap, 'paren'));
  if (/:/.test(g)) c.emit(feature(S.gap, 'colon'));
  if (/[-–—]/.test(g)) c.emit(feature(S.gap, g.trim() === '-' ? 'hyphen' : 'dash'));
  if (/,/.test(g)) c.emit(feature(S.gap, 'comma'));
  if (g === '' && c.i > 0) c.emit(feature(S.gap, 'glued'));
  const next = c.s.words[c.i + 1];
  if (next && /^\s*\(/.test(next.gap)) c.emit(feature(S.gap, 'before-paren'));
  const lineKind = `${c.s.kind}${c.s.shouting ? '/caps' : ''}${c.s.titleCase ? '/title' : ''}${c.s.words.length <= 4 ? '/short' : ''}`;
  c.emit(feature(S.line, lineKind));
  c.emit(feature2(S.lineW, lineKind, c.pre.shapes[c.i]));
};

/** compromise's tags of the word, and the coarse class of its neighbours. */
const tags: Family = (c) => {
  const w = c.s.words[c.i];
  for (const t of w.tags) if (WORD_TAGS.has(t)) c.emit(feature(S.tag, t));
  const before = word(c, -1);
  const after = word(c, 1);
  c.emit(feature(S.tagm1, before ? coarseClass(before.tags) : '<s>'));
  c.emit(feature(S.tagp1, after ? coarseClass(after.tags) : '</s>'));
};

/** The shipped gazetteers (countries, cities, organisations, given names) and the name and city lists. */
const gazetteer: Family = (c) => {
  const g = c.pre.gazetteer[c.i];
  if (g) c.emit(feature(S.gaz, g));
  const cp = c.pre.cityPhrase[c.i];
  if (cp) c.emit(feature(S.city, cp));
  const w = c.s.words[c.i];
  if (isGiven(w)) c.emit(feature(S.given, 'y'));
  const flags = c.pre.lexicon[c.i] & 0xff;
  for (const [name, bit] of LEX_BITS) if (flags & bit) c.emit(feature(S.lexf, name));
  const fm1 = (c.pre.lexicon[c.i - 1] ?? 0) & 0xff;
  const fp1 = (c.pre.lexicon[c.i + 1] ?? 0) & 0xff;
  if (fm1 & (LEX.maleFirst | LEX.femaleFirst)) c.emit(feature(S.lexm1, 'first'));
  if (fp1 & LEX.anyName) c.emit(feature(S.lexp1, 'name'));
};

const LEX_BITS = Object.entries(LEX).filter(([k]) => k !== 'phraseStart');

/** What unlabeled news says of the word: how often it is written in lower case, how common it is. */
const unlabeled: Family = (c) => {
  const v = c.pre.lexicon[c.i];
  const lower = (v >>> 8) & 0xf;
  const freq = (v >>> 12) & 0xf;
  c.emit(feature(S.lower, String(lower)));
  c.emit(feature(S.freq, String(freq)));
  c.emit(feature2(S.lowerShape, String(lower), c.pre.shapes[c.i]));
};

/** The rule engine's reading of the word and its neighbours: evidence, not a decision. */
const rules: Family = (c) => {
  const r = c.s.rules;
  c.emit(feature(S.rule, r[c.i] || 'O'));
  c.emit(feature(S.rulem1, r[c.i - 1] ?? '<s>'));
  c.emit(feature(S.rulep1, r[c.i + 1] ?? '</s>'));
  if (r[c.i]) c.emit(feature2(S.ruleW, r[c.i], c.pre.shapes[c.i]));
};

/** The same word elsewhere in the article: capitalised mid-sentence, in lower case, in a longer name, typed by the rules. */
const documentFamily: Family = (c) => {
  const w = c.s.words[c.i];
  if (w.noLetters) return;
  const d = c.doc;
  c.emit(feature(S.doc, `${d.capitalisedMid.has(w.lower) ? 'C' : '-'}${d.writtenLower.has(w.lower) ? 'l' : '-'}${d.inLongerName.has(w.lower) ? 'N' : '-'}${d.headline.has(w.lower) ? 'H' : '-'}`));
  const rt = d.ruleType.get(w.lower);
  if (rt) c.emit(feature(S.docRule, rt));
};

/** Second pass: what the first pass said of this word, its neighbours, and the same word elsewhere. */
const secondPass: Family = (c) => {
  const p = c.s.firstPass;
  if (!p) return;
  c.emit(feature(S.pass, p[c.i] || 'O'));
  c.emit(feature(S.passm1, p[c.i - 1] ?? '<s>'));
  c.emit(feature(S.passp1, p[c.i + 1] ?? '</s>'));
  const w = c.s.words[c.i];
  if (w.noLetters) return;
  const t = c.doc.firstPassType?.get(w.lower);
  if (t) c.emit(feature(S.passDoc, t));
  if (c.doc.firstPassSurname?.has(w.lower)) c.emit(feature(S.passSur, 'y'));
};

/** Every family by name, in a fixed order. */
export const FAMILIES: Readonly<Record<string, Family>> = { lexical, shape, layout, tags, gazetteer, unlabeled, rules, document: documentFamily, secondPass };

export type FamilyName = keyof typeof FAMILIES;

/** The feature hashes of every word of a sentence. */
export function sentenceFeatures(s: TaggerSentence, doc: DocumentContext, lex: Lexicon, families: readonly string[]): FeatureSequence {
  const pre = precompute(s, lex);
  const run = families.map((f) => {
    const fam = FAMILIES[f];
    if (!fam) throw new Error(`unknown feature family '${f}'`);
    return fam;
  });
  const perToken: number[][] = [];
  for (let i = 0; i < s.words.length; i++) {
    const out: number[] = [S.bias];
    const c: FeatureContext = { s, i, doc, lex, pre, emit: (h) => out.push(h) };
    for (const fam of run) fam(c);
    perToken.push(out);
  }
  return packFeatures(perToken);
}

// Both passes read the same words: their shapes and look-ups are made once (keyed by the words array,
// which the second pass's sentences share with the first's).
const precomputed = new WeakMap<Word[], { lex: Lexicon; pre: SentencePre }>();

function precompute(s: TaggerSentence, lex: Lexicon): SentencePre {
  const hit = precomputed.get(s.words);
  if (hit && hit.lex === lex) return hit.pre;
  const pre = computePre(s.words, lex);
  precomputed.set(s.words, { lex, pre });
  return pre;
}

function computePre(words: Word[], lex: Lexicon): SentencePre {
  return {
    shapes: words.map((w) => wordShape(w.text)),
    lexicon: words.map((w) => lex.raw(w.lower)),
    gazetteer: gazetteerMatches(words),
    cityPhrase: cityPhrases(words, lex),
  };
}

const MAX_NGRAM = 4;

/** BILOU labels of the longest gazetteer names in the sentence ("U-place/country", "B-organization"). */
function gazetteerMatches(words: Word[]): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length;) {
    let n = Math.min(MAX_NGRAM, words.length - i);
    for (; n >= 1; n--) {
      const run = words.slice(i, i + n);
      if (!run[0].cap || run.some((w, k) => w.noLetters || (k > 0 && !/^[ \t\u00a0-]*$/.test(w.gap)) || (k < n - 1 && w.poss))) continue;
      const known = lookupKnown(run.map((w) => w.text).join(' '));
      if (!known) continue;
      const tag = `${known.type}${known.kind ? '/' + known.kind : ''}`;
      for (let k = 0; k < n; k++) out[i + k] = `${n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}-${tag}`;
      break;
    }
    i += Math.max(n, 1);
  }
  return out;
}

/** BILOU labels of city names of two or three words from the model's city list ("B-city", "L-city"). */
function cityPhrases(words: Word[], lex: Lexicon): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap || !(lex.raw(words[i].lower) & LEX.phraseStart)) continue;
    for (let n = 3; n >= 2; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).map((w) => w.lower).join(' ');
      if (!(lex.raw(phrase) & LEX.cityPhrase)) continue;
      for (let k = 0; k < n; k++) out[i + k] = `${k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}-city`;
      i += n - 1;
      break;
    }
  }
  return out;
}
