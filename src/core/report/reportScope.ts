// Which articles a report (or a bar's list) covers. Dates compare as ISO strings; a partial bound ("2018",
// "2018-11") stands for its first day as `from` and its last as `to`.
import type { ArticleInfo } from '../corpus/types';
import type { QuoteFilter } from './types';

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date bound as YYYY-MM-DD, or null when it is not an ISO date (or part of one). */
export function dateBound(raw: string, side: 'from' | 'to'): string | null {
  const m = BOUND.exec(raw.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : side === 'from' ? 1 : 12;
  if (month < 1 || month > 12) return null;
  // The 31st of any month compares after every real day of it, which is all a bound needs.
  const day = m[3] ? Number(m[3]) : side === 'from' ? 1 : 31;
  if (day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `path` lies below the folder `root` (a path or URI). */
export function underFolder(path: string, root: string): boolean {
  if (!root) return true;
  if (!path.startsWith(root)) return false;
  const last = root[root.length - 1];
  const next = path[root.length];
  return last === '/' || last === '\\' || next === '/' || next === '\\';
}

/** Whether an article is covered by the filter. */
export function articleMatches(a: ArticleInfo, f: QuoteFilter): boolean {
  if (f.path !== undefined && a.path !== f.path) return false;
  if (f.folder !== undefined && !underFolder(a.path, f.folder)) return false;
  if (f.agency === null && a.agency !== null) return false;
  if (typeof f.agency === 'string' && (a.agency ?? '').toLowerCase() !== f.agency.toLowerCase()) return false;
  if (f.undated && a.date !== null) return false;
  const from = f.from === undefined ? undefined : dateBound(f.from, 'from') ?? f.from;
  const to = f.to === undefined ? undefined : dateBound(f.to, 'to') ?? f.to;
  if ((from !== undefined || to !== undefined) && a.date === null) return false;
  if (from !== undefined && a.date! < from) return false;
  if (to !== undefined && a.date! > to) return false;
  return true;
}
