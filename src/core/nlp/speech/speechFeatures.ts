// The features of the learned reported-speech model, in named families (the model file lists the families it
// was trained with; training can leave any out to measure what it buys). The model reads one sentence at a
// time and labels each token as part of a cue ("said", "according to"), of the attributed content, of its
// source, or of none. "Officials in Kabul said on Monday that the talks had stalled": the content starts after
// "that", two words after a verb of saying; the source is the noun phrase before the verb.

import { featureRange, hashMix, hashString, templateSeed } from '../../learn/featureHash';
import { SequenceBuilder, type FeatureSequence } from '../../learn/sequence';
import type { Sentence, Token } from '../analysis';
import { cueEntry } from '../cueLexicon';
import { cueAt, type Cue } from '../cues';
import type { QuoteContext } from '../quoteContext';
import type { SpeechEvidence } from './speechEvidence';

/** What every family sees: the sentence, its cues, its facts, and the token being read (i, article-wide). */
export interface SpeechView {
  ctx: QuoteContext;
  s: Sentence;
  ev: SpeechEvidence;
  /** The lexicon's cues of the sentence, in order. */
  cues: Cue[];
  /** Per token of the sentence: the nearest cue starting before (or at) it and after it (indices into cues, -1 none). */
  before: Int16Array;
  after: Int16Array;
  f: SentenceFacts;
  i: number;
  emit: (h: number) => void;
}

/**
 * What the features read of a sentence, computed once and held as numbers: every feature is then a mix of
 * integers, with no string built per token. Indices are relative to the sentence's first token.
 */
interface SentenceFacts {
  /** Hash of each word's normal form; word[k + 2] for k = −2 … n + 1 (sentence edges beyond). */
  word: Uint32Array;
  /** Coarse part of speech; pos[k + 1] for k = −1 … n (0 beyond the edges). */
  pos: Uint8Array;
  /** Punctuation class of the gap before token k (gap[n]: after the last). */
  gap: Uint8Array;
  /** Running counts before index k: "that" tokens; gaps with , ; :; gaps with , ; : or a closing quote mark. */
  thats: Uint16Array;
  commas: Uint16Array;
  breaks: Uint16Array;
  /** The nearest content verb before (within 12 words) and after (within 6), as an index, or −1. */
  verbBefore: Int16Array;
  verbAfter: Int16Array;
  /** Hashes of the sentence's kind and length, the same for each of its tokens. */
  kind: number;
  len: number;
}

type Family = (v: SpeechView) => void;

const T = templateSeed;
const S = {
  bias: T('s:bias'), w: T('s:w'), suf: T('s:suf'), wm1: T('s:w-1'), wp1: T('s:w+1'), wm2: T('s:w-2'), wp2: T('s:w+2'),
  bi1: T('s:w-1|w'), bi2: T('s:w|w+1'), cap: T('s:cap'), tag: T('s:tag'), pos: T('s:pos'), posm1: T('s:pos-1'), posp1: T('s:pos+1'),
  posTri: T('s:pos-1|pos|pos+1'), gapB: T('s:gap<'), gapA: T('s:gap>'), gapW: T('s:gap<|w'), cue: T('s:cue'), cueKind: T('s:cueKind'),
  cueForm: T('s:cueForm'), inCue: T('s:inCue'), bef: T('s:cue<'), aft: T('s:cue>'), befLem: T('s:cue<|form'), aftLem: T('s:cue>|form'),
  that: T('s:that'), commaA: T('s:comma>'), befW: T('s:cue<|w'), aftW: T('s:cue>|w'), quoted: T('s:quoted'),
  quotedM1: T('s:quoted-1'), quotedP1: T('s:quoted+1'), rule: T('s:rule'), ruleM1: T('s:rule-1'), ruleP1: T('s:rule+1'),
  ruleW: T('s:rule|pos'), mention: T('s:mention'), mentionM1: T('s:mention-1'), mentionP1: T('s:mention+1'), first: T('s:first'),
  last: T('s:last'), kind: T('s:kind'), len: T('s:len'), rel: T('s:rel'), befLemma: T('s:cue<|lemma|d'), aftLemma: T('s:cue>|lemma|d'),
  verbB: T('s:verb<'), verbA: T('s:verb>'), verbBd: T('s:verb<|d'),
} as const;

const mix2 = (seed: number, a: number, b: number) => hashMix(hashMix(seed, a), b);

const COARSE: readonly string[] = ['Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'Auxiliary',
  'Gerund', 'Infinitive', 'PastTense', 'PresentTense', 'Verb', 'ProperNoun', 'Plural', 'Noun', 'Adjective', 'Adverb', 'Value', 'QuestionWord'];
const FINE: ReadonlyMap<string, number> = new Map(['Person', 'Organization', 'Place', 'Date', 'Negative', 'Honorific', 'Acronym', 'Demonym',
  'Actor', 'Participle', 'Comparative', 'Superlative'].map((t, k) => [t, k + 1]));

/** 1 + the first coarse tag the token has (0 is "beyond the sentence"); COARSE.length + 1 for none. */
function coarse(t: Token): number {
  for (let k = 0; k < COARSE.length; k++) if (t.tags.has(COARSE[k])) return k + 1;
  return COARSE.length + 1;
}

/** The punctuation in text[from, to) as one class: 1 open quote, 2 close, 3 close + comma, 4 colon, 5 semicolon, 6 dash, 7 comma, 8 bracket, 9 stop, 10 line break, 0 none. */
function gapClass(text: string, from: number, to: number): number {
  let open = false, close = false, straight = false, colon = false, semi = false, dash = false, comma = false, bracket = false, stop = false, nl = false;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x201c || ch === 0x2018) open = true;
    else if (ch === 0x22) straight = true;
    else if (ch === 0x201d || ch === 0x2019) close = true;
    else if (ch === 0x3a) colon = true;
    else if (ch === 0x3b) semi = true;
    else if (ch === 0x2014 || ch === 0x2013 || (ch === 0x2d && text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k + 1) === 0x20)) dash = true;
    else if (ch === 0x2c) comma = true;
    else if (ch === 0x28 || ch === 0x29 || ch === 0x5b || ch === 0x5d) bracket = true;
    else if (ch === 0x2e || ch === 0x3f || ch === 0x21) stop = true;
    else if (ch === 0x0a) nl = true;
  }
  if ((open || straight) && !close) return 1;
  if (close || straight) return comma ? 3 : 2;
  return colon ? 4 : semi ? 5 : dash ? 6 : comma ? 7 : bracket ? 8 : stop ? 9 : nl ? 10 : 0;
}

const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal');

const START2 = hashString('<s>');
const END2 = hashString('</s>');

/** The facts every token's features read, computed once for the sentence. */
function sentenceFacts(ctx: QuoteContext, s: Sentence): SentenceFacts {
  const n = s.last - s.first + 1;
  const word = new Uint32Array(n + 4);
  word[0] = word[1] = START2;
  word[n + 2] = word[n + 3] = END2;
  const pos = new Uint8Array(n + 2);
  const gap = new Uint8Array(n + 1);
  const thats = new Uint16Array(n + 1);
  const commas = new Uint16Array(n + 1);
  const breaks = new Uint16Array(n + 1);
  const verbBefore = new Int16Array(n).fill(-1);
  const verbAfter = new Int16Array(n).fill(-1);
  const text = ctx.text;
  const gapStart = s.first > 0 ? ctx.tokens[s.first - 1].end : Math.max(0, ctx.tokens[s.first].start - 40);
  gap[0] = gapClass(text, Math.max(gapStart, ctx.tokens[s.first].start - 40), ctx.tokens[s.first].start);
  let verb = -1;
  for (let k = 0; k < n; k++) {
    const t = ctx.tokens[s.first + k];
    const next = s.first + k + 1 < ctx.tokens.length ? ctx.tokens[s.first + k + 1].start : Math.min(text.length, t.end + 4);
    const g = gapClass(text, t.end, Math.min(next, t.end + 40));
    word[k + 2] = hashString(t.normal);
    pos[k + 1] = coarse(t);
    gap[k + 1] = g;
    thats[k + 1] = thats[k] + (t.normal === 'that' ? 1 : 0);
    commas[k + 1] = commas[k] + (g === 3 || g === 4 || g === 5 || g === 7 ? 1 : 0);
    breaks[k + 1] = breaks[k] + (g === 2 || g === 3 || g === 4 || g === 5 || g === 7 ? 1 : 0);
    if (verb >= 0 && k - verb <= 12) verbBefore[k] = verb;
    if (isVerb(t)) verb = k;
  }
  verb = -1;
  for (let k = n - 1; k >= 0; k--) {
    if (verb >= 0 && verb - k <= 6) verbAfter[k] = verb;
    if (isVerb(ctx.tokens[s.first + k])) verb = k;
  }
  return { word, pos, gap, thats, commas, breaks, verbBefore, verbAfter, kind: hashString(s.kind), len: bucket(n) };
}

const lexical: Family = (v) => {
  const k = v.i - v.s.first + 2;
  const { word } = v.f;
  const w = word[k];
  v.emit(hashMix(S.w, w));
  const normal = v.ctx.tokens[v.i].normal;
  const n = normal.length;
  if (n > 3) v.emit(featureRange(S.suf, normal, n - 3, n));
  v.emit(hashMix(S.wm1, word[k - 1]));
  v.emit(hashMix(S.wp1, word[k + 1]));
  v.emit(hashMix(S.wm2, word[k - 2]));
  v.emit(hashMix(S.wp2, word[k + 2]));
  v.emit(mix2(S.bi1, word[k - 1], w));
  v.emit(mix2(S.bi2, w, word[k + 1]));
  const c = v.ctx.tokens[v.i].text.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  v.emit(hashMix(S.cap, upper ? (v.ctx.tokens[v.i].text === v.ctx.tokens[v.i].text.toUpperCase() && n > 1 ? 2 : 1) : c >= 97 && c <= 122 ? 3 : 4));
};

const tags: Family = (v) => {
  const k = v.i - v.s.first + 1;
  const { pos } = v.f;
  v.emit(hashMix(S.pos, pos[k]));
  v.emit(hashMix(S.posm1, pos[k - 1]));
  v.emit(hashMix(S.posp1, pos[k + 1]));
  v.emit(hashMix(mix2(S.posTri, pos[k - 1], pos[k]), pos[k + 1]));
  for (const tag of v.ctx.tokens[v.i].tags) {
    const id = FINE.get(tag);
    if (id) v.emit(hashMix(S.tag, id));
  }
};

const punctuation: Family = (v) => {
  const k = v.i - v.s.first;
  v.emit(hashMix(S.gapB, v.f.gap[k]));
  v.emit(hashMix(S.gapA, v.f.gap[k + 1]));
  v.emit(mix2(S.gapW, v.f.gap[k], v.f.word[k + 2]));
};

const FORM: Record<Cue['form'], number> = { verb: 1, according: 2, gerund: 3 };

/** The cue lexicon: is this token a cue, of which kind and form. */
const lexicon: Family = (v) => {
  const k = v.before[v.i - v.s.first];
  const c = k >= 0 ? v.cues[k] : null;
  if (c && c.first === v.i) {
    v.emit(hashMix(S.cue, hashString(c.lemma)));
    v.emit(hashMix(S.cueForm, FORM[c.form]));
    for (const kind of cueEntry(c.lemma)?.kinds ?? ['according']) v.emit(hashMix(S.cueKind, hashString(kind)));
  } else if (c && v.i <= c.last) v.emit(hashMix(S.inCue, 1));
};

/** Where the token stands from the nearest cues: side, distance, and what lies between ("that", a comma). */
const relation: Family = (v) => {
  const f = v.s.first;
  const b = v.before[v.i - f];
  const a = v.after[v.i - f];
  const w = v.f.word[v.i - f + 2];
  if (b >= 0 && v.cues[b].last < v.i) {
    const c = v.cues[b];
    const d = bucket(v.i - c.last);
    v.emit(hashMix(S.bef, d));
    v.emit(mix2(S.befLem, d, FORM[c.form]));
    v.emit(mix2(S.befW, d, w));
    v.emit(mix2(S.befLemma, d, hashString(c.lemma)));
    const that = v.f.thats[v.i - f] > v.f.thats[c.last + 1 - f] ? 1 : 0;
    const comma = v.f.commas[v.i - f] > v.f.commas[c.last - f] ? 1 : 0;
    v.emit(mix2(S.that, that, comma));
  }
  if (a >= 0) {
    const c = v.cues[a];
    const d = bucket(c.first - v.i);
    v.emit(hashMix(S.aft, d));
    v.emit(mix2(S.aftLem, d, FORM[c.form]));
    v.emit(mix2(S.aftW, d, w));
    v.emit(mix2(S.aftLemma, d, hashString(c.lemma)));
    v.emit(hashMix(S.commaA, v.f.breaks[c.first - f] > v.f.breaks[v.i - f] ? 1 : 0));
  }
};

/**
 * The nearest verbs either side, whatever the lexicon says: "praised the plan" and "urged Congress to act" attribute
 * their object in news annotation, and a verb the lexicon lacks still marks where a clause begins.
 */
const verbs: Family = (v) => {
  const k = v.i - v.s.first;
  const b = v.f.verbBefore[k];
  if (b >= 0) {
    v.emit(hashMix(S.verbB, v.f.word[b + 2]));
    v.emit(mix2(S.verbBd, v.f.word[b + 2], bucket(k - b)));
  }
  const a = v.f.verbAfter[k];
  if (a >= 0) v.emit(hashMix(S.verbA, v.f.word[a + 2]));
};

/** What the rules found: direct quotes, and the cue, content and speaker of their quotes. */
const rules: Family = (v) => {
  const at = (arr: Uint8Array, k: number) => (v.i + k < v.s.first || v.i + k > v.s.last ? 255 : arr[v.i + k]);
  v.emit(hashMix(S.quoted, at(v.ev.quoted, 0)));
  v.emit(hashMix(S.quotedM1, at(v.ev.quoted, -1)));
  v.emit(hashMix(S.quotedP1, at(v.ev.quoted, 1)));
  const r = v.ev.rule[v.i];
  v.emit(hashMix(S.rule, r));
  v.emit(hashMix(S.ruleM1, at(v.ev.rule, -1)));
  v.emit(hashMix(S.ruleP1, at(v.ev.rule, 1)));
  v.emit(mix2(S.ruleW, r, v.f.pos[v.i - v.s.first + 1]));
};

const mentions: Family = (v) => {
  const at = (k: number) => (v.i + k < v.s.first || v.i + k > v.s.last ? 255 : v.ev.mention[v.i + k]);
  v.emit(hashMix(S.mention, v.ev.mention[v.i]));
  v.emit(hashMix(S.mentionM1, at(-1)));
  v.emit(hashMix(S.mentionP1, at(1)));
};

const layout: Family = (v) => {
  if (v.i === v.s.first) v.emit(hashMix(S.first, 1));
  if (v.i === v.s.last) v.emit(hashMix(S.last, 1));
  v.emit(hashMix(S.kind, v.f.kind));
  v.emit(hashMix(S.len, v.f.len));
  v.emit(hashMix(S.rel, Math.floor((4 * (v.i - v.s.first)) / (v.s.last - v.s.first + 1))));
};

/** Every family by name, in a fixed order. */
export const SPEECH_FAMILIES: Readonly<Record<string, Family>> = { lexical, tags, punctuation, lexicon, relation, verbs, rules, mentions, layout };
export const ALL_SPEECH_FAMILIES = Object.keys(SPEECH_FAMILIES);

/** The lexicon's cues of a sentence, and for each token the nearest cue before (or at) it and after it. */
export function sentenceCues(ctx: QuoteContext, s: Sentence): Pick<SpeechView, 'cues' | 'before' | 'after'> {
  const cues: Cue[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const c = cueAt(ctx.tokens, i);
    if (c && c.last <= s.last) {
      cues.push(c);
      i = c.last;
    }
  }
  const n = s.last - s.first + 1;
  const before = new Int16Array(n).fill(-1);
  const after = new Int16Array(n).fill(-1);
  for (let k = 0, c = -1; k < n; k++) {
    while (c + 1 < cues.length && cues[c + 1].first <= s.first + k) c++;
    before[k] = c;
  }
  for (let k = n - 1, c = cues.length; k >= 0; k--) {
    while (c - 1 >= 0 && cues[c - 1].first > s.first + k) c--;
    after[k] = c < cues.length ? c : -1;
  }
  return { cues, before, after };
}

const builder = new SequenceBuilder();

/** The feature hashes of every token of a sentence. */
export function speechFeatures(ctx: QuoteContext, s: Sentence, ev: SpeechEvidence, families: readonly string[], cues = sentenceCues(ctx, s)): FeatureSequence {
  const run = families.map((f) => {
    const fam = SPEECH_FAMILIES[f];
    if (!fam) throw new Error(`unknown feature family '${f}'`);
    return fam;
  });
  const v: SpeechView = { ctx, s, ev, ...cues, f: sentenceFacts(ctx, s), i: 0, emit: (h) => builder.push(h) };
  for (v.i = s.first; v.i <= s.last; v.i++) {
    builder.startToken();
    builder.push(S.bias);
    for (const fam of run) fam(v);
  }
  return builder.finish();
}
