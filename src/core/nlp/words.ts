import type { Sentence, Token } from './analysis';

/** A token seen as a possible part of a name: its letters without a possessive, and its shape. */
export interface Word {
  /** Position in the sentence's word list. */
  i: number;
  start: number;
  /** End of the name part: before a possessive 's / ’s. */
  end: number;
  /** text.slice(start, end). */
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  /** Followed by a possessive (in the token or as the next token). */
  poss: boolean;
  /** Starts with an upper-case letter (or is an acronym such as "U.S."). */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("NATO", "U.S.", "LONDON"). */
  caps: boolean;
  /** Has no letters (numbers, scores, symbols). */
  noLetters: boolean;
  /** The characters between the previous word and this one ("" at the sentence start). */
  gap: string;
  /** First word of its sentence, or first after an opening quote, bracket, colon or dash. */
  initial: boolean;
}

const POSSESSIVE = /['’]s$/i;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// The rules and the tagger both read each sentence's words: they are made once per sentence (callers
// must not change the array or its words).
const wordsOf = new WeakMap<Sentence, Word[]>();

/** The words of a sentence, with possessives split off and compromise's separate "'s" tokens folded in. */
export function sentenceWords(text: string, sentence: Sentence): Word[] {
  let words = wordsOf.get(sentence);
  if (!words) {
    words = makeWords(text, sentence);
    wordsOf.set(sentence, words);
  }
  return words;
}

function makeWords(text: string, sentence: Sentence): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (const t of sentence.tokens) {
    // compromise keeps "'s" of "Leicestershire 's" as a token "s" after an apostrophe.
    if (isDetachedPossessive(text, t) && out.length) {
      out[out.length - 1].poss = true;
      prevEnd = t.end;
      continue;
    }
    let end = t.end;
    let poss = false;
    if (POSSESSIVE.test(t.text) && t.text.length > 2) {
      end -= 2;
      poss = true;
    } else if (/\p{L}['’]$/u.test(t.text)) {
      end -= 1;
      poss = true;
    }
    const word = text.slice(t.start, end);
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, t.start);
    const hasLetter = LETTER.test(word);
    out.push({
      i: out.length,
      start: t.start,
      end,
      text: word,
      lower: word.toLowerCase(),
      tags: t.tags,
      poss,
      cap: UPPER_START.test(word),
      caps: hasLetter && !LOWER.test(word) && word.replace(/[^\p{L}]/gu, '').length >= 2,
      noLetters: !hasLetter,
      gap,
      initial: prevEnd < 0 || /[“"‘([:—–]\s*$|(?:^|\s)[-–—]\s*$/.test(gap),
    });
    prevEnd = t.end;
  }
  return out;
}

function isDetachedPossessive(text: string, t: Token): boolean {
  return (t.text === 's' || t.text === 'S') && (text[t.start - 1] === "'" || text[t.start - 1] === '’')
    && /\s/.test(text[t.start - 2] ?? '');
}

/** True when most words of the sentence are written in capitals (headlines, wire tables). */
export function isShouting(words: Word[]): boolean {
  let caps = 0;
  let lettered = 0;
  for (const w of words) {
    if (w.noLetters) continue;
    lettered++;
    if (w.caps || (w.text.length === 1 && w.cap)) caps++;
  }
  return lettered >= 2 && caps / lettered >= 0.6;
}

export function hasTag(w: Word, tag: string): boolean {
  return w.tags.has(tag);
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'at', 'to', 'for', 'a', 'an', 'by', 'with', 'from', 'per', 'v', 'vs', 'or', 'de']);

/** Capitalised words only (a heading such as "World Markets Overnight Summary"), at least two of them. */
export function isTitleCase(words: readonly Word[]): boolean {
  let caps = 0;
  for (const w of words) {
    if (w.noLetters || SMALL_WORDS.has(w.lower)) continue;
    if (!w.cap) return false;
    caps++;
  }
  return caps >= 2;
}
