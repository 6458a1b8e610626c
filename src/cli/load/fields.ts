// Reading the fields of a JSON row from a file the user gives (a JSONL record, a Dask table row): each
// reader returns the value or throws a RowError that says which field is wrong and how, so that the CLI can
// report "FILE:LINE: mention 3: "start" must be a whole number from 0" and stop.
import { kind as kindOf } from '../stream/inputLine';

/** A row that does not have the shape its file promises. */
export class RowError extends Error {}

export type Row = Record<string, unknown>;

export function asRow(v: unknown, what: string): Row {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new RowError(`${what} must be a JSON object, not ${kindOf(v)}`);
  return v as Row;
}

/** PostgreSQL's integer: offsets beyond it cannot be stored (no article is 2 GB). */
const MAX_OFFSET = 2 ** 31 - 1;

export function offset(row: Row, key: string, what: string): number {
  const v = row[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_OFFSET) throw new RowError(`${what}: "${key}" must be a whole number from 0, not ${JSON.stringify(v) ?? 'missing'}`);
  return v;
}

/** start and end, end not before start. */
export function span(row: Row, what: string): { start: number; end: number } {
  const start = offset(row, 'start', what);
  const end = offset(row, 'end', what);
  if (end < start) throw new RowError(`${what}: "end" (${end}) is before "start" (${start})`);
  return { start, end };
}

export function text(row: Row, key: string, what: string): string {
  const v = row[key];
  if (typeof v !== 'string') throw new RowError(`${what}: "${key}" must be a string, not ${v === undefined ? 'missing' : kindOf(v)}`);
  return v;
}

/** A string, or null when missing or null (how pandas and Spark write a missing value). */
export function optionalText(row: Row, key: string, what: string): string | null {
  const v = row[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RowError(`${what}: "${key}" must be a string or null, not ${kindOf(v)}`);
  return v;
}

export function oneOf<T extends string>(row: Row, key: string, allowed: readonly T[], what: string): T {
  const v = text(row, key, what);
  if (!(allowed as readonly string[]).includes(v)) throw new RowError(`${what}: "${key}" must be one of ${allowed.join(', ')}, not ${JSON.stringify(v)}`);
  return v as T;
}

export function list(row: Row, key: string, what: string): unknown[] {
  const v = row[key];
  if (!Array.isArray(v)) throw new RowError(`${what}: "${key}" must be an array, not ${v === undefined ? 'missing' : kindOf(v)}`);
  return v;
}

/** An id as a key: a string, or a number written as JSON writes it. */
export function idText(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw new RowError(`${what} must be a string or a number, not ${v === undefined ? 'missing' : kindOf(v)}`);
}
