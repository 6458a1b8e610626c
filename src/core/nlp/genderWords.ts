// Words that say a person's gender in English news: titles ("chairwoman", "queen") and honorifics ("Mrs.").
// Shared by pronoun resolution (speakers.ts) and the sources report (core/report/gender.ts), so both read the
// same evidence the same way.

/** Titles that say who holds them: enough to keep "he" from resolving to a congresswoman. */
export const FEMALE_ROLE = /^(\w*woman|actress|queen|wife|mother|daughter|sister|grandmother|lady|princess|duchess|widow|girl)$/;
export const MALE_ROLE = /^(\w*(?<!wo)man|actor|king|husband|father|son|brother|grandfather|prince|duke|widower|boy)$/;

/** Honorifics as a tokenizer normalises them (lower case, no dot). */
const MALE_HONORIFIC = /^(mr|sir|lord)$/;
const FEMALE_HONORIFIC = /^(mrs|ms|miss|madam|lady|dame)$/;

export type GenderMark = 'm' | 'f';

/** The gender an honorific gives ("Mrs", "mr.", "Sir"), or null. */
export function honorificGender(word: string): GenderMark | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_HONORIFIC.test(w) ? 'm' : FEMALE_HONORIFIC.test(w) ? 'f' : null;
}

// Words ending in "man" that are no man: MALE_ROLE alone would read "German Chancellor" as a man's title.
const NOT_A_MAN = /^(human|german|roman|ottoman|oman|omani|shaman|caiman|talisman|layman|hetman)$/;

/** The gender one lower-case word of a title gives ("chairwoman" -> f, "congressman" -> m), or null. */
export function roleWordGender(word: string): GenderMark | null {
  if (NOT_A_MAN.test(word)) return null;
  return FEMALE_ROLE.test(word) ? 'f' : MALE_ROLE.test(word) ? 'm' : null;
}
