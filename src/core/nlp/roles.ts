// Titles written with a person's name, kept as data: pre-nominal chains ("Russian President’s Special Envoy
// for Syria Alexander Lavrentiev") and appositives ("Amir Saeid Iravani, Deputy Secretary-General of ..., made";
// "Russian president, Vladimir Putin"). Each look is bounded by MAX_ROLE words, so the pass stays linear.
import { demonymCountry, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './gazetteer';
import { spaced } from '../text/spacing';
import type { Word } from './words';

const MAX_ROLE = 14;
const LINKS = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);
const OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'former']);

const isHead = (w: Word) => ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower);

/** A word that may be part of a title: capitalised words, role vocabulary, links like "of". */
function roleWord(w: Word, next: Word | undefined): boolean {
  if (w.noLetters) return false;
  if (w.cap) return true;
  if (ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower) || demonymCountry(w.text)) return true;
  // "all-rounder", "vice-chairman": a lower-case piece hyphenated to a role word.
  if (next && next.gap === '-' && !next.noLetters) return true;
  return LINKS.has(w.lower) && !!next && (next.cap || next.lower === 'the' || ROLE_HEADS.has(next.lower) || ROLE_MODIFIERS.has(next.lower));
}

/** Joined text of words[from..to] as written, spacing normalised. */
function textBetween(text: string, words: Word[], from: number, to: number): string {
  const last = words[to];
  return spaced(text.slice(words[from].start, last.poss ? last.end + (text.slice(last.end, last.end + 2).match(/^['’]s?/)?.[0].length ?? 0) : last.end));
}

function trimRole(words: Word[], from: number, to: number): [number, number] | null {
  while (from <= to && (LINKS.has(words[from].lower) || OPENERS.has(words[from].lower))) from++;
  while (to >= from && (LINKS.has(words[to].lower) || words[to].noLetters)) to--;
  if (from > to) return null;
  for (let k = from; k <= to; k++) if (isHead(words[k])) return [from, to];
  return null;
}

/** The title chain written directly before words[at] ("Russian President’s special envoy"), or null. */
export function roleBefore(text: string, words: Word[], at: number): string | null {
  let from = at;
  while (from > 0 && at - from < MAX_ROLE) {
    const w = words[from - 1];
    const next = words[from];
    if (!/^[ \t\u00a0]*$/.test(next.gap) && next.gap !== '-' && !(w.poss && /^['’]?s?[ \t\u00a0]+$/.test(next.gap))) break;
    if (!roleWord(w, next)) break;
    from--;
  }
  if (from === at) return null;
  // The role must end in its head right before the name ("Surrey captain Chris Lewis").
  const span = trimRole(words, from, at - 1);
  if (!span || !isHead(words[at - 1]) && !words[at - 1].cap) return null;
  if (!isHead(words[span[1]]) && !words.slice(span[0], span[1] + 1).some(isHead)) return null;
  return textBetween(text, words, span[0], span[1]);
}

/** An appositive title after the name at words[last] (", Deputy Secretary-General of ..., made"), or null. */
export function roleAfter(text: string, words: Word[], last: number): string | null {
  const first = words[last + 1];
  if (!first || !/^,[ \t\u00a0]*$/.test(text.slice(words[last].end, first.start).replace(/^['’]s?/, ''))) return null;
  let to = last + 1;
  while (to < words.length && to - last <= MAX_ROLE) {
    const w = words[to];
    if (to > last + 1 && !/^[ \t\u00a0-]*$/.test(w.gap) && !/^['’]s?[ \t\u00a0]+$/.test(w.gap)) break;
    if (!roleWord(w, words[to + 1]) && !(to === last + 1 && OPENERS.has(w.lower))) break;
    to++;
  }
  if (to === last + 1) return null;
  // Closed by a comma, a full stop or the end of the sentence; a role is not followed by a verb directly.
  const close = words[to];
  if (close && !/^[ \t\u00a0]*[,.;:)—–]/.test(close.gap)) return null;
  const span = trimRole(words, last + 1, to - 1);
  return span ? textBetween(text, words, span[0], span[1]) : null;
}

/** A title written before a comma and the name: "Russian president, Vladimir Putin has said". */
export function roleBeforeComma(text: string, words: Word[], at: number): string | null {
  if (at < 2 || !/^,[ \t\u00a0]+$/.test(words[at].gap)) return null;
  let from = at;
  while (from > 0 && at - from < MAX_ROLE) {
    const w = words[from - 1];
    if (from < at && !/^[ \t\u00a0-]*$/.test(words[from].gap) && !/^['’]s?[ \t\u00a0]+$/.test(words[from].gap)) break;
    if (!roleWord(w, words[from])) break;
    from--;
  }
  if (from === at || !isHead(words[at - 1])) return null;
  // Only at the start of a clause, so that lists ("Iran, Russia") and objects do not count.
  const before = words[from - 1];
  if (before && !OPENERS.has(before.lower) && !/[,;:(“"]\s*$/.test(words[from].gap)) return null;
  const span = trimRole(words, from, at - 1);
  return span ? textBetween(text, words, span[0], span[1]) : null;
}
