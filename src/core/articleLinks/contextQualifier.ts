// The place qualifier the text around an organisation's span supplies, for callers that see the text (the
// linker sees only the mentions). A tagger may mark "Supreme National Security Council" and the place "Iran"
// apart in "Supreme National Security Council of Iran" or "Iran's Supreme National Security Council"; the
// words between the two spans say the place qualifies the council. Only places the article names count, so
// the corpus, which sees the same place mentions, reads the qualified name the same way (qualifiers.ts).
// Meant for the caller of the linker: linkMentions(qualifyFromContext(text, raw, demonymCountry), acronyms).
import { canonicalKey } from '../text/nameKeys';
import type { RawMention } from './rawMention';

type Qualifier = NonNullable<RawMention['qualifier']>;

/** The country a demonym names ("Iranian" -> "Iran"): the caller's gazetteer. */
export type CountryOf = (word: string) => string | null | undefined;

// "<org> of <place>", "<org> of the <place>".
const OF_AFTER = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?/;
// "<place>'s <org>", "<place> <org>" ("U.S. Supreme Court" marked as a place and an organisation).
const BETWEEN_BEFORE = /^(['’]s)?[ \t\u00a0]+$/;
// "Iranian Supreme National Security Council" with the demonym outside the span (not "pro-Iranian").
const WORD_BEFORE = /(?:^|[^\p{L}\-'’])(\p{L}+)[ \t\u00a0]+$/u;

/** Sets `qualifier` on each organisation of `raw` whose place the surrounding text gives; returns `raw`. */
export function qualifyFromContext(text: string, raw: RawMention[], countryOf?: CountryOf): RawMention[] {
  const byStart = new Map<number, RawMention>();
  const byEnd = new Map<number, RawMention>();
  const placeKeys = new Map<string, string>();
  for (const m of raw) {
    if (m.type !== 'place') continue;
    byStart.set(m.start, m);
    byEnd.set(m.end, m);
    placeKeys.set(canonicalKey(m.known ?? m.text), m.known ?? m.text);
  }
  for (const m of raw) {
    if (m.type !== 'organization' || m.qualifier) continue;
    const q = placeAfter(text, m, byStart) ?? placeBefore(text, m, byEnd) ?? demonymBefore(text, m, placeKeys, countryOf);
    if (q) m.qualifier = q;
  }
  return raw;
}

function placeAfter(text: string, m: RawMention, byStart: Map<number, RawMention>): Qualifier | undefined {
  const of = OF_AFTER.exec(text.slice(m.end, m.end + 16));
  const p = of ? byStart.get(m.end + of[0].length) : undefined;
  return p && { place: p.text, how: 'of' };
}

function placeBefore(text: string, m: RawMention, byEnd: Map<number, RawMention>): Qualifier | undefined {
  // The place ends at most "'s " plus a few spaces before the organisation.
  for (let end = m.start - 1; end >= Math.max(0, m.start - 6); end--) {
    const p = byEnd.get(end);
    const between = p && BETWEEN_BEFORE.exec(text.slice(end, m.start));
    if (between) return { place: p.text, how: between[1] ? 'possessive' : 'prefix' };
  }
  return undefined;
}

function demonymBefore(text: string, m: RawMention, placeKeys: Map<string, string>, countryOf?: CountryOf): Qualifier | undefined {
  const word = countryOf && WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const country = word ? countryOf(word[1]) : undefined;
  const place = country ? placeKeys.get(canonicalKey(country)) : undefined;
  return place === undefined ? undefined : { place, how: 'prefix' };
}
