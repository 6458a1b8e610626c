// The gender of the quoted people of a report: distinct people and their quotes by gender, with each
// person's method and evidence (gender.ts).
import type { CorpusQueries } from '../corpus/types';
import { GENDER_METHOD_NOTE, personGender, type GivenNameLookup } from './gender';
import type { QuoteItem, QuoteRows } from './quoteItems';
import type { Gender, GenderFigures, GenderMethod, PersonGender, ReportFilter } from './types';

/** The per-person table is for reading, not for the counts: the most quoted this many are listed. */
export const PERSONS_LISTED = 200;

const GENDERS: Gender[] = ['female', 'male', 'unknown'];

export interface GenderOptions {
  text?: (path: string) => string | undefined;
  givenName?: GivenNameLookup;
}

/** Each quoted person of the items (entity type person), with their quotes, most quoted first. */
export function quotedPeople(corpus: CorpusQueries, items: QuoteItem[]): { id: string; name: string; items: QuoteItem[] }[] {
  const byId = new Map<string, QuoteItem[]>();
  for (const it of items) {
    if (!it.speaker) continue;
    const list = byId.get(it.speaker);
    if (list) list.push(it);
    else byId.set(it.speaker, [it]);
  }
  const out: { id: string; name: string; items: QuoteItem[] }[] = [];
  for (const [id, list] of byId) {
    const e = corpus.entity(id);
    if (e?.type === 'person') out.push({ id, name: e.name, items: list });
  }
  return out.sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}

export function genderFigures(corpus: CorpusQueries, items: QuoteItem[], filter: ReportFilter, rows: QuoteRows, options: GenderOptions): GenderFigures {
  const people: PersonGender[] = [];
  const quotesOf = new Map<Gender, QuoteItem[]>(GENDERS.map((g) => [g, []]));
  const byMethod: Record<GenderMethod, number> = { pronoun: 0, honorific: 0, title: 0, 'given name': 0, none: 0 };
  const order = new Map<QuoteItem, number>(items.map((it, i) => [it, i]));
  for (const p of quotedPeople(corpus, items)) {
    const guess = personGender(corpus, p.id, options);
    people.push({ id: p.id, name: p.name, quotes: p.items.length, ...guess });
    quotesOf.get(guess.gender)!.push(...p.items);
    byMethod[guess.method]++;
  }
  const rowsOut = GENDERS.map((gender) => {
    const list = quotesOf.get(gender)!.sort((a, b) => order.get(a)! - order.get(b)!);
    return { gender, people: people.filter((p) => p.gender === gender).length, quotes: list.length, list: rows.list({ ...filter, gender }, list) };
  });
  return { note: GENDER_METHOD_NOTE, rows: rowsOut, byMethod, people: people.slice(0, PERSONS_LISTED), peopleOmitted: Math.max(0, people.length - PERSONS_LISTED) };
}
