// The shape of a run of names, as bylines and photo credits write them ("Jane Doe", "JANE DOE", "O'Brien"),
// told apart from a title-case headline by its function words ("By Land And Sea" is no byline).

/** A capitalised word of a name: "Jane", "O'Brien", "McCool", "B.", "AL-HASSAN". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Capitalised function words: they make a headline or a sentence, never a name. */
const FUNCTION_WORDS = new Set([
  'A', 'An', 'And', 'Are', 'As', 'At', 'But', 'By', 'Can', 'For', 'From', 'How', 'If', 'In', 'Into', 'Is', 'It',
  'Its', 'No', 'Not', 'Of', 'On', 'Or', 'Over', 'Says', 'The', 'To', 'Was', 'What', 'When', 'Who', 'Why', 'Will',
  'With',
]);

/** Lower-case particles inside names: "Ludwig van Beethoven", "Nasser al-Kidwa". */
const PARTICLE = /^(?:al|bin|da|das|de|del|der|di|dos|du|el|ibn|la|le|van|von)$/;

/** A capitalised word that can stand in a name (not "And", not a number). */
export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !FUNCTION_WORDS.has(word);
}

/** "Jane Doe", "JANE B. DOE", "Ludwig van Beethoven": two to four name words, particles inside. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!isNameWord(words[0]) || !isNameWord(words[words.length - 1])) return false;
  return words.every((w) => isNameWord(w) || PARTICLE.test(w));
}

/** "Jane Doe", "Jane Doe and John Roe", "JANE DOE, JOHN ROE AND MAX MOE": one to four people. */
export function isPeopleList(text: string): boolean {
  const people = text.split(/\s*,\s*(?:and\s+|AND\s+)?|\s+(?:and|AND|&)\s+/);
  return people.length <= 4 && people.every(isPersonName);
}

/** Words an outlet or a role may hold besides capitalised ones: "Special to the Post", "staff writer". */
const AFFILIATION_WORD = /^(?:of|the|for|and|to|at|in|on|staff|writers?|reporters?|correspondents?|editors?|contributors?|columnist|special|&)$/;

/** "Reuters", "The Canadian Press", "Staff Writer", "Special to The Post": one to six words. */
export function isAffiliation(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!words[0] || words.length > 6) return false;
  return words.some((w) => NAME_WORD.test(w)) && words.every((w) => NAME_WORD.test(w) || AFFILIATION_WORD.test(w));
}
