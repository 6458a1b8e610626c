// Finding "X said" next to a stretch of text: the cue verb and the phrase that is its subject.

import { FRONTING_CUES, OBJECT_FIRST } from './cueLexicon';
import { cueAt, isSpeechCue, type Cue } from './cues';
import { endsSentence, gapAfter, has, type QuoteContext } from './quoteContext';
import { isCapitalized, isPronoun, pronounOf, phraseStartingAt, subjectAfter, subjectBefore, type Phrase } from './phrases';

export interface Attribution {
  cue: Cue;
  subject: Phrase;
  /** The "cue" is just the verb of the sentence whose subject is taken for a partial quote. */
  weak?: boolean;
}

/** Sentences are looked at no further than this many tokens either side of a quote or cue (keeps every pass linear). */
export const MAX_SENTENCE = 120;

/** First token of the sentence holding token i, at most MAX_SENTENCE tokens back. */
export function sentenceStartOf(ctx: QuoteContext, i: number): number {
  return Math.max(ctx.sentences[ctx.sentence[i]].first, i - MAX_SENTENCE);
}

/** The subject of a cue found at k: on the left ("Trump said"), else on the right ("said Trump", "according to X"). */
export function subjectOfCue(ctx: QuoteContext, cue: Cue, min: number, max: number): Phrase | null {
  if (cue.form === 'according') return subjectAfter(ctx, cue.last, max) ?? accordingSource(ctx, cue, max);
  if (cue.form === 'gerund') return null;
  let j = cue.first - 1;
  // "X used to back Y, but now said ...": the subject of "and/but (now) said" is the sentence's.
  while (j > min && cue.first - j <= 2 && has(ctx.tokens[j], 'Adverb') && !has(ctx.tokens[j], 'Noun')) j--;
  if (j >= min && /^(and|but)$/.test(ctx.tokens[j].normal)) return sentenceSubject(ctx, sentenceStartOf(ctx, j), j);
  return subjectBefore(ctx, cue.first, min) ?? invertedSubject(ctx, cue, max);
}

/**
 * After "according to" comes the source whatever the tagger made of its words ("exit polls", "poll"): the
 * words up to the next comma or the sentence end, when that is a short stretch.
 */
export function accordingSource(ctx: QuoteContext, cue: Cue, max: number): Phrase | null {
  const first = cue.last + 1;
  if (first > max || ctx.block[first] !== ctx.block[cue.last] || /[,;:“"]/.test(gapAfter(ctx, cue.last))) return null;
  for (let k = first; k <= max && k - first < 20; k++) {
    if (/[“”"]/.test(gapAfter(ctx, k))) return null;
    if (/,/.test(gapAfter(ctx, k)) || endsSentence(ctx, k)) return { first, last: k };
  }
  return null;
}

/** "said Trump", "said the spokesman": a subject after the verb, only when the verb has no subject before it. */
export function invertedSubject(ctx: QuoteContext, cue: Cue, max: number): Phrase | null {
  // After "told", "urged" the phrase is the object, never an inverted subject ("“...?” asked Sen. Mikulski" and
  // "“...,” warned Clinton" are inversions).
  if (!isSpeechCue(cue) || OBJECT_FIRST.has(cue.lemma)) return null;
  const p = subjectAfter(ctx, cue.last, max);
  if (!p) return null;
  const t = ctx.tokens[p.first];
  // "said he", "said Trump", "said the spokesman" — not "said Russia was ..." (a clause) nor "told reporters".
  if (isPronoun(t)) return /^(he|she|they|i|we)$/.test(pronounOf(t) ?? '') ? p : null;
  const next = p.last + 1 <= max ? ctx.tokens[p.last + 1] : undefined;
  if (next && has(next, 'Verb') && !/,/.test(gapAfter(ctx, p.last))) return null;
  let named = false;
  for (let k = p.first; k <= p.last; k++) named ||= isCapitalized(ctx, k);
  if (!named && !has(t, 'Determiner')) return null;
  return p;
}

/** For a participle cue ("..., adding", "..., saying"), the subject of the sentence's main reporting verb or of the sentence. */
function participleSubject(ctx: QuoteContext, cue: Cue, sentenceStart: number): Phrase | null {
  const main = sentenceSubject(ctx, sentenceStart, cue.first - 1);
  if (main) return main;
  for (let k = cue.first - 1; k >= sentenceStart; k--) {
    const c = cueAt(ctx.tokens, k);
    if (c && c.form === 'verb') {
      const s = subjectBefore(ctx, c.first, sentenceStart);
      if (s) return s;
    }
  }
  return null;
}

// Words that open a fronted phrase; so do some forms of cues ("Referring to ...", "Asked about ...", FRONTING_CUES).
const FRONTING = /^(after|before|when|while|as|in|on|at|during|for|with|by|from|despite|although|though|since|if|but|and|yet|so|however|meanwhile|still|later|earlier|according)$/;

/** The subject at the start of a sentence (after a fronted phrase ending with a comma), when a verb follows it. */
export function sentenceSubject(ctx: QuoteContext, start: number, max: number): Phrase | null {
  let i = start;
  if (i > max) return null;
  if (FRONTING.test(ctx.tokens[i].normal) || FRONTING_CUES.has(ctx.tokens[i].normal) || has(ctx.tokens[i], 'Gerund')) {
    let k = i;
    while (k < max && k - i < 40 && !/,/.test(gapAfter(ctx, k))) k++;
    if (k >= max) return null;
    i = k + 1;
  }
  let p = phraseStartingAt(ctx, i, max);
  if (p && isTemporalStart(ctx, p) && /,/.test(gapAfter(ctx, p.last))) p = phraseStartingAt(ctx, p.last + 1, max);
  if (!p) return null;
  // "Trump and Ryan issued a statement ...": two names joined by "and" make one subject.
  if (p.last + 2 <= max && ctx.tokens[p.last + 1].normal === 'and' && !/,/.test(gapAfter(ctx, p.last))) {
    const second = phraseStartingAt(ctx, p.last + 2, max);
    if (second && second.last + 1 <= max && has(ctx.tokens[second.last + 1], 'Verb')) p = { first: p.first, last: second.last };
  }
  let v = p.last + 1;
  // "Huma Abedin, vice chairwoman for the campaign, emailed ...": an apposition between commas.
  if (/^\s*,\s*$/.test(gapAfter(ctx, p.last))) v = appositionEnd(ctx, p.last + 1, max) + 1;
  else if (/[,;:]/.test(gapAfter(ctx, p.last))) return null;
  while (v <= max && (has(ctx.tokens[v], 'Adverb') || has(ctx.tokens[v], 'Auxiliary') || has(ctx.tokens[v], 'Negative'))) v++;
  if (v <= p.last || v > max + 1 || v >= ctx.tokens.length || !has(ctx.tokens[v], 'Verb')) return null;
  return p;
}

/** The last token of an apposition starting at token i and closed by a comma (a noun phrase, no verb), or -1. */
function appositionEnd(ctx: QuoteContext, i: number, max: number): number {
  for (let k = i; k <= max && k - i < 16; k++) {
    const t = ctx.tokens[k];
    if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Participle')) return -1;
    const gap = gapAfter(ctx, k);
    if (/[;:.“”"]/.test(gap)) return -1;
    if (/,/.test(gap)) return k > i || has(t, 'Value') || has(t, 'Noun') ? k : -1;
  }
  return -1;
}

const TIME_WORDS = /^(hours?|days?|weeks?|months?|years?|minutes?|moments?|later|earlier|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next|on|in)$/;

function isTemporalStart(ctx: QuoteContext, p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) if (!(TIME_WORDS.test(ctx.tokens[k].normal) || has(ctx.tokens[k], 'Date') || has(ctx.tokens[k], 'Value'))) return false;
  return true;
}

/** The first cue in tokens [from, to] (inclusive), or null. */
export function firstCue(ctx: QuoteContext, from: number, to: number, speechOnly = true): Cue | null {
  for (let k = from; k <= to; k++) {
    const c = cueAt(ctx.tokens, k);
    if (c && c.last <= to + 1 && (!speechOnly || isSpeechCue(c))) return c;
  }
  return null;
}

/** The last cue in tokens [from, to], or null. */
export function lastCue(ctx: QuoteContext, from: number, to: number, speechOnly = true): Cue | null {
  for (let k = to; k >= from; k--) {
    const c = cueAt(ctx.tokens, k);
    if (c && (!speechOnly || isSpeechCue(c))) return c;
  }
  return null;
}

/** The attribution of a cue: its subject, or for a participle the subject of the sentence. */
export function attributionOf(ctx: QuoteContext, cue: Cue, min: number, max: number, sentenceStart: number): Attribution | null {
  const subject = cue.form === 'gerund' ? participleSubject(ctx, cue, sentenceStart) : subjectOfCue(ctx, cue, min, max);
  return subject ? { cue, subject } : null;
}
