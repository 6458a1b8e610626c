// The index on disk: per document its path, content hash and the engine's annotations (never the NLP
// state), so that a restart re-annotates only what changed. Keyed by content hash + engine version:
// a cache from another engine version is dropped; a damaged one is dropped with one log line; an entry
// that is not what the engine could have written for its text (annotationCheck) is dropped, its document
// annotated again, and the damaged entries of a run said in one line when the run is over; writes go
// to a temporary file in the same folder and are renamed over the old one, so a crash never leaves half
// a cache; a folder that cannot be written leaves the index in memory, said once.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArticleAnnotations } from '../model';
import { describe } from '../io/articleFiles';
import { makeFoldersSync } from '../io/makeFolders';
import { ENGINE_VERSION } from '../model/version';
import { annotationProblem } from './annotationCheck';
import { decodeAnnotations, encodeAnnotations, StringTable, type EncodedAnnotations } from './annotationCodec';

/** A one-line reason for a file-system error, for the errors writing a cache meets. */
function reason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOTDIR': return 'part of the path is a file, not a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'disk full';
    default: return describe(e);
  }
}

const MAGIC = 'newslens-corpus-cache';
const FORMAT = 1;

interface CacheFileContents {
  magic: typeof MAGIC;
  format: number;
  engine: string;
  strings: string[];
  /** [path, content hash, annotations] */
  docs: [string, string, EncodedAnnotations][];
}

/** The documents a cache may hold: what CorpusIndex.entries() yields. */
export interface CacheableDocument {
  path: string;
  hash: string;
  text: string;
  annotations: ArticleAnnotations;
}

/** What buildCorpus asks of a cache: annotations for a text it has seen. */
export interface AnnotationLookup {
  lookup(hash: string, text: string, path: string): ArticleAnnotations | undefined;
}

/** A cache file of annotations by content hash. */
export class CorpusCache implements AnnotationLookup {
  private entries = new Map<string, EncodedAnnotations>();
  private strings: readonly string[] = [];
  private warnedWrite = false;
  /** Entries dropped since load() as damaged, and what was wrong with the first (for the one log line). */
  private damaged = 0;
  private firstDamage = '';

  constructor(readonly file: string, private readonly log: (line: string) => void = () => {}, private readonly engineVersion = ENGINE_VERSION) {}

  /** Number of documents loaded. */
  get size(): number {
    return this.entries.size;
  }

  /** Reads the cache file; returns the number of documents it holds (0 when missing, old or damaged). */
  load(): number {
    this.forget();
    let raw: string;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // No cache yet (or its folder does not exist yet) is the normal first start.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.log(`NewsLens cache ${this.file}: cannot read it (${reason(e)}); indexing from scratch`);
      return 0;
    }
    let contents: CacheFileContents;
    try {
      contents = JSON.parse(raw) as CacheFileContents;
      if (contents?.magic !== MAGIC || !Array.isArray(contents.docs) || !Array.isArray(contents.strings)) throw new Error('not a NewsLens corpus cache');
    } catch (e) {
      this.log(`NewsLens cache ${this.file} is damaged (${(e as Error).message.split('\n')[0]}); rebuilding it`);
      return 0;
    }
    if (contents.format !== FORMAT || contents.engine !== this.engineVersion) {
      this.log(`NewsLens cache ${this.file} was written by engine ${contents.engine} (format ${contents.format}); this is engine ${this.engineVersion}: rebuilding it`);
      return 0;
    }
    this.strings = contents.strings;
    for (const doc of contents.docs) {
      if (Array.isArray(doc) && typeof doc[1] === 'string' && typeof doc[2] === 'object' && doc[2] !== null) this.entries.set(doc[1], doc[2]);
      else this.noteDamage('an entry is not [path, hash, annotations]');
    }
    return this.entries.size;
  }

  /** The cached annotations of a text with this content hash, as if the engine had just annotated it at `path`. */
  lookup(hash: string, text: string, path: string): ArticleAnnotations | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    let problem: string | undefined;
    try {
      const a = decodeAnnotations(e, text, path, this.strings);
      problem = annotationProblem(a, text);
      if (!problem) return a;
    } catch (err) {
      problem = (err as Error).message;
    }
    // One bad entry costs one re-annotation, not the whole cache; save() writes the fresh one back.
    this.entries.delete(hash);
    this.noteDamage(problem);
    return undefined;
  }

  private noteDamage(problem: string): void {
    if (!this.damaged++) this.firstDamage = problem;
  }

  /**
   * Drops what load() read (once the index holds it, the cache's copy is dead weight) and says, in one line,
   * how many damaged entries were dropped since: callers forget() once a build is over.
   */
  forget(): void {
    if (this.damaged) {
      const n = this.damaged;
      this.log(`NewsLens cache ${this.file}: ${n} damaged ${n === 1 ? 'entry' : 'entries'} dropped, their articles annotated again (first: ${this.firstDamage})`);
    }
    this.damaged = 0;
    this.firstDamage = '';
    this.entries = new Map();
    this.strings = [];
  }

  /** Writes every document atomically; returns false (logged once) when the file cannot be written. */
  async save(docs: Iterable<CacheableDocument>): Promise<boolean> {
    const table = new StringTable();
    const out: CacheFileContents = { magic: MAGIC, format: FORMAT, engine: this.engineVersion, strings: table.strings, docs: [] };
    for (const d of docs) out.docs.push([d.path, d.hash, encodeAnnotations(d.annotations, d.text, table)]);
    const json = JSON.stringify(out);
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      makeFoldersSync(dirname(this.file));
      await writeFile(tmp, json);
      renameSync(tmp, this.file);
      return true;
    } catch (e) {
      try { rmSync(tmp, { force: true }); } catch { /* the write failed already; nothing to clean */ }
      if (!this.warnedWrite) {
        this.warnedWrite = true;
        this.log(`NewsLens cache ${this.file}: cannot write it (${reason(e)}); the index stays in memory`);
      }
      return false;
    }
  }
}
