// Organisation names with a place qualifier: "Supreme National Security Council of Iran" and "Iran's Supreme
// National Security Council" are the council "Supreme National Security Council" qualified by the place
// "Iran". Which words are places comes from the article's own place mentions (link does not import the
// NLP gazetteer): "of Iran" qualifies only in an article that names Iran as a place. The same split serves
// within-document linking (qualifiedLinks.ts) and the corpus (corpus/documentEntry.ts), so both agree.
import { canonicalKey, contentWords } from '../text/nameKeys';
import { spaced } from '../text/spacing';

/**
 * How the text qualifies the name: "written" "Supreme National Security Council of Iran" in one span; "of",
 * the same with council and place marked apart; "possessive" "Iran's Supreme National Security Council";
 * "prefix" "Iranian Supreme National Security Council" with the demonym (or place) outside the span.
 */
export type QualifierHow = 'written' | 'of' | 'possessive' | 'prefix';

/** An organisation name split into its base name and the place qualifying it. */
export interface Qualified {
  /** The name without its qualifier, as written: "Supreme National Security Council". */
  base: string;
  baseKey: string;
  /** The place as written ("America"), or its canonical name when written in capitals ("U.S." -> "United States"). */
  place: string;
  /** Key of the place's canonical name, as the article's place mention gives it: "united states" for "America". */
  placeKey: string;
  how: QualifierHow;
}

/** Place names of an article by key. */
export type PlaceNames = Map<string, string>;

// A base of one content word is not an organisation's name on its own: "Bank of England" and "Bank of
// Japan" are full names, and a bare "Bank" is no short form of either.
const MIN_BASE_WORDS = 2;
const OF = /\s+of\s+(?:the\s+)?/giu;
const POSSESSIVE = /^(.+?)['’]s\s+(.+)$/u;

/** Notes a place mention: both its text ("U.S.") and its canonical name ("United States") find the name. */
export function addPlace(places: PlaceNames, text: string, name: string): void {
  places.set(canonicalKey(text), name);
  places.set(canonicalKey(name), name);
}

/**
 * Splits "Ministry of Defence of Iran" (the first "of" followed by a place: base "Ministry of Defence") or
 * "Iran's Supreme National Security Council"; null when no place of the article qualifies the name.
 */
export function splitQualifier(name: string, places: PlaceNames): Qualified | null {
  const possessive = POSSESSIVE.exec(name);
  const before = possessive ? qualify(possessive[2], possessive[1], places, 'possessive') : null;
  if (before) return before;
  for (const m of name.matchAll(OF)) {
    const after = qualify(name.slice(0, m.index), name.slice(m.index + m[0].length), places, 'written');
    if (after) return after;
  }
  return null;
}

/** The qualified name of `base` when `place` is one of the article's places and the base can stand alone. */
export function qualify(base: string, place: string, places: PlaceNames, how: QualifierHow): Qualified | null {
  const name = places.get(canonicalKey(place));
  if (name === undefined || contentWords(base).length < MIN_BASE_WORDS) return null;
  return { base, baseKey: canonicalKey(base), place: /\p{Ll}/u.test(place) ? spaced(place) : name, placeKey: canonicalKey(name), how };
}

/** The name a qualified organisation goes by when the article never writes "<base> of <place>". */
export function qualifiedName(q: Qualified): string {
  return `${q.base} of ${q.place}`;
}
