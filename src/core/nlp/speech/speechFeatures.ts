// The features of the learned reported-speech model, in named families (the model file lists the families it
// was trained with; training can leave any out to measure what it buys). The model reads one sentence at a
// time and labels each token as part of a cue ("said", "according to"), of the attributed content, of its
// source, or of none. "Officials in Kabul said on Monday that the talks had stalled": the content starts after
// "that", two words after a verb of saying; the source is the noun phrase before the verb.

import { feature, feature2, featureRange, hashMix, templateSeed } from '../../learn/featureHash';
import { SequenceBuilder, type FeatureSequence } from '../../learn/sequence';
import type { Sentence, Token } from '../analysis';
import { cueEntry } from '../cueLexicon';
import { cueAt, type Cue } from '../cues';
import { gapAfter, type QuoteContext } from '../quoteContext';
import type { SpeechEvidence } from './speechEvidence';

/** What every family sees: the sentence, its cues, and the token being read (i, article-wide). */
export interface SpeechView {
  ctx: QuoteContext;
  s: Sentence;
  ev: SpeechEvidence;
  /** The lexicon's cues of the sentence, in order. */
  cues: Cue[];
  /** Per token of the sentence: the nearest cue starting before it and after it (indices into cues, -1 none). */
  before: Int16Array;
  after: Int16Array;
  i: number;
  emit: (h: number) => void;
}

type Family = (v: SpeechView) => void;

const T = templateSeed;
const S = {
  bias: T('s:bias'), w: T('s:w'), suf: T('s:suf'), wm1: T('s:w-1'), wp1: T('s:w+1'), wm2: T('s:w-2'), wp2: T('s:w+2'),
  bi1: T('s:w-1|w'), bi2: T('s:w|w+1'), cap: T('s:cap'), tag: T('s:tag'), pos: T('s:pos'), posm1: T('s:pos-1'), posp1: T('s:pos+1'),
  posTri: T('s:pos-1|pos|pos+1'), gapB: T('s:gap<'), gapA: T('s:gap>'), gapW: T('s:gap<|w'), cue: T('s:cue'), cueKind: T('s:cueKind'),
  cueForm: T('s:cueForm'), inCue: T('s:inCue'), bef: T('s:cue<'), aft: T('s:cue>'), befLem: T('s:cue<|lemma'), aftLem: T('s:cue>|lemma'),
  that: T('s:that'), comma: T('s:comma<'), commaA: T('s:comma>'), befW: T('s:cue<|w'), aftW: T('s:cue>|w'), quoted: T('s:quoted'),
  quotedM1: T('s:quoted-1'), quotedP1: T('s:quoted+1'), rule: T('s:rule'), ruleM1: T('s:rule-1'), ruleP1: T('s:rule+1'),
  ruleW: T('s:rule|pos'), mention: T('s:mention'), mentionM1: T('s:mention-1'), mentionP1: T('s:mention+1'), first: T('s:first'),
  last: T('s:last'), kind: T('s:kind'), len: T('s:len'), rel: T('s:rel'), gapQ: T('s:gapQuote'),
  befLemma: T('s:cue<|lemma|d'), aftLemma: T('s:cue>|lemma|d'), verbB: T('s:verb<'), verbA: T('s:verb>'), verbBd: T('s:verb<|d'),
} as const;

const COARSE: readonly [string, string][] = [['Pronoun', 'PRP'], ['Possessive', 'POS'], ['Determiner', 'DT'], ['Preposition', 'IN'],
  ['Conjunction', 'CC'], ['Modal', 'MD'], ['Copula', 'BE'], ['Auxiliary', 'AUX'], ['Gerund', 'VBG'], ['Infinitive', 'VB'],
  ['PastTense', 'VBD'], ['PresentTense', 'VBP'], ['Verb', 'V'], ['ProperNoun', 'NNP'], ['Plural', 'NNS'], ['Noun', 'NN'],
  ['Adjective', 'JJ'], ['Adverb', 'RB'], ['Value', 'CD'], ['QuestionWord', 'WH']];
const FINE = ['Person', 'Organization', 'Place', 'Date', 'Negative', 'Honorific', 'Acronym', 'Demonym', 'Actor', 'Participle', 'Comparative', 'Superlative'];

function coarse(t: Token | undefined): string {
  if (!t) return '-';
  for (const [tag, name] of COARSE) if (t.tags.has(tag)) return name;
  return 'X';
}

/** The punctuation between two tokens, as one class. */
function gapClass(g: string): string {
  if (/[“"‘]/.test(g) && !/[”’]/.test(g)) return 'open';
  if (/[”’"]/.test(g)) return /[,]/.test(g) ? 'close,' : 'close';
  if (/:/.test(g)) return ':';
  if (/;/.test(g)) return ';';
  if (/[—–]| - /.test(g)) return '—';
  if (/,/.test(g)) return ',';
  if (/[()[\]]/.test(g)) return '()';
  if (/[.?!]/.test(g)) return '.';
  if (/\n/.test(g)) return 'nl';
  return '';
}

const bucket = (d: number) => (d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : d <= 25 ? '13-25' : 'far');
const word = (v: SpeechView, k: number) => {
  const j = v.i + k;
  return j < v.s.first ? '<s>' : j > v.s.last ? '</s>' : v.ctx.tokens[j].normal;
};

const lexical: Family = (v) => {
  const w = v.ctx.tokens[v.i].normal;
  v.emit(feature(S.w, w));
  const n = w.length;
  if (n > 3) v.emit(featureRange(S.suf, w, n - 3, n));
  v.emit(feature(S.wm1, word(v, -1)));
  v.emit(feature(S.wp1, word(v, 1)));
  v.emit(feature(S.wm2, word(v, -2)));
  v.emit(feature(S.wp2, word(v, 2)));
  v.emit(feature2(S.bi1, word(v, -1), w));
  v.emit(feature2(S.bi2, w, word(v, 1)));
  const text = v.ctx.tokens[v.i].text;
  v.emit(feature(S.cap, /^\p{Lu}/u.test(text) ? (/^\p{Lu}+$/u.test(text) && text.length > 1 ? 'AA' : 'Aa') : /^\p{L}/u.test(text) ? 'a' : '0'));
};

const tags: Family = (v) => {
  const t = v.ctx.tokens[v.i];
  const at = (k: number) => (v.i + k < v.s.first || v.i + k > v.s.last ? '-' : coarse(v.ctx.tokens[v.i + k]));
  const p = coarse(t);
  v.emit(feature(S.pos, p));
  v.emit(feature(S.posm1, at(-1)));
  v.emit(feature(S.posp1, at(1)));
  v.emit(feature(S.posTri, `${at(-1)}|${p}|${at(1)}`));
  for (const f of FINE) if (t.tags.has(f)) v.emit(feature(S.tag, f));
};

const punctuation: Family = (v) => {
  const before = gapClass(gapAfter(v.ctx, v.i - 1));
  const after = gapClass(gapAfter(v.ctx, v.i));
  v.emit(feature(S.gapB, before));
  v.emit(feature(S.gapA, after));
  v.emit(feature2(S.gapW, before, v.ctx.tokens[v.i].normal));
};

/** The cue lexicon: is this token a cue, of which kind and form. */
const lexicon: Family = (v) => {
  const k = v.before[v.i - v.s.first];
  const c = k >= 0 ? v.cues[k] : null;
  if (c && c.first === v.i) {
    v.emit(feature(S.cue, c.lemma));
    v.emit(feature(S.cueForm, c.form));
    for (const kind of cueEntry(c.lemma)?.kinds ?? ['according']) v.emit(feature(S.cueKind, kind));
  } else if (c && v.i <= c.last) v.emit(hashMix(S.inCue, 1));
};

/** Where the token stands from the nearest cues: side, distance, and what lies between ("that", a comma). */
const relation: Family = (v) => {
  const b = v.before[v.i - v.s.first];
  const a = v.after[v.i - v.s.first];
  if (b >= 0 && v.cues[b].last < v.i) {
    const c = v.cues[b];
    const d = bucket(v.i - c.last);
    v.emit(feature(S.bef, d));
    v.emit(feature2(S.befLem, d, c.form));
    v.emit(feature2(S.befW, d, v.ctx.tokens[v.i].normal));
    v.emit(feature2(S.befLemma, d, c.lemma));
    let that = false;
    let comma = false;
    for (let k = c.last; k < v.i; k++) {
      if (v.ctx.tokens[k + 1].normal === 'that' && k + 1 < v.i) that = true;
      if (/[,;:]/.test(gapAfter(v.ctx, k))) comma = true;
    }
    v.emit(feature2(S.that, that ? 'that' : '-', comma ? ',' : '-'));
  }
  if (a >= 0) {
    const c = v.cues[a];
    const d = bucket(c.first - v.i);
    v.emit(feature(S.aft, d));
    v.emit(feature2(S.aftLem, d, c.form));
    v.emit(feature2(S.aftW, d, v.ctx.tokens[v.i].normal));
    v.emit(feature2(S.aftLemma, d, c.lemma));
    let comma = false;
    for (let k = v.i; k < c.first; k++) if (/[,;:”"]/.test(gapAfter(v.ctx, k))) comma = true;
    v.emit(feature(S.commaA, comma ? ',' : '-'));
  }
};

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal');

/**
 * The nearest verbs either side, whatever the lexicon says: "praised the plan" and "urged Congress to act" attribute
 * their object in news annotation, and a verb the lexicon lacks still marks where a clause begins.
 */
const verbs: Family = (v) => {
  for (let k = v.i - 1; k >= v.s.first && v.i - k <= 12; k--) {
    const t = v.ctx.tokens[k];
    if (!isVerb(t)) continue;
    v.emit(feature(S.verbB, t.normal));
    v.emit(feature2(S.verbBd, t.normal, bucket(v.i - k)));
    break;
  }
  for (let k = v.i + 1; k <= v.s.last && k - v.i <= 6; k++) {
    const t = v.ctx.tokens[k];
    if (!isVerb(t)) continue;
    v.emit(feature(S.verbA, t.normal));
    break;
  }
};

const RULE = ['-', 'cue', 'content', 'source', 'dcue', 'dsource'];
const MENTION = ['-', 'person', 'org', 'place', 'misc'];

/** What the rules found: direct quotes, and the cue, content and speaker of their quotes. */
const rules: Family = (v) => {
  const at = (arr: Uint8Array, k: number) => (v.i + k < v.s.first || v.i + k > v.s.last ? 255 : arr[v.i + k]);
  v.emit(hashMix(S.quoted, at(v.ev.quoted, 0)));
  v.emit(hashMix(S.quotedM1, at(v.ev.quoted, -1)));
  v.emit(hashMix(S.quotedP1, at(v.ev.quoted, 1)));
  const r = v.ev.rule[v.i];
  v.emit(feature(S.rule, RULE[r]));
  v.emit(hashMix(S.ruleM1, at(v.ev.rule, -1)));
  v.emit(hashMix(S.ruleP1, at(v.ev.rule, 1)));
  v.emit(feature2(S.ruleW, RULE[r], coarse(v.ctx.tokens[v.i])));
};

const mentions: Family = (v) => {
  const at = (k: number) => (v.i + k < v.s.first || v.i + k > v.s.last ? 255 : v.ev.mention[v.i + k]);
  v.emit(feature(S.mention, MENTION[v.ev.mention[v.i]]));
  v.emit(hashMix(S.mentionM1, at(-1)));
  v.emit(hashMix(S.mentionP1, at(1)));
};

const layout: Family = (v) => {
  if (v.i === v.s.first) v.emit(hashMix(S.first, 1));
  if (v.i === v.s.last) v.emit(hashMix(S.last, 1));
  v.emit(feature(S.kind, v.s.kind));
  v.emit(feature(S.len, bucket(v.s.last - v.s.first + 1)));
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
  const v: SpeechView = { ctx, s, ev, ...cues, i: 0, emit: (h) => builder.push(h) };
  for (v.i = s.first; v.i <= s.last; v.i++) {
    builder.startToken();
    builder.push(S.bias);
    for (const fam of run) fam(v);
  }
  return builder.finish();
}
