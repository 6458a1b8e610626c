// The cache file as tests read and damage it: a header line, then one line per save ({t: strings, d: docs}).
// A fresh full save writes the header and one line with every document: tests edit that line as one object.
import { readFileSync, writeFileSync } from 'node:fs';

export interface CacheJson {
  magic: string;
  format: number;
  engine: string;
  /** The first save line's string table and documents ([path, hash, annotations]). */
  strings: unknown[];
  docs: unknown[];
}

/** Reads a cache file written by one whole save. */
export function readCache(file: string): CacheJson {
  const [header, batch] = readFileSync(file, 'utf8').split('\n');
  const b = JSON.parse(batch) as { t: unknown[]; d: unknown[] };
  return { ...(JSON.parse(header) as CacheJson), strings: b.t, docs: b.d };
}

/** Writes it back in the same shape. */
export function writeCache(file: string, json: CacheJson): void {
  const { strings, docs, ...header } = json;
  writeFileSync(file, `${JSON.stringify(header)}\n${JSON.stringify({ t: strings, d: docs })}\n`);
}

/** The number of lines after the header: one per save that added documents. */
export function saveLines(file: string): number {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).length - 1;
}
