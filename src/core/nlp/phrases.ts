// Noun phrases and subjects around a cue verb: how far a phrase runs, and which phrase is the verb's subject,
// read from compromise's tags with the corrections news needs (names the tagger misreads, appositions, shares
// of a group, postmodifiers).

import type { Token } from './analysis';
import { endsSentence, gapAfter, has, type QuoteContext } from './quoteContext';

/** A run of tokens [first, last] (inclusive). */
export interface Phrase {
  first: number;
  last: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const LINKS = new Set(['of', 'for', 'at', 'and', '&']);
const NOT_NOUNS = new Set(['that', 'this', 'which', 'what', 'there', 'here', 'than', 'as', 'not', 'also', 'all', 'both',
  'then', 'when', 'while', 'if', 'because', 'but', 'so', 'yet', 'just', 'still', 'even', 'only', 'now', 'however']);
const SKIPPABLE_BEFORE_CUE = new Set(['also', 'further', 'later', 'then', 'previously', 'again', 'once', 'repeatedly',
  'reportedly', 'recently', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', 'is',
  'was', 'were', 'are', 'been', 'not', 'never', 'often', 'once', 'frequently', 'publicly', 'privately', 'flatly',
  'simply', 'quickly', 'immediately', 'subsequently', 'first', 'last', 'earlier', 'likewise', 'similarly', 'finally',
  'too', 'even', 'already', 'herself', 'himself', 'themselves', 'itself', 'only', 'just', 'has', 'quietly', 'bluntly']);
const TEMPORAL = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|day|weekend|time)s?$/;

function tokenText(ctx: QuoteContext, i: number): string {
  const t = ctx.tokens[i];
  return ctx.text.slice(t.start, t.end);
}

/** Whether the gap between tokens i and i+1 can sit inside a noun phrase. */
export function joins(ctx: QuoteContext, i: number): boolean {
  if (ctx.block[i] !== ctx.block[i + 1]) return false;
  const gap = gapAfter(ctx, i);
  if (/^[\s\u00a0\-’'&]*$/.test(gap)) return true;
  return /^\.\s*$/.test(gap) && (has(ctx.tokens[i], 'Abbreviation') || has(ctx.tokens[i], 'Honorific') || /^[A-Z]$/.test(tokenText(ctx, i)) || /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Prof|Rev)$/.test(tokenText(ctx, i)));
}

export function isCapitalized(ctx: QuoteContext, i: number): boolean {
  return /^\p{Lu}/u.test(tokenText(ctx, i));
}

/** The personal pronoun a token is, contractions aside ("He’s" -> "he"), or null. */
export function pronounOf(t: Token): string | null {
  const base = t.normal.replace(/['’](s|re|ll|d|ve|m)$/, '');
  return PRONOUNS.has(base) ? base : null;
}

export function isPronoun(t: Token): boolean {
  return pronounOf(t) !== null;
}

// Words whose ’s is a contracted verb, not a possessive.
const CONTRACTED_IS = /^(there|that|what|here|where|let|who|how|it|he|she)['’]s$/;

/** "O’Malley’s campaign": a noun follows a possessive, whatever the tagger guessed for it. */
function afterPossessive(ctx: QuoteContext, i: number): boolean {
  if (i === 0 || !joins(ctx, i - 1)) return false;
  const p = ctx.tokens[i - 1];
  return /\p{L}['’]s$/u.test(p.text) && !CONTRACTED_IS.test(p.normal) && !has(p, 'Pronoun');
}

function nounish(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (NOT_NOUNS.has(t.normal) || isPronoun(t)) return false;
  if (has(t, 'Pronoun') && !POSSESSIVE_DETERMINERS.has(t.normal)) return false;
  if (has(t, 'Preposition') || has(t, 'Conjunction') || has(t, 'QuestionWord')) return false;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return (isCapitalized(ctx, i) || afterPossessive(ctx, i)) && !has(t, 'Auxiliary');
  if (has(t, 'Adverb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  return has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Value')
    || has(t, 'Acronym') || has(t, 'Honorific') || POSSESSIVE_DETERMINERS.has(t.normal) || isCapitalized(ctx, i);
}

/**
 * "The Clinton campaign said": a present-tense verb form right after a name, a determiner or an adjective, and
 * itself followed by a verb, is the head noun the tagger misread.
 */
function misreadNoun(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (i === 0 || isCapitalized(ctx, i) || !joins(ctx, i - 1) || !(has(t, 'PresentTense') || has(t, 'Infinitive'))) return false;
  if (['Auxiliary', 'Copula', 'Modal', 'Gerund', 'PastTense', 'Adverb'].some((tag) => has(t, tag))) return false;
  const p = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return (has(p, 'ProperNoun') || has(p, 'Determiner') || has(p, 'Adjective') || has(p, 'Possessive')) && !has(p, 'Verb') && next !== undefined && has(next, 'Verb');
}

/** The noun phrase ending at token end (not reaching before min), or null. */
export function phraseEndingAt(ctx: QuoteContext, end: number, min: number): Phrase | null {
  if (end < min || end < 0) return null;
  const t = ctx.tokens[end];
  if (isPronoun(t)) return { first: end, last: end };
  if (!(nounish(ctx, end) || misreadNoun(ctx, end)) || POSSESSIVE_DETERMINERS.has(t.normal) || has(t, 'Determiner')) return null;
  let first = end;
  while (first - 1 >= min && end - first < 14 && joins(ctx, first - 1)) {
    const p = ctx.tokens[first - 1];
    if (POSSESSIVE_DETERMINERS.has(p.normal)) { first--; break; }
    if (nounish(ctx, first - 1)) {
      first--;
      // "Secretary-General of the Council": a determiner ends the phrase unless an "of" title chain goes on.
      if (has(p, 'Determiner') && !(first - 2 >= min && /^(of|for)$/.test(ctx.tokens[first - 1].normal) && joins(ctx, first - 2) && isCapitalized(ctx, first - 2))) break;
      continue;
    }
    if (LINKS.has(p.normal) && first - 2 >= min && joins(ctx, first - 2) && nounish(ctx, first - 2)
      && (p.normal !== 'and' || (isCapitalized(ctx, first - 2) && isCapitalized(ctx, first)))) { first--; continue; }
    break;
  }
  while (first < end && LINKS.has(ctx.tokens[first].normal)) first++;
  return { first, last: end };
}

/** The noun phrase starting at token start (not reaching past max), or null. */
export function phraseStartingAt(ctx: QuoteContext, start: number, max: number): Phrase | null {
  if (start > max || start >= ctx.tokens.length) return null;
  const t = ctx.tokens[start];
  if (isPronoun(t)) return { first: start, last: start };
  if (!nounish(ctx, start)) return null;
  let last = start;
  while (last + 1 <= max && last - start < 14 && joins(ctx, last)) {
    const n = ctx.tokens[last + 1];
    if (nounish(ctx, last + 1) && !has(n, 'Determiner') && !POSSESSIVE_DETERMINERS.has(n.normal)) { last++; continue; }
    if (LINKS.has(n.normal) && n.normal !== 'and' && last + 2 <= max && joins(ctx, last + 1) && nounish(ctx, last + 2)) { last++; continue; }
    break;
  }
  while (last > start && (LINKS.has(ctx.tokens[last].normal) || has(ctx.tokens[last], 'Determiner'))) last--;
  return { first: start, last };
}

function isTemporal(ctx: QuoteContext, p: Phrase): boolean {
  for (let i = p.first; i <= p.last; i++) {
    const t = ctx.tokens[i];
    // A capitalised "adjective" is more often a name the tagger misread ("Djokovic") than a time word.
    const adjective = has(t, 'Adjective') && (!isCapitalized(ctx, i) || /^(last|next|early|late|earlier|later|recent)$/.test(t.normal));
    // "The Times", "The Statement": a capitalised time word is a name unless it is a date ("Monday").
    const temporal = TEMPORAL.test(t.normal) && (!isCapitalized(ctx, i) || has(t, 'Date') || i === p.first);
    if (!(has(t, 'Date') || has(t, 'Value') || has(t, 'Determiner') || temporal || adjective)) return false;
  }
  return true;
}

/**
 * The subject of a cue verb whose first token is cue: the noun phrase on its left, skipping adverbs and auxiliaries
 * ("also", "has"), a parenthetical between commas ("X, a spokesman for Y, said", "X, for his part, said") and
 * prepositional phrases ("X on Monday said"). min bounds the search (sentence start or the end of a quote).
 */
export function subjectBefore(ctx: QuoteContext, cue: number, min: number): Phrase | null {
  let j = cue - 1;
  while (j >= min && (SKIPPABLE_BEFORE_CUE.has(ctx.tokens[j].normal) || (has(ctx.tokens[j], 'Adverb') && !has(ctx.tokens[j], 'Noun'))) && !/,/.test(gapAfter(ctx, j))) j--;
  if (j < min) return null;
  if (ctx.block[j] !== ctx.block[cue]) return null;
  if (/[,(—–]/.test(gapAfter(ctx, j)) || /\)/.test(gapAfter(ctx, j))) {
    // A parenthetical right before the verb: find its opening comma and take the phrase before it.
    for (let k = j - 1; k >= min && j - k < 30; k--) {
      if (/[“”"]/.test(gapAfter(ctx, k))) return null;
      if (/[,(—–]/.test(gapAfter(ctx, k))) {
        // "Paul Porter, a truck driver from Ava, Mo., who ..., said": a full stop after an abbreviation goes on.
        if (/[;:!?]/.test(gapAfter(ctx, k)) || endsSentence(ctx, k)) return null;
        const head = phraseEndingAt(ctx, k, min);
        // "X, now retired in Cambridge, Mass., said": a phrase after a preposition is inside the parenthetical.
        if (head && head.first - 1 >= min && has(ctx.tokens[head.first - 1], 'Preposition') && !/,/.test(gapAfter(ctx, head.first - 1))) {
          const named = namedTail(ctx, head);
          if (named) return named;
          continue;
        }
        // "from Ava, Mo., who ...", "Cummings (D-Md.), chair of ...": a state after a comma or a party in
        // brackets is inside the parenthetical.
        if (head && head.first === head.last && head.first > min && /[,(]/.test(gapAfter(ctx, head.first - 1))
          && (has(ctx.tokens[head.first], 'Place') || /^\.?[,)]/.test(gapAfter(ctx, head.first)))) continue;
        // "Marley Anderson, 21, a junior from Las Vegas, said": an age is one more comma to look past.
        if (head && head.first === head.last && has(ctx.tokens[head.first], 'Value') && head.first > min) continue;
        if (head && !isTemporal(ctx, head)) return head;
        return null;
      }
    }
    return null;
  }
  for (let hop = 0; hop < 3; hop++) {
    const p = phraseEndingAt(ctx, j, min);
    if (!p) return null;
    const before = ctx.tokens[p.first - 1];
    const prepositional = p.first - 1 >= min && before && has(before, 'Preposition') && !LINKS.has(before.normal) && before.normal !== 'as' && joins(ctx, p.first - 1);
    // "at the convention Sen. Elizabeth Warren said": the place ends where the named speaker begins.
    const named = prepositional ? namedTail(ctx, p) ?? groupAroundPreposition(ctx, p, min) : null;
    if (named) return named;
    if (prepositional || (isTemporal(ctx, p) && !isPronoun(ctx.tokens[p.last]))) {
      j = prepositional ? p.first - 2 : p.first - 1;
      if (j < min) return null;
      continue;
    }
    return p;
  }
  return null;
}

// Words the tagger may not call adjectives that modify a noun with a preposition ("sources close to").
const CLOSE = /^(close|closer|familiar|near|loyal|opposed|sympathetic|critical|allied|aligned|friendly)$/;

// Words that take a share of a group: "most of the voters", "six in 10 Americans".
const QUANTITY = /^(most|many|some|few|half|all|none|majority|minority|plurality|third|thirds|quarter|quarters|percent|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * For a phrase after a preposition, the group it belongs to when the words before make one subject with it:
 * a share ("Six in 10 voters said"), or a noun with a modifier that takes the preposition ("sources close to her
 * campaign say", "people briefed on the move said", "a memo seen by Reuters said").
 */
function groupAroundPreposition(ctx: QuoteContext, p: Phrase, min: number): Phrase | null {
  const prep = p.first - 1;
  const b = prep - 1;
  if (b < min || !joins(ctx, b)) return null;
  const t = ctx.tokens[b];
  if (/^(in|of|out)$/.test(ctx.tokens[prep].normal) && (has(t, 'Value') || QUANTITY.test(t.normal))) {
    let first = b;
    while (first - 1 >= min && joins(ctx, first - 1) && (has(ctx.tokens[first - 1], 'Value') || /^(more|less|fewer|than|about|nearly|almost|over|under|roughly|just)$/.test(ctx.tokens[first - 1].normal))) first--;
    return { first, last: p.last };
  }
  const modifier = !isCapitalized(ctx, b) && (has(t, 'Adjective') || CLOSE.test(t.normal) || (has(t, 'PastTense') && !has(t, 'Auxiliary') && !has(t, 'Copula')));
  if (!modifier || b - 1 < min || !joins(ctx, b - 1) || !nounish(ctx, b - 1)) return null;
  const head = phraseEndingAt(ctx, b - 1, min);
  return head && !isTemporal(ctx, head) ? { first: head.first, last: p.last } : null;
}

/** In a phrase that runs a common noun into a name ("convention Sen. Elizabeth Warren"), the name part. */
function namedTail(ctx: QuoteContext, p: Phrase): Phrase | null {
  for (let k = p.first + 1; k <= p.last; k++) {
    if (isCapitalized(ctx, k - 1) || !has(ctx.tokens[k - 1], 'Noun') || !isCapitalized(ctx, k)) continue;
    for (let m = k; m <= p.last; m++) if (has(ctx.tokens[m], 'Person') || has(ctx.tokens[m], 'Honorific')) return { first: k, last: p.last };
    return null;
  }
  return null;
}

/** The noun phrase right after a cue ("said Trump", "according to officials"), skipping nothing. */
export function subjectAfter(ctx: QuoteContext, cueLast: number, max: number): Phrase | null {
  const start = cueLast + 1;
  if (start > max || !joins(ctx, cueLast)) return null;
  const p = phraseStartingAt(ctx, start, max);
  if (!p || isTemporal(ctx, p)) return null;
  return p;
}
