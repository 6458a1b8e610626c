// The country an article is about, for a title written without one: "the prime minister" in a story datelined
// "LONDON (Reuters) -" is the prime minister of Britain, in one datelined "TEHRAN, Jul. 19 (MNA) –" Iran's. The
// dateline decides first; without one, the country the article names most, when it is named at least twice
// and more than all others together ("Britain ... British ... Britain ... France").
import { cityCountry, lookupKnown } from '../nlp/gazetteer';
import type { ArticleAnnotations } from '../model';

export interface ArticleCountry {
  country: string;
  /** Why: "its dateline, TEHRAN" or "the country it names most (4 of 5 times)". */
  why: string;
}

/** The country of a dateline place: a country itself, or a city the gazetteer places. */
function datelineCountry(place: string): string | null {
  const known = lookupKnown(place);
  if (known?.kind === 'country') return known.name;
  return cityCountry(place);
}

/** The country of the article, or null when neither its dateline nor its text says. */
export function articleCountry(a: ArticleAnnotations): ArticleCountry | null {
  const place = a.dateline?.place;
  const fromDateline = place ? datelineCountry(place) : null;
  if (fromDateline) return { country: fromDateline, why: `its dateline, ${place}` };
  const counts = new Map<string, number>();
  let all = 0;
  for (const m of a.entities) {
    if (m.type !== 'place') continue;
    const known = lookupKnown(m.name);
    if (known?.kind !== 'country') continue;
    const country = known.name;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    all++;
  }
  const [top, n] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [];
  if (!top || n! < 2 || n! * 2 <= all) return null;
  return { country: top, why: `the country it names most (${n} of ${all} times)` };
}
