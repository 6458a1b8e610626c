// Bulk rows through COPY … FROM STDIN in PostgreSQL's text format. Values are escaped, never spliced into
// SQL: in that format only the backslash, the row and column separators (newline, tab) and the carriage
// return are special, and each is written as its backslash escape, so any text (quotes, "'); DROP TABLE",
// backslashes, control characters) arrives as it was. NUL is the one character PostgreSQL text cannot hold;
// articleCheck.ts turns such articles away before they get here.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | null;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One field in COPY's text format: \N for null, numbers as written, text with its four escapes. */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]);
}

/** One row: fields joined by tabs, ended by a newline. */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

/** Rows grouped into chunks of about this many characters: fewer, larger writes to the socket. */
const CHUNK_CHARS = 256 * 1024;

function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Copies rows into `table` (`columns` in the order of each row's values) on the client's current
 * transaction; resolves to the number of rows the server took. Table and column names are the caller's
 * constants, never data.
 */
export async function copyRows(client: ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), stream);
  return stream.rowCount;
}
