// The lexicon of reporting verbs ("cues") that attribute speech in news, and how to spot them among tokens.

import type { Token } from './analysis';

/** How a cue verb introduces what was said. */
export interface CueInfo {
  /** The verb can introduce reported speech without "that" ("said Russia is resolved to ..."). */
  bare: boolean;
  /** The verb reports speech strongly enough to attribute a direct quote next to it. */
  speech: boolean;
}

// Verbs of saying. Regular forms (-s, -ed, -ing) are generated; irregular ones are listed.
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'note', 'argue', 'warn', 'claim', 'stress', 'emphasize', 'emphasise', 'hope', 'urge', 'ask',
  'write', 'tweet', 'explain', 'insist', 'declare', 'announce', 'state', 'acknowledge', 'admit', 'concede', 'recall',
  'reply', 'respond', 'predict', 'suggest', 'report', 'observe', 'remark', 'comment', 'counter', 'complain', 'joke',
  'quip', 'vow', 'pledge', 'promise', 'assert', 'maintain', 'contend', 'allege', 'confirm', 'deny', 'reveal',
  'reiterate', 'underline', 'underscore', 'affirm', 'proclaim', 'boast', 'lament', 'recount', 'shout', 'yell',
  'whisper', 'exclaim', 'brag', 'mention', 'testify', 'caution', 'agree', 'disclose', 'inform', 'estimate',
  'conclude', 'point', 'indicate', 'continue', 'go', 'elaborate', 'clarify', 'answer', 'mutter', 'quote', 'post',
  'retort', 'scoff', 'snap', 'sigh', 'tout', 'highlight', 'signal', 'believe', 'think', 'fear', 'worry', 'wonder',
  'acknowledge', 'charge', 'accuse', 'blast', 'criticize', 'criticise', 'slam', 'praise', 'dismiss', 'call',
  'describe', 'recommend', 'demand', 'repeat', 'stated', 'read', 'announce', 'predict', 'acknowledge', 'hint',
  'imply', 'opine', 'emphasize', 'express', 'admit', 'guarantee', 'assure', 'reassure', 'advise', 'notify',
  'show', 'find', 'feel', 'know', 'learn', 'realize', 'expect', 'acknowledge', 'insist', 'hear', 'wonder', 'question',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], go: ['went', 'gone'], think: ['thought'],
  read: ['read'], mutter: ['muttered'], admit: ['admitted', 'admitting'], quip: ['quipped', 'quipping'],
  snap: ['snapped', 'snapping'], imply: ['implied'], reply: ['replied'], testify: ['testified'], deny: ['denied'],
  clarify: ['clarified'], notify: ['notified'], worry: ['worried'], show: ['shown'], find: ['found'], feel: ['felt'],
  know: ['knew', 'known'], learn: ['learnt'], hear: ['heard'],
};

// Verbs that report speech but never attribute a neighbouring quote by themselves or need a particle
// ("pointed out", "went on"): they are cues only inside a phrase.
const PHRASE_ONLY = new Set(['point', 'go', 'continue', 'call', 'describe', 'express', 'read', 'post', 'quote', 'stated']);
// Cognition verbs: indirect speech ("he believes that ...") but not direct-quote attribution.
const COGNITION = new Set(['believe', 'think', 'fear', 'worry', 'wonder', 'hope', 'estimate', 'show', 'find', 'feel', 'know',
  'learn', 'realize', 'expect', 'hear', 'question', 'indicate', 'signal']);
// Verbs that take reported speech directly, without "that".
const BARE = new Set(['say', 'tell', 'add', 'note', 'argue', 'warn', 'claim', 'insist', 'think', 'believe', 'write', 'tweet',
  'explain', 'stress', 'emphasize', 'emphasise', 'predict', 'suggest', 'report', 'acknowledge', 'admit', 'concede',
  'contend', 'assert', 'fear', 'hope', 'complain', 'reveal', 'confirm', 'state', 'announce', 'declare', 'conclude', 'recall']);

function regularForms(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`];
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  if (/(s|sh|ch|x)$/.test(lemma)) forms.push(`${lemma}es`);
  return forms;
}

/** Every surface form (lower case) mapped to its lemma. */
const FORMS = new Map<string, string>();
for (const lemma of SPEECH_LEMMAS) {
  for (const f of [...regularForms(lemma), ...(IRREGULAR[lemma] ?? [])]) if (!FORMS.has(f)) FORMS.set(f, lemma);
}
FORMS.set('says', 'say');

/** The lemma of a reporting verb form, or null. */
export function cueLemma(word: string): string | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

export function cueInfo(lemma: string): CueInfo {
  return { bare: BARE.has(lemma), speech: !COGNITION.has(lemma) };
}

/** A cue found at a token: how many tokens it spans and what it is. */
export interface Cue {
  /** Index of the first and (inclusive) last token of the cue. */
  first: number;
  last: number;
  lemma: string;
  /** 'verb' for finite/participial verbs, 'according' for "according to", 'gerund' for "adding", "saying". */
  form: 'verb' | 'according' | 'gerund';
}

const isVerbish = (t: Token) => t.tags.includes('Verb') || t.tags.includes('PastTense') || t.tags.includes('PresentTense');

/**
 * The cue that starts at token i, or null. Multi-word cues: "according to", "pointed out", "went on to say".
 * Only tokens tagged as verbs count, so "the say", "a note" or "the report" are not cues.
 */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  const w = t.normal;
  if (w === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, last: i + 1, lemma: 'according', form: 'according' };
  const lemma = FORMS.get(w);
  if (!lemma) return null;
  if (!isVerbish(t) && !['said', 'says', 'told', 'added', 'noted', 'wrote', 'tweeted', 'argued', 'warned', 'insisted', 'explained', 'stressed'].includes(w)) return null;
  const form = w.endsWith('ing') ? 'gerund' : 'verb';
  if (lemma === 'point') return tokens[i + 1]?.normal === 'out' ? { first: i, last: i + 1, lemma, form } : null;
  if (lemma === 'go') {
    if (tokens[i + 1]?.normal !== 'on') return null;
    const next = tokens[i + 2];
    if (next?.normal === 'to' && tokens[i + 3] && FORMS.has(tokens[i + 3].normal)) return { first: i, last: i + 3, lemma: FORMS.get(tokens[i + 3].normal)!, form };
    return { first: i, last: i + 1, lemma, form };
  }
  if (PHRASE_ONLY.has(lemma) && lemma !== 'continue') return null;
  if (lemma === 'continue') return null;
  // "said" as an adjective ("the said agreement") or "state" as a noun are filtered by the verb check above.
  return { first: i, last: i, lemma, form };
}

/** Cues that may attribute a quote standing right next to them. */
export function isSpeechCue(c: Cue): boolean {
  return c.form === 'according' || cueInfo(c.lemma).speech;
}
