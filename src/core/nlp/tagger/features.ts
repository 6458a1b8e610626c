// The features of the entity tagger, in named families (the model file lists the families it was trained
// with, and training can leave any out to measure what it buys). Each family reads one word in its
// sentence and article and emits 32-bit feature hashes; none may throw, whatever the text. What does not
// depend on the word's position (shapes, look-ups, the line's kind) is computed once per sentence.
import { feature, feature2, featureRange, hashMix, hashString, templateSeed } from '../../learn/featureHash';
import { SequenceBuilder, type FeatureSequence } from '../../learn/sequence';
import { isGiven } from '../chunks';
import { BODY_AFTER, BODY_NOUNS, isTitleWord, ORG_TAIL, PERSON_NOUNS } from '../gazetteer';
import { frequencyOf, LEX, lowerShareOf, type Lexicon } from './lexicon';
import { sentencePre, type SentencePre } from './sentencePre';
import { WORD_TAGS } from './tagClasses';
import type { DocumentContext, TaggerView } from './taggerInput';

/** What one family sees; one object per sentence, its `i` moved along the words. */
export interface FeatureContext {
  s: TaggerView;
  i: number;
  doc: DocumentContext;
  pre: SentencePre;
  emit: (h: number) => void;
}

type Family = (c: FeatureContext) => void;

const T = templateSeed;
const S = {
  bias: T('bias'), w: T('w'), W: T('W'), pre: T('pre'), suf: T('suf'), wm1: T('w-1'), wp1: T('w+1'), wm2: T('w-2'), wp2: T('w+2'),
  bi1: T('w-1|w'), bi2: T('w|w+1'), shape: T('shape'), sshape: T('sshape'), shm1: T('shape-1'), shp1: T('shape+1'),
  shTri: T('shape-1|shape|shape+1'), len: T('len'), pos: T('pos'), gap: T('gap'), line: T('line'), lineW: T('line|shape'),
  tag: T('tag'), tagm1: T('tag-1'), tagp1: T('tag+1'), gaz: T('gaz'), given: T('given'), lexf: T('lex'), lexm1: T('lex-1'),
  lexp1: T('lex+1'), lower: T('lower'), freq: T('freq'), lowerShape: T('lower|shape'), city: T('city'), rule: T('rule'),
  rulem1: T('rule-1'), rulep1: T('rule+1'), ruleW: T('rule|w'), doc: T('doc'), docRule: T('docRule'), pass: T('pass'),
  passm1: T('pass-1'), passp1: T('pass+1'), passDoc: T('passDoc'), passSur: T('passSurname'), poss: T('poss'), ev: T('evidence'), plain: T('plain'), ruleLine: T('rule|line'),
} as const;

const START = hashString('<s>');
const END = hashString('</s>');
const lowerOf = (c: FeatureContext, k: number) => c.s.words[c.i + k]?.lower ?? (k < 0 ? '<s>' : '</s>');

/** Word forms, affixes and neighbouring words. */
const lexical: Family = (c) => {
  const w = c.s.words[c.i];
  c.emit(feature(S.w, w.lower));
  c.emit(feature(S.W, w.text));
  const n = w.lower.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    c.emit(featureRange(S.pre, w.lower, 0, k));
    c.emit(featureRange(S.suf, w.lower, n - k, n));
  }
  c.emit(feature(S.wm1, lowerOf(c, -1)));
  c.emit(feature(S.wp1, lowerOf(c, 1)));
  c.emit(feature(S.wm2, lowerOf(c, -2)));
  c.emit(feature(S.wp2, lowerOf(c, 2)));
  c.emit(feature2(S.bi1, lowerOf(c, -1), w.lower));
  c.emit(feature2(S.bi2, w.lower, lowerOf(c, 1)));
  if (w.poss) c.emit(hashMix(S.poss, 1));
};

/** Shapes of the word and its neighbours ("Xx", "X.X.", "d-d"). */
const shape: Family = (c) => {
  const sh = c.pre.shape;
  const at = (k: number) => sh[c.i + k] ?? (k < 0 ? START : END);
  c.emit(hashMix(S.shape, at(0)));
  c.emit(hashMix(S.sshape, c.pre.shortShape[c.i]));
  c.emit(hashMix(S.shm1, at(-1)));
  c.emit(hashMix(S.shp1, at(1)));
  c.emit(hashMix(hashMix(hashMix(S.shTri, at(-1)), at(0)), at(1)));
  c.emit(hashMix(S.len, Math.min(c.s.words[c.i].text.length, 10)));
};

/** Where the word stands: sentence start, after a quote mark or colon, in a headline, caption or table. */
const layout: Family = (c) => {
  if (c.i === 0) c.emit(hashMix(hashMix(S.pos, 1), c.pre.line));
  if (c.s.words[c.i].initial) c.emit(hashMix(hashMix(S.pos, 2), c.pre.line));
  const gaps = c.pre.gaps[c.i];
  for (let bit = 1; bit <= gaps; bit <<= 1) if (gaps & bit) c.emit(hashMix(S.gap, bit));
  c.emit(hashMix(S.line, c.pre.line));
  c.emit(hashMix(hashMix(S.lineW, c.pre.line), c.pre.shape[c.i]));
};

/** compromise's tags of the word, and the coarse class of its neighbours. */
const tags: Family = (c) => {
  for (const t of c.s.words[c.i].tags) if (WORD_TAGS.has(t)) c.emit(feature(S.tag, t));
  c.emit(hashMix(S.tagm1, c.pre.coarse[c.i - 1] ?? START));
  c.emit(hashMix(S.tagp1, c.pre.coarse[c.i + 1] ?? END));
};

const LEX_BITS = Object.entries(LEX).filter(([k]) => k !== 'phraseStart').map(([name, bit]) => [hashString(name), bit] as const);

/** The shipped gazetteers (countries, cities, organisations, given names) and the name and city lists. */
const gazetteer: Family = (c) => {
  const g = c.pre.gazetteer[c.i];
  if (g) c.emit(hashMix(S.gaz, g));
  const cp = c.pre.cityPhrase[c.i];
  if (cp) c.emit(hashMix(S.city, cp));
  if (isGiven(c.s.words[c.i])) c.emit(hashMix(S.given, 1));
  const flags = c.pre.lexicon[c.i] & 0xff;
  for (const [name, bit] of LEX_BITS) if (flags & bit) c.emit(hashMix(S.lexf, name));
  if ((c.pre.lexicon[c.i - 1] ?? 0) & (LEX.maleFirst | LEX.femaleFirst)) c.emit(hashMix(S.lexm1, 1));
  if ((c.pre.lexicon[c.i + 1] ?? 0) & LEX.anyName) c.emit(hashMix(S.lexp1, 1));
};

/** What unlabeled news says of the word: how often it is written in lower case, how common it is. */
const unlabeled: Family = (c) => {
  const v = c.pre.lexicon[c.i];
  const lower = lowerShareOf(v);
  c.emit(hashMix(S.lower, lower));
  c.emit(hashMix(S.freq, frequencyOf(v)));
  c.emit(hashMix(hashMix(S.lowerShape, lower), c.pre.shape[c.i]));
};

/** The rule engine's reading of the word and its neighbours: evidence, not a decision. */
const rules: Family = (c) => {
  const r = c.pre.rule;
  c.emit(hashMix(S.rule, r[c.i]));
  c.emit(hashMix(S.rulem1, r[c.i - 1] ?? START));
  c.emit(hashMix(S.rulep1, r[c.i + 1] ?? END));
  if (c.s.rules[c.i]) {
    c.emit(hashMix(hashMix(S.ruleW, r[c.i]), c.pre.shape[c.i]));
    c.emit(hashMix(hashMix(S.ruleLine, r[c.i]), c.pre.line));
  }
};

const SAYS = new Set(['said', 'says', 'told', 'added', 'stated', 'argued', 'noted', 'wrote', 'asked', 'replied', 'explained', 'insisted', 'warned', 'announced', 'tweeted', 'claimed', 'denied']);
const COMPANY_SUFFIX = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'bhd', 'spa', 'ab', 'asa', 'oyj', 'pty', 'limited', 'incorporated', 'corporation']);
const bare = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);

/**
 * The evidence the rules look for, as classes of words around the name: a title before it ("President",
 * "striker"), a verb of saying after it, an organisation's word or a company suffix ("Inc", "Council").
 */
const evidence: Family = (c) => {
  const before = c.s.words[c.i - 1]?.lower;
  const after = c.s.words[c.i + 1]?.lower;
  const w = c.s.words[c.i].lower;
  if (before !== undefined) {
    if (isTitleWord(before)) c.emit(hashMix(S.ev, 1));
    if (PERSON_NOUNS.has(before)) c.emit(hashMix(S.ev, 2));
    if (BODY_NOUNS.has(before)) c.emit(hashMix(S.ev, 3));
    if (SAYS.has(before)) c.emit(hashMix(S.ev, 4));
  }
  if (after !== undefined) {
    if (SAYS.has(after)) c.emit(hashMix(S.ev, 5));
    if (BODY_AFTER.has(after)) c.emit(hashMix(S.ev, 6));
    if (COMPANY_SUFFIX.has(bare(after))) c.emit(hashMix(S.ev, 7));
  }
  if (ORG_TAIL.has(w)) c.emit(hashMix(S.ev, 8));
  if (COMPANY_SUFFIX.has(bare(w))) c.emit(hashMix(S.ev, 9));
  if (isTitleWord(w)) c.emit(hashMix(S.ev, 10));
};

/** The same word elsewhere in the article: capitalised mid-sentence, in lower case, in a longer name, typed by the rules. */
const documentFamily: Family = (c) => {
  const w = c.s.words[c.i];
  if (w.noLetters) return;
  const d = c.doc;
  const bits = (d.capitalisedMid.has(w.lower) ? 1 : 0) | (d.writtenLower.has(w.lower) ? 2 : 0) | (d.inLongerName.has(w.lower) ? 4 : 0) | (d.headline.has(w.lower) ? 8 : 0);
  c.emit(hashMix(S.doc, bits));
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
  if (c.doc.firstPassSurname?.has(w.lower)) c.emit(hashMix(S.passSur, 1));
};

/** Every family by name, in a fixed order. */
export const FAMILIES: Readonly<Record<string, Family>> = { lexical, shape, layout, tags, gazetteer, unlabeled, rules, evidence, document: documentFamily, secondPass };

const builder = new SequenceBuilder();

/** The feature hashes of every word of a sentence (the bias feature first). */
export function sentenceFeatures(s: TaggerView, doc: DocumentContext, lex: Lexicon, families: readonly string[], bias = true): FeatureSequence {
  const run = families.map((f) => {
    const fam = FAMILIES[f];
    if (!fam) throw new Error(`unknown feature family '${f}'`);
    return fam;
  });
  const c: FeatureContext = { s, i: 0, doc, pre: sentencePre(s, lex), emit: (h) => builder.push(h) };
  for (c.i = 0; c.i < s.words.length; c.i++) {
    builder.startToken();
    if (bias) builder.push(S.bias);
    // A plain word far from any capital (most of running text) is outside every name: one feature says so,
    // and the families are not run. "of" in "Bank of England" is next to a capital, so it is not plain.
    if (c.pre.plain[c.i]) {
      if (bias) builder.push(S.plain);
      continue;
    }
    for (const fam of run) fam(c);
  }
  return builder.finish();
}
