// compromise's tags used as word classes. Its lexicon and rules know many names, places and companies, and
// its parts of speech tell a capitalised verb or adverb ("But", "This") from a name.

/** Tags that become features of the word itself. */
export const WORD_TAGS: ReadonlySet<string> = new Set([
  'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Address', 'Organization', 'SportsTeam', 'Company', 'School', 'Demonym', 'Acronym', 'Abbreviation',
  'Noun', 'Plural', 'Uncountable', 'Verb', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Participle',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Expression', 'Negative', 'Value', 'Cardinal', 'Ordinal',
  'Date', 'Month', 'WeekDay', 'Holiday', 'Duration', 'Money', 'Percent', 'Unit', 'Possessive', 'Actor', 'Hyphenated',
]);

/** One coarse class for a neighbour: the first of these it has. */
const COARSE: readonly string[] = ['Person', 'Place', 'Organization', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Verb', 'Adjective', 'Adverb', 'Value', 'Date', 'Noun'];

const RANK = new Map<string, number>(COARSE.map((c, i) => [c, i]));

export function coarseClass(tags: ReadonlySet<string>): string {
  // A word has a few tags: look each up, rather than each class in the word's tags.
  let best = COARSE.length;
  for (const t of tags) {
    const r = RANK.get(t);
    if (r !== undefined && r < best) best = r;
  }
  return best < COARSE.length ? COARSE[best] : '-';
}
