// Comparison keys for cross-document linking: a person's surname and the normalised form of a role or
// description, so that "the Russian president" meets the role "Russian President".
import { canonicalKey } from './nameKeys';

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const DETERMINERS = /^(?:the|a|an)\s+/;

/** The words of a person's name, lower case, possessive dropped. */
export function nameWords(name: string): string[] {
  return canonicalKey(name).replace(/['’]s$/, '').split(' ').filter(Boolean);
}

/** The surname key of a full name ("Vladimir Putin" -> "putin"), skipping "Jr." and the like. */
export function surnameOf(words: string[]): string {
  let k = words.length - 1;
  while (k > 0 && NAME_SUFFIXES.has(words[k])) k--;
  return words[k];
}

/** Key of a role or a description: lower case, curly apostrophes straightened, leading article dropped. */
export function roleKey(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(DETERMINERS, '').replace(/[.,;:]+$/, '');
}

/** A slug of an entity id's type: "person:vladimir-putin" -> "person". */
export function idType(id: string): string {
  const colon = id.indexOf(':');
  return colon === -1 ? '' : id.slice(0, colon);
}
