import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { linkGroups, type LinkRow } from '../core/corpus/linkRows';
import { checkReadable } from './inputFile';
import type { CliIo } from './io';
import { InputError, UsageError } from './usageError';

/**
 * `newslens link [FILE|-]`: the archive linker's reducer. Reads annotation records of `annotate --input jsonl`
 * (their `links`) or bare link rows (`{key, entity, doc, ...}`, as a group-by hands them over) and prints one
 * line per article-level entity: `{entity, id, name, type, key}`, the corpus entity it belongs to. Every row of
 * a key must be in the same call; run over all rows, it gives the one-machine answer.
 */
export async function linkCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  if (positionals.length > 1) throw new UsageError('link reads one FILE, or standard input (- or nothing)');
  const path = positionals[0] ?? '-';
  if (path !== '-') checkReadable(path, 'link');
  const input = path === '-' ? process.stdin : createReadStream(path);
  const rows: LinkRow[] = [];
  // The loop starts at once: readline emits lines as soon as data flows, and no line may go past unread.
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (line.trim()) rows.push(...rowsOf(line, n));
  }
  for (const e of linkGroups(rows)) io.out(JSON.stringify(e));
  return 0;
}

/** The link rows a line holds: an annotation record's `links` (with its id as `doc`), or one row. */
function rowsOf(line: string, n: number): LinkRow[] {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`line ${n}: not JSON`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`line ${n}: not a JSON object`);
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.links)) return (o.links as LinkRow[]).map((r) => checkRow({ ...r, doc: String(o.id) }, n));
  if ('error' in o) return []; // an input line annotate could not read: it has no entities
  return [checkRow(o as unknown as LinkRow, n)];
}

function checkRow(r: LinkRow, n: number): LinkRow {
  const ok = typeof r.key === 'string' && typeof r.entity === 'string' && typeof r.type === 'string' && typeof r.name === 'string'
    && typeof r.mentions === 'number' && typeof r.quotes === 'number' && r.doc !== undefined;
  if (!ok) throw new InputError(`line ${n}: not a link row (key, entity, type, name, mentions, quotes and doc) nor an annotation record with links`);
  return r;
}
