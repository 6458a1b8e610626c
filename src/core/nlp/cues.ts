// Spotting reporting verbs ("cues") among tokens: "said", "pointed out", "according to". What each verb is and
// does (its kinds, forms, particles) is in the lexicon, cueLexicon.ts.

import type { Token } from './analysis';
import { ALWAYS_VERBS, BARE, CUE_FORMS, OBJECT_SAID, PARTICLES, SPEECH } from './cueLexicon';

export interface CueInfo {
  /** The verb can introduce reported speech without "that" ("said Russia is resolved ..."). */
  bare: boolean;
  /** A verb of saying: it may attribute a direct quote standing next to it. */
  speech: boolean;
  /** A verb of stance whose object is what the subject said ("Clinton cited Trump's remarks"). */
  stance: boolean;
}

/** The lemma of a reporting verb form, or null. */
export function cueLemma(word: string): string | null {
  return CUE_FORMS.get(word.toLowerCase()) ?? null;
}

export function cueInfo(lemma: string): CueInfo {
  return { bare: BARE.has(lemma), speech: SPEECH.has(lemma) || lemma === 'according', stance: OBJECT_SAID.has(lemma) };
}

/** A cue found at a token. */
export interface Cue {
  /** Index of the first and (inclusive) last token of the cue. */
  first: number;
  last: number;
  lemma: string;
  /** 'verb' for finite verbs, 'according' for "according to", 'gerund' for participles ("adding", "saying"). */
  form: 'verb' | 'according' | 'gerund';
}

const isVerbish = (t: Token) => t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('PresentTense');
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s']);

/** "Data show that ...", "polls suggest that ...": a form followed by "that" after a noun is the verb, whatever its tag. */
function beforeThatClause(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i + 1]?.normal === 'that' && prev !== undefined && prev.tags.has('Noun') && !prev.tags.has('Determiner')
    && !prev.tags.has('Possessive') && !prev.tags.has('Adjective');
}

/**
 * The cue that starts at token i, or null. Multi-word cues: "according to", "pointed out", "went on to say".
 * Only tokens tagged as verbs count, so "the say", "a note" or "the report" are not cues.
 */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  const w = t.normal;
  if (w === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, last: i + 1, lemma: 'according', form: 'according' };
  const lemma = CUE_FORMS.get(w);
  if (!lemma) return null;
  // "is labeling", "has slammed": after an auxiliary the form is a verb whatever the tagger made of it.
  if (!isVerbish(t) && !ALWAYS_VERBS.has(w) && !(/(ing|ed)$/.test(w) && AUXILIARY.has(tokens[i - 1]?.normal ?? '')) && !beforeThatClause(tokens, i)) return null;
  let last = i;
  const particles = PARTICLES.get(lemma);
  if (particles) {
    const next = tokens[i + 1]?.normal;
    if (!next || !particles.includes(next)) return null;
    last = i + 1;
    if (lemma === 'go' && tokens[i + 2]?.normal === 'to' && tokens[i + 3] && CUE_FORMS.has(tokens[i + 3].normal)) last = i + 3;
  }
  // "will continue to be", "went to": a verb of going on followed by "to" is not reporting anything.
  if ((lemma === 'continue' || lemma === 'go') && tokens[last + 1]?.normal === 'to' && last === i) return null;
  let form: Cue['form'] = w.endsWith('ing') ? 'gerund' : 'verb';
  if (form === 'gerund') {
    // "is defending", "is once again questioning": a progressive is a finite verb.
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      if (BE.has(tokens[k].normal) || /['’](s|re|m)$/.test(tokens[k].normal)) { form = 'verb'; break; }
      if (!tokens[k].tags.has('Adverb')) break;
    }
  }
  return { first: i, last, lemma, form };
}

/** Cues that may attribute a quote standing right next to them. */
export function isSpeechCue(c: Cue): boolean {
  return cueInfo(c.lemma).speech;
}
