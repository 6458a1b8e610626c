// How `newslens query` prints what the store answers: jsonl, one appearance or quote a line (file, title,
// date, start, end and the rest, the shapes of the annotate contract), or a table for a person.
import type { Appearance, QuoteHit, StoredEntity } from '../../store/queries';
import type { CliIo } from '../io';
import { alignedTable, type Column } from './table';

export type QueryFormat = 'jsonl' | 'table';

const WHERE_COLUMNS: Column[] = [{ header: 'file', max: 48 }, { header: 'date' }, { header: 'start', right: true }, { header: 'end', right: true }];

/** The table, or "(none)" rather than a header over nothing. */
function printTable(columns: readonly Column[], rows: readonly string[][], io: CliIo): void {
  if (!rows.length) return io.out('(none)');
  for (const line of alignedTable(columns, rows)) io.out(line);
}

function whereCells(r: Appearance | QuoteHit): string[] {
  return [r.file, r.date ?? '', String(r.start), String(r.end)];
}

/** "Alexander Lavrentiev (person, id person:alexander-lavrentiev): 9 mentions in 2 articles". */
export function entityLine(e: StoredEntity): string {
  return `${e.name} (${e.type}, id ${e.id}): ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'} in ${e.articleCount} article${e.articleCount === 1 ? '' : 's'}${e.roles.length ? `; roles: ${e.roles.join(', ')}` : ''}`;
}

export function printAppearances(entity: StoredEntity, rows: readonly Appearance[], format: QueryFormat, io: CliIo): void {
  if (format === 'jsonl') {
    for (const r of rows) io.out(JSON.stringify({ file: r.file, title: r.title, date: r.date, start: r.start, end: r.end, text: r.text, entity: entity.id, name: entity.name, type: entity.type, role: r.role }));
    return;
  }
  io.out(entityLine(entity));
  const columns = [...WHERE_COLUMNS, { header: 'text', max: 40 }, { header: 'role', max: 40 }, { header: 'title', max: 50 }];
  printTable(columns, rows.map((r) => [...whereCells(r), r.text, r.role ?? '', r.title ?? '']), io);
}

export function printQuotes(rows: readonly QuoteHit[], format: QueryFormat, io: CliIo, heading?: string): void {
  if (format === 'jsonl') {
    for (const r of rows) io.out(JSON.stringify({ file: r.file, title: r.title, date: r.date, start: r.start, end: r.end, text: r.text, kind: r.kind, cue: r.cue, rule: r.rule, speaker: r.speaker }));
    return;
  }
  if (heading) io.out(heading);
  const columns = [...WHERE_COLUMNS, { header: 'kind' }, { header: 'speaker', max: 30 }, { header: 'cue', max: 16 }, { header: 'quote', max: 70 }];
  const speaker = (r: QuoteHit) => (r.speaker ? r.speaker.name ?? r.speaker.text : '');
  printTable(columns, rows.map((r) => [...whereCells(r), r.kind, speaker(r), r.cue ?? '', r.text]), io);
}

export function printNames(rows: readonly StoredEntity[], format: QueryFormat, io: CliIo): void {
  if (format === 'jsonl') {
    for (const e of rows) io.out(JSON.stringify({ id: e.id, type: e.type, name: e.name, articles: e.articleCount, mentions: e.mentionCount, roles: e.roles }));
    return;
  }
  const columns: Column[] = [{ header: 'name', max: 40 }, { header: 'type' }, { header: 'articles', right: true }, { header: 'mentions', right: true }, { header: 'id', max: 50 }];
  printTable(columns, rows.map((e) => [e.name, e.type, String(e.articleCount), String(e.mentionCount), e.id]), io);
}
