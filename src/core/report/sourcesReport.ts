// The sources report: who is quoted, how sources are named, the gender of quoted people, quotes over time
// and by outlet, over the whole corpus or a filter. One function computes it for the CLI (--json, --html)
// and the editor's dashboard alike, from the index's answers (a person's count is quotesBy(id) within the
// filter), never by re-running NLP.
import type { ArticleInfo, CorpusQueries } from '../corpus/types';
import { articleMatches } from './reportScope';
import { genderFigures, type GenderOptions } from './genderFigures';
import { groupBy, kindCount, quoteItems, QuoteRows, type QuoteItem } from './quoteItems';
import { timeline } from './timeline';
import type { OutletRow, ReportFilter, SourceGroup, SourceGroupRow, SourcesReport, TopSpeaker } from './types';

export interface ReportOptions extends GenderOptions {
  /** Speakers listed per type (default 15). */
  top?: number;
  /** Quotes carried for each bar's list (default 25). */
  listLimit?: number;
  /** Outlets listed (default 25); the rest are counted in outletsOmitted. */
  outlets?: number;
}

const SOURCE_LABELS: Record<SourceGroup, string> = {
  named: 'Named', unnamed: 'Unnamed sources', unresolved: 'Unresolved speaker', none: 'No speaker',
};

export function sourcesReport(corpus: CorpusQueries, filter: ReportFilter = {}, options: ReportOptions = {}): SourcesReport {
  const articles = corpus.articles().filter((a) => articleMatches(a, filter));
  const items = quoteItems(corpus, articles);
  const rows = new QuoteRows(options.listLimit ?? 25, options.text);
  const [people, organizations] = topSpeakers(corpus, items, filter, rows, options.top ?? 15);
  const outlets = outletRows(articles, items, filter, rows);
  const outletLimit = options.outlets ?? 25;
  return {
    filter: { ...filter },
    totals: { articles: articles.length, quotes: kindCount(items) },
    topPeople: people,
    topOrganizations: organizations,
    sources: sourceGroups(items, filter, rows),
    gender: genderFigures(corpus, items, filter, rows, options),
    timeline: timeline(articles, items, filter, rows),
    outlets: outlets.slice(0, outletLimit),
    outletsOmitted: Math.max(0, outlets.length - outletLimit),
    quotes: rows.rows,
  };
}

/** The most quoted people and organisations: all quotes first, then articles, then name. */
function topSpeakers(corpus: CorpusQueries, items: QuoteItem[], filter: ReportFilter, rows: QuoteRows, top: number): [TopSpeaker[], TopSpeaker[]] {
  const out: { person: TopSpeaker[]; organization: TopSpeaker[] } = { person: [], organization: [] };
  const candidates: { id: string; name: string; type: 'person' | 'organization'; items: QuoteItem[] }[] = [];
  for (const [id, list] of groupBy(items.filter((it) => it.speaker), (it) => it.speaker!)) {
    const e = corpus.entity(id!);
    if (e && (e.type === 'person' || e.type === 'organization')) candidates.push({ id: e.id, name: e.name, type: e.type, items: list });
  }
  const articlesOf = (list: QuoteItem[]) => new Set(list.map((it) => it.article.path)).size;
  candidates.sort((a, b) => b.items.length - a.items.length || articlesOf(b.items) - articlesOf(a.items) || a.name.localeCompare(b.name));
  for (const c of candidates) {
    if (out[c.type].length >= top) continue;
    out[c.type].push({ id: c.id, name: c.name, type: c.type, ...kindCount(c.items), articles: articlesOf(c.items), quotes: rows.list({ ...filter, speaker: c.id }, c.items) });
  }
  return [out.person, out.organization];
}

function sourceGroups(items: QuoteItem[], filter: ReportFilter, rows: QuoteRows): SourceGroupRow[] {
  const groups = groupBy(items, (it) => it.group);
  return (Object.keys(SOURCE_LABELS) as SourceGroup[]).map((group) => {
    const list = groups.get(group) ?? [];
    return { group, label: SOURCE_LABELS[group], ...kindCount(list), quotes: rows.list({ ...filter, group }, list) };
  });
}

/** Per outlet or agency (as stated, case folded; "unknown" when none): articles, quotes, distinct named speakers. */
function outletRows(articles: ArticleInfo[], items: QuoteItem[], filter: ReportFilter, rows: QuoteRows): OutletRow[] {
  const keyOf = (a: ArticleInfo) => a.agency?.toLowerCase() ?? null;
  const quotes = groupBy(items, (it) => keyOf(it.article));
  const byOutlet = groupBy(articles.map((article) => ({ article }) as QuoteItem), (it) => keyOf(it.article));
  const out: OutletRow[] = [];
  for (const [key, inOutlet] of byOutlet) {
    const agency = inOutlet[0].article.agency;
    const list = quotes.get(key) ?? [];
    const named = new Set(list.filter((it) => it.group === 'named').map((it) => it.speaker ?? `name:${it.quote.speaker!.name}`));
    out.push({ agency, label: agency ?? 'unknown', articles: inOutlet.length, ...kindCount(list), namedSpeakers: named.size, quotes: rows.list({ ...filter, agency }, list) });
  }
  return out.sort((a, b) => b.direct + b.indirect - (a.direct + a.indirect) || b.articles - a.articles || a.label.localeCompare(b.label));
}
