// Quotes over time by article date: by month, or by day when the dated articles span two months or less.
// Buckets run without gaps from the first date to the last so a quiet month shows as a zero.
import type { ArticleInfo } from '../corpus/types';
import { groupBy, kindCount, type QuoteItem, type QuoteRows } from './quoteItems';
import type { ReportFilter, TimeBucket, Timeline } from './types';

const DAY_SPAN = 62;
/** Beyond this many buckets (a misread year, say), only the buckets with articles are kept. */
const MAX_CONTINUOUS = 400;
const DAY_MS = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The keys from the first to the last date, inclusive. */
function keysBetween(first: string, last: string, unit: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (unit === 'day') {
    for (let t = utc(first); t <= utc(last) && out.length <= MAX_CONTINUOUS; t += DAY_MS) out.push(iso(t));
    return out;
  }
  let [y, m] = first.split('-').map(Number);
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end || out.length > MAX_CONTINUOUS) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

function boundsOf(key: string): { from: string; to: string } {
  if (key.length === 10) return { from: key, to: key };
  const [y, m] = key.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${key}-01`, to: `${key}-${String(lastDay).padStart(2, '0')}` };
}

export function timeline(articles: ArticleInfo[], items: QuoteItem[], filter: ReportFilter, rows: QuoteRows): Timeline {
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const unit = dates.length && (utc(dates[dates.length - 1]) - utc(dates[0])) / DAY_MS <= DAY_SPAN ? 'day' : 'month';
  const keyOf = (date: string) => (unit === 'day' ? date : date.slice(0, 7));
  const articleCount = groupBy(articles.map((article) => ({ article }) as QuoteItem), (it) => it.article.date && keyOf(it.article.date));
  const quotes = groupBy(items, (it) => it.article.date && keyOf(it.article.date));
  let keys = dates.length ? keysBetween(dates[0], dates[dates.length - 1], unit) : [];
  if (keys.length > MAX_CONTINUOUS) keys = [...new Set(dates.map(keyOf))];
  const buckets = keys.map((key): TimeBucket => {
    const inBucket = quotes.get(key) ?? [];
    const bounds = boundsOf(key);
    return { key, ...bounds, ...kindCount(inBucket), articles: articleCount.get(key)?.length ?? 0, quotes: rows.list({ ...filter, ...bounds }, inBucket) };
  });
  const undatedItems = quotes.get(null) ?? [];
  const undated = { ...kindCount(undatedItems), articles: articleCount.get(null)?.length ?? 0, quotes: rows.list({ ...filter, undated: true }, undatedItems) };
  return { unit, buckets, undated };
}
