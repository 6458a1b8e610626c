// Two RFC 4180 tables: mentions.csv (one row per mention) and quotes.csv (one row per quote). Cells that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
// apostrophe, which spreadsheets hide and readers of the file can strip (see docs/corrections.md).
import { lineOf, lineStarts } from '../text/lineIndex';
import type { ExportDocument, ExportFile } from './types';

export const MENTION_COLUMNS = ['file', 'type', 'entity', 'name', 'text', 'start', 'end', 'line', 'role'] as const;
export const QUOTE_COLUMNS = ['file', 'kind', 'speaker', 'speaker_entity', 'cue', 'text', 'start', 'end', 'line'] as const;

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: text cells defused against formulas, quoted when they hold a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const s = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** mentions.csv and quotes.csv; lines are 1-based, offsets as in the annotations (UTF-16 units, end exclusive). */
export function toCsv(docs: readonly ExportDocument[]): ExportFile[] {
  let mentions = row([...MENTION_COLUMNS]);
  let quotes = row([...QUOTE_COLUMNS]);
  for (const { text, annotations: a } of docs) {
    const starts = lineStarts(text);
    const line = (offset: number) => lineOf(starts, offset) + 1;
    for (const m of a.entities) mentions += row([a.file, m.type, m.entity, m.name, m.text, m.start, m.end, line(m.start), m.role]);
    for (const q of a.quotes) quotes += row([a.file, q.kind, q.speaker?.name, q.speaker?.entity, q.cue?.text, q.text, q.start, q.end, line(q.start)]);
  }
  return [{ path: 'mentions.csv', content: mentions }, { path: 'quotes.csv', content: quotes }];
}
