// Checks one line of `newslens annotate --input jsonl` against its protocol: a JSON object with an "id" (string
// or number), a non-empty "text" within the size limit, and optional string "date", "outlet", "url", "title".
// Every problem is a message for the line's error record; nothing here throws.
import { formatMB } from '../../core/io/sizeLimit';
import type { StreamInput } from '../streamRecord';
import type { InputLine } from './lines';

export type Id = string | number;

export type ParsedLine = { ok: true; input: StreamInput } | { ok: false; id: Id | null; error: string };

const OPTIONAL = ['date', 'outlet', 'url', 'title'] as const;

/** "a string", "an array", "null": what a JSON value is, for a message. */
export function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The line's article, or why it cannot be annotated. `maxBytes` limits the text's UTF-8 size (--max-size). */
export function parseInputLine(line: InputLine, maxBytes: number, maxLineBytes: number): ParsedLine {
  if (line.text === undefined) {
    return { ok: false, id: sniffId(line.head ?? ''), error: `line over ${formatMB(maxLineBytes)}, the limit for one line (3 × the ${formatMB(maxBytes)} limit for one article, room for JSON escapes); not read (raise it with --max-size MB)` };
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (e) {
    return { ok: false, id: null, error: `not JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: null, error: `not a JSON object but ${kind(value)}` };
  return checkFields(value as Record<string, unknown>, maxBytes);
}

function checkFields(o: Record<string, unknown>, maxBytes: number): ParsedLine {
  const id = o.id;
  if (id === undefined) return { ok: false, id: null, error: 'no "id"' };
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, id: null, error: `"id" must be a string or a number, not ${kind(id)}` };
  const fail = (error: string): ParsedLine => ({ ok: false, id, error });
  const text = o.text;
  if (text === undefined) return fail('no "text"');
  if (typeof text !== 'string') return fail(`"text" must be a string, not ${kind(text)}`);
  if (!text.trim()) return fail('"text" is empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return fail(`"text" is ${formatMB(bytes)}, over the ${formatMB(maxBytes)} limit for one article (raise it with --max-size MB)`);
  const input: StreamInput = { id, text };
  for (const key of OPTIONAL) {
    const v = o[key];
    // null is how many writers (pandas, Spark) spell a missing value: taken as absent.
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${key}" must be a string, not ${kind(v)}`);
    input[key] = v;
  }
  return { ok: true, input };
}

const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

/** The id of a line too long to parse, when it is written first (as most writers do); else null. */
export function sniffId(head: string): Id | null {
  const m = LEADING_ID.exec(head.replace(/^\ufeff/, ''));
  if (!m) return null;
  try {
    return JSON.parse(m[1]) as Id;
  } catch {
    return null;
  }
}
