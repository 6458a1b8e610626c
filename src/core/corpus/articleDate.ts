// The date an article states, as YYYY-MM-DD: from its dateline, else from a timestamp line near the top
// ("Nov 05, 2018 14:31 Asia/Tehran"). Dates without a year ("Jul. 19") give null: a guessed year would
// put the article in the wrong place in a newest-first list.
import type { Dateline } from '../model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH}[ \\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\u00a0]+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})[ \\u00a0]+${MONTH},?[ \\u00a0]+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** How far into the text a timestamp line may stand (headline, byline, timestamp). */
const HEAD = 600;

/** The ISO date (YYYY-MM-DD) in a piece of text such as "Nov 05, 2018", "5 November 2018" or "2018-11-05", or null. */
export function parseDate(s: string): string | null {
  const iso = ISO.exec(s);
  if (iso) return valid(+iso[1], +iso[2], +iso[3]);
  const mf = MONTH_FIRST.exec(s);
  if (mf) return valid(+mf[3], month(mf[1]), +mf[2]);
  const df = DAY_FIRST.exec(s);
  if (df) return valid(+df[3], month(df[2]), +df[1]);
  return null;
}

/** The article's date: the dateline's when it has a year, else the first dated line near the top. */
export function articleDate(text: string, dateline: Dateline | null): string | null {
  const fromDateline = dateline?.date ? parseDate(dateline.date) : null;
  if (fromDateline) return fromDateline;
  const head = text.slice(0, HEAD);
  for (const line of head.split('\n')) {
    // Only short lines: a date inside a paragraph is usually about an event, not the article.
    if (line.length <= 120) {
      const d = parseDate(line);
      if (d) return d;
    }
  }
  return null;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
