// What is written with a name the tagger found: the title of a person, the acronym of an organisation.
import { canonicalKey } from '../text/nameKeys';
import type { Span } from '../model';
import { roleAfter, roleBefore, roleBeforeComma } from './roles';
import { spaced } from '../text/spacing';
import type { Word } from './words';

/** The title written with the name words[first..last]: before it, before a comma, or in apposition after it. */
export function roleAround(text: string, words: Word[], first: number, last: number): string | null {
  return roleBefore(text, words, first) ?? roleBeforeComma(text, words, first) ?? roleAfter(text, words, last);
}

/** "Mehr News Agency (MNA)": the acronym in brackets after an organisation's name of two or more words. */
export function noteAcronym(text: string, f: Span & { words: unknown[] }, acronyms: Map<string, string>): void {
  const m = /^[ \t\u00a0]*\((\p{Lu}[\p{Lu}.&]{1,9})\)/u.exec(text.slice(f.end, f.end + 16));
  if (m && f.words.length > 1) acronyms.set(canonicalKey(m[1]), spaced(text.slice(f.start, f.end)));
}

