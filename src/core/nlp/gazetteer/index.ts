// One lookup over the shipped gazetteers (see the header of each file for its source).
import type { EntityType } from '../../model';
import { COUNTRIES, DEMONYMS } from './countries';
import { CITIES, REGIONS } from './places';
import { CITY_COUNTRIES_SOURCE } from './cityCountries';
import { ORG_ACRONYMS, ORGANIZATIONS } from './organizations';
import { HONORIFICS, ROLE_HEADS } from './roles';
import { gazetteerKey } from './words';

export { COUNTRIES, DEMONYMS } from './countries';
export { CITIES, REGIONS } from './places';
export { ORGANIZATIONS, ORG_HEAD, ORG_TAIL, NATIONAL_BODIES, SPORTS_HEADINGS } from './organizations';
export { ROLE_HEADS, ROLE_MODIFIERS, HONORIFICS } from './roles';
export { GIVEN_NAMES } from './givenNames';
export { BODY_AFTER, BODY_NOUNS, DIRECTIONS, EVENT_TAILS, INDIVIDUAL_SPORTS, PEOPLES, PERSON_NOUNS, PLACE_TAILS, CLUB_WORDS } from './context';

export interface Known {
  type: EntityType;
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  /** For places: 'country' | 'city' | 'region'. */
  kind?: 'country' | 'city' | 'region';
}

/** The gazetteer entry for a name (any case, normalised spacing), or null. */
export function lookupKnown(name: string): Known | null {
  if (!/\p{Lu}/u.test(name)) return null;
  const key = gazetteerKey(name);
  const country = COUNTRIES.get(key);
  if (country) return { type: 'place', name: country, kind: 'country' };
  const org = ORGANIZATIONS.get(key);
  // Acronyms must be written in capitals to count ("WHO" the organisation, "Who" the pronoun).
  if (org && (!ORG_ACRONYMS.has(key) || !/\p{Ll}/u.test(name))) return { type: 'organization', name: org };
  const city = CITIES.get(key);
  if (city) return { type: 'place', name: city, kind: 'city' };
  const region = REGIONS.get(key);
  if (region) return { type: 'place', name: region, kind: 'region' };
  return null;
}

/** The country a demonym names ("Iranian" -> "Iran"), or null. */
export function demonymCountry(word: string): string | null {
  return DEMONYMS.get(gazetteerKey(word)) ?? null;
}

/** A title or honorific ("president", "mr", "Sen." as its lower-case word): a role, not a name. */
export function isTitleWord(lower: string): boolean {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return HONORIFICS.has(bare) || ROLE_HEADS.has(bare);
}

let multiwordStarts: Set<string> | null = null;

/** Whether some gazetteer name of two or more words starts with this word ("New" of "New York"). */
export function startsMultiwordName(word: string): boolean {
  if (!multiwordStarts) {
    multiwordStarts = new Set();
    for (const map of [COUNTRIES, ORGANIZATIONS, CITIES, REGIONS]) {
      for (const key of map.keys()) {
        const space = key.indexOf(' ');
        if (space > 0) multiwordStarts.add(key.slice(0, space));
      }
    }
  }
  return multiwordStarts.has(gazetteerKey(word));
}

let cityCountryMap: Map<string, string> | null = null;

/** The country of a city a dateline names ("TEHRAN" -> "Iran", see cityCountries.ts), or null. */
export function cityCountry(name: string): string | null {
  if (!cityCountryMap) {
    cityCountryMap = new Map();
    for (const line of CITY_COUNTRIES_SOURCE.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) for (const city of line.slice(colon + 1).split('|')) cityCountryMap.set(gazetteerKey(city), line.slice(0, colon));
    }
  }
  return cityCountryMap.get(gazetteerKey(name)) ?? null;
}
