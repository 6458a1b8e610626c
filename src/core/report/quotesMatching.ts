// The quotes a bar of the dashboard stands for, answered by the host (the editor's webview panel) when the page
// posts { type: 'openQuotes', filter }: the same selection the report counted, without the report's bound.
import type { CorpusQueries } from '../corpus/types';
import { articleMatches } from './reportScope';
import { personGender, type GivenNameLookup } from './gender';
import { quoteItems, QuoteRows, type QuoteItem } from './quoteItems';
import type { Gender, QuoteFilter, QuoteRow } from './types';

export interface MatchOptions {
  text?: (path: string) => string | undefined;
  givenName?: GivenNameLookup;
  /** Rows returned at most (default 500); `total` counts them all. */
  limit?: number;
}

export function quotesMatching(corpus: CorpusQueries, filter: QuoteFilter, options: MatchOptions = {}): { total: number; rows: QuoteRow[] } {
  const articles = corpus.articles().filter((a) => articleMatches(a, filter));
  const genders = new Map<string, Gender>();
  const genderOf = (id: string): Gender => {
    let g = genders.get(id);
    if (!g) genders.set(id, (g = personGender(corpus, id, options).gender));
    return g;
  };
  const keep = (it: QuoteItem): boolean => {
    if (filter.speaker !== undefined && it.speaker !== corpus.entity(filter.speaker)?.id) return false;
    if (filter.group !== undefined && it.group !== filter.group) return false;
    if (filter.gender === undefined) return true;
    return it.speaker !== null && corpus.entity(it.speaker)?.type === 'person' && genderOf(it.speaker) === filter.gender;
  };
  const items = quoteItems(corpus, articles).filter(keep);
  const rows = new QuoteRows(options.limit ?? 500, options.text);
  const list = rows.list(filter, items);
  return { total: list.total, rows: list.rows.map((i) => rows.rows[i]) };
}
