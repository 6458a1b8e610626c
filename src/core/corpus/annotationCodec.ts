// A compact form of the engine's annotations for the cache file: numbers in flat arrays, strings in one
// shared table, and no span texts (they are slices of the document text, which the reader has anyway).
// A document whose annotations have a field this codec does not know is stored as it is, so that a newer
// engine's output is never silently cut down.
import type { ArticleAnnotations, Dateline, EntityType, Mention, Quote, QuoteKind } from '../model';

/** A document's annotations in the cache: compact, or raw when they do not fit the compact shape. */
export type EncodedAnnotations =
  | { t: string; d: number[] | null; m: number[]; q: number[] }
  | { raw: ArticleAnnotations };

const MENTION = 6;
const QUOTE = 11;
const KEYS = {
  annotations: new Set(['file', 'title', 'dateline', 'entities', 'quotes']),
  dateline: new Set(['start', 'end', 'text', 'place', 'date', 'agency']),
  mention: new Set(['type', 'start', 'end', 'text', 'entity', 'name', 'role']),
  quote: new Set(['kind', 'start', 'end', 'text', 'speaker', 'cue', 'rule']),
  speaker: new Set(['start', 'end', 'text', 'entity', 'name', 'reason']),
  cue: new Set(['start', 'end', 'text']),
};

/** Strings shared by every document of one cache file. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Index of s in the table (-1 for null or undefined). */
  id(s: string | null | undefined): number {
    if (s === null || s === undefined) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

function only(o: object | null | undefined, keys: Set<string>): boolean {
  if (!o) return true;
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

/** Spans' texts are slices of the text at their offsets (true for the engine; checked, not assumed). */
function sliced(text: string, s: { start: number; end: number; text: string } | null | undefined): boolean {
  return !s || (typeof s.start === 'number' && typeof s.end === 'number' && text.slice(s.start, s.end) === s.text);
}

function compactable(a: ArticleAnnotations, text: string): boolean {
  if (!only(a, KEYS.annotations) || !only(a.dateline, KEYS.dateline) || !sliced(text, a.dateline)) return false;
  for (const m of a.entities) if (!only(m, KEYS.mention) || !sliced(text, m)) return false;
  for (const q of a.quotes) {
    if (!only(q, KEYS.quote) || !only(q.speaker, KEYS.speaker) || !only(q.cue, KEYS.cue)) return false;
    if (!sliced(text, q) || !sliced(text, q.speaker) || !sliced(text, q.cue)) return false;
  }
  return true;
}

/** Encodes a document's annotations against its text. */
export function encodeAnnotations(a: ArticleAnnotations, text: string, table: StringTable): EncodedAnnotations {
  if (!compactable(a, text)) return { raw: a };
  const d = a.dateline ? [a.dateline.start, a.dateline.end, table.id(a.dateline.place), table.id(a.dateline.date), table.id(a.dateline.agency)] : null;
  const m: number[] = [];
  for (const e of a.entities) m.push(e.start, e.end, table.id(e.type), table.id(e.entity), table.id(e.name), table.id(e.role));
  const q: number[] = [];
  for (const x of a.quotes) {
    const s = x.speaker;
    q.push(x.start, x.end, table.id(x.kind), x.cue ? x.cue.start : -1, x.cue ? x.cue.end : -1,
      s ? s.start : -1, s ? s.end : -1, s ? table.id(s.entity) : -1, s ? table.id(s.name) : -1, s ? table.id(s.reason) : -1, table.id(x.rule));
  }
  return { t: a.title, d, m, q };
}

/** Whether an entry has the compact shape's fields, each of its kind, in whole records. */
function compactShape(e: { t: unknown; d: unknown; m: unknown; q: unknown }): boolean {
  return typeof e.t === 'string' && (e.d === null || (Array.isArray(e.d) && e.d.length === 5))
    && Array.isArray(e.m) && e.m.length % MENTION === 0 && Array.isArray(e.q) && e.q.length % QUOTE === 0;
}

/**
 * Decodes what encodeAnnotations wrote, for the same text. Throws on an entry without the compact shape or
 * naming a string the table lacks; offsets are not checked here (annotationProblem checks what this returns).
 */
export function decodeAnnotations(e: EncodedAnnotations, text: string, file: string, strings: readonly string[]): ArticleAnnotations {
  if ('raw' in e) {
    if (typeof e.raw !== 'object' || e.raw === null) throw new Error('raw annotations that are not an object');
    return { ...e.raw, file };
  }
  if (!compactShape(e)) throw new Error('an entry lacks fields');
  return decodeCompact(e, text, file, strings);
}

/** The numbers of a compact entry, as arrays or typed arrays (the index keeps them packed: packedDocument.ts). */
export interface CompactArrays {
  t: string;
  d: ArrayLike<number> | null;
  m: ArrayLike<number>;
  q: ArrayLike<number>;
}

/** Decodes a compact entry of known shape; throws when it names a string the table lacks. */
export function decodeCompact(e: CompactArrays, text: string, file: string, strings: readonly string[]): ArticleAnnotations {
  const str = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new Error('an entry names a string the table lacks');
    return s;
  };
  const opt = (i: number): string | null => (i === -1 ? null : str(i));
  // Object literals with every field written out: spreading a span per mention is measurably slower
  // for the 10,000 documents of a warm start.
  let dateline: Dateline | null = null;
  if (e.d) dateline = { start: e.d[0], end: e.d[1], text: text.slice(e.d[0], e.d[1]), place: opt(e.d[2]), date: opt(e.d[3]), agency: opt(e.d[4]) };
  const entities: Mention[] = [];
  const m = e.m;
  for (let i = 0; i < m.length; i += MENTION) {
    const start = m[i];
    const end = m[i + 1];
    const mention: Mention = { type: str(m[i + 2]) as EntityType, start, end, text: text.slice(start, end), entity: str(m[i + 3]), name: str(m[i + 4]) };
    if (m[i + 5] !== -1) mention.role = str(m[i + 5]);
    entities.push(mention);
  }
  const quotes: Quote[] = [];
  const q = e.q;
  for (let i = 0; i < q.length; i += QUOTE) {
    let speaker: Quote['speaker'] = null;
    if (q[i + 5] !== -1) {
      speaker = { start: q[i + 5], end: q[i + 6], text: text.slice(q[i + 5], q[i + 6]), entity: opt(q[i + 7]), name: opt(q[i + 8]) };
      if (q[i + 9] !== -1) speaker.reason = str(q[i + 9]);
    }
    const cue = q[i + 3] === -1 ? null : { start: q[i + 3], end: q[i + 4], text: text.slice(q[i + 3], q[i + 4]) };
    quotes.push({ kind: str(q[i + 2]) as QuoteKind, start: q[i], end: q[i + 1], text: text.slice(q[i], q[i + 1]), speaker, cue, rule: str(q[i + 10]) });
  }
  return { file, title: e.t, dateline, entities, quotes };
}
