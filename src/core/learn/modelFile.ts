// The model file: a readable header and a compressed binary body.
//   line 1: "NEWSLENS-MODEL"
//   line 2: the header as one line of JSON (format, version, features, training data hashes, dev scores, sections)
//   rest:   the sections' bytes, concatenated and deflated
// `head -2 models/ner.bin` shows what a model is without any tool. Reading checks the magic, the format and
// version, the body's length and sha256, so a truncated or damaged file is named in one clear error.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const MAGIC = 'NEWSLENS-MODEL';

export type SectionData = Uint8Array | Uint32Array | Float32Array;

/** How a section is stored: as is, or (i16) Float32 weights quantised to 16 bits with a scale. */
interface SectionEntry {
  name: string;
  dtype: 'u8' | 'u32' | 'f32' | 'i16';
  length: number;
  scale?: number;
}

export interface ModelHeader {
  format: string;
  version: number;
  [key: string]: unknown;
}

interface StoredHeader extends ModelHeader {
  sections: SectionEntry[];
  bodyBytes: number;
  bodySha256: string;
}

/** A model file that cannot be used: missing, truncated, damaged or of another format or version. */
export class ModelFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`model file ${file}: ${reason}`);
    this.name = 'ModelFileError';
  }
}

/** Serialises a header and named arrays; `quantise` names Float32 sections to store as 16-bit integers. */
export function encodeModel(header: ModelHeader, sections: Record<string, SectionData>, quantise: ReadonlySet<string> = new Set()): Buffer {
  const entries: SectionEntry[] = [];
  const parts: Buffer[] = [];
  for (const [name, data] of Object.entries(sections)) {
    if (data instanceof Float32Array && quantise.has(name)) {
      const max = data.reduce((m, x) => Math.max(m, Math.abs(x)), 0) || 1;
      const scale = max / 32767;
      const q = Int16Array.from(data, (x) => Math.round(x / scale));
      entries.push({ name, dtype: 'i16', length: data.length, scale });
      parts.push(Buffer.from(q.buffer, q.byteOffset, q.byteLength));
    } else {
      const dtype = data instanceof Float32Array ? 'f32' : data instanceof Uint32Array ? 'u32' : 'u8';
      entries.push({ name, dtype, length: data.length });
      parts.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    }
  }
  const body = Buffer.concat(parts);
  const stored: StoredHeader = { ...header, sections: entries, bodyBytes: body.length, bodySha256: sha256(body) };
  return Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(stored)}\n`, 'utf8'), deflateRawSync(body, { level: 9 })]);
}

/** Reads what encodeModel wrote, checking format and version; every problem is a ModelFileError naming file. */
export function decodeModel(bytes: Buffer, file: string, expect: { format: string; version: number }): { header: ModelHeader; sections: Map<string, SectionData> } {
  const fail = (why: string): never => {
    throw new ModelFileError(file, why);
  };
  const firstNl = bytes.indexOf(10);
  if (firstNl < 0 || bytes.subarray(0, firstNl).toString('utf8') !== MAGIC) fail('not a NewsLens model (wrong first line)');
  const secondNl = bytes.indexOf(10, firstNl + 1);
  if (secondNl < 0) fail('truncated in its header');
  let header: StoredHeader;
  try {
    header = JSON.parse(bytes.subarray(firstNl + 1, secondNl).toString('utf8')) as StoredHeader;
  } catch {
    return fail('its header is not valid JSON');
  }
  if (header.format !== expect.format) fail(`holds a '${String(header.format)}' model, not '${expect.format}'`);
  if (header.version !== expect.version) fail(`is version ${String(header.version)}; this NewsLens reads version ${expect.version} (rebuild it with npm run train)`);
  let body: Buffer;
  try {
    body = inflateRawSync(bytes.subarray(secondNl + 1));
  } catch {
    return fail('truncated or damaged (its body does not decompress)');
  }
  if (body.length !== header.bodyBytes || sha256(body) !== header.bodySha256) fail('damaged (its body does not match the checksum in its header)');
  return { header, sections: readSections(body, header.sections, fail) };
}

function readSections(body: Buffer, entries: SectionEntry[], fail: (why: string) => never): Map<string, SectionData> {
  const out = new Map<string, SectionData>();
  let at = 0;
  for (const e of entries) {
    const width = e.dtype === 'u8' ? 1 : e.dtype === 'i16' ? 2 : 4;
    const bytes = e.length * width;
    if (at + bytes > body.length) fail(`section '${e.name}' runs past the end of the body`);
    // Copy into an aligned buffer: typed arrays need offsets that are multiples of their width.
    const raw = new Uint8Array(bytes);
    raw.set(body.subarray(at, at + bytes));
    at += bytes;
    if (e.dtype === 'u8') out.set(e.name, raw);
    else if (e.dtype === 'u32') out.set(e.name, new Uint32Array(raw.buffer));
    else if (e.dtype === 'f32') out.set(e.name, new Float32Array(raw.buffer));
    else {
      const q = new Int16Array(raw.buffer);
      const scale = e.scale ?? 1;
      const f = new Float32Array(q.length);
      for (let i = 0; i < q.length; i++) f[i] = q[i] * scale;
      out.set(e.name, f);
    }
  }
  return out;
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** A decoded section of the expected type, or a ModelFileError naming the file. */
export function sectionOf<T extends SectionData>(sections: Map<string, SectionData>, file: string, name: string, kind: new (n: number) => T): T {
  const s = sections.get(name);
  if (!(s instanceof kind)) throw new ModelFileError(file, `section '${name}' is missing or of the wrong type`);
  return s;
}
