// The index on disk: per document its path, content hash and the engine's annotations (never the NLP
// state), so that a restart re-annotates only what changed. Keyed by content hash + engine version:
// a cache from another engine version is dropped; a damaged one is dropped with one log line; an entry
// that is not what the engine could have written for its text (annotationCheck) is dropped, its document
// annotated again, and the damaged entries of a run said in one line when the run is over; a folder that
// cannot be written leaves the index in memory, said once.
//
// The file is a log, so that a save costs what changed, not the corpus: a header line, then one line per
// save holding the documents that save added (their strings in a table of the line's own). A save after one
// edit appends one short line; when the lines of documents no longer in the corpus outweigh the live ones the
// file is compacted: rewritten whole into a temporary file in the same folder and renamed over the old one,
// so a crash never leaves half a cache. A line cut short by a crash is dropped when read, and the next save
// compacts.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
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
const FORMAT = 2;
/** Compact when the records of documents gone from the corpus are more than this ... */
const COMPACT_MIN_DEAD = 200;
/** ... and more than this share of the live ones. */
const COMPACT_DEAD_SHARE = 0.5;

interface CacheHeader {
  magic: typeof MAGIC;
  format: number;
  engine: string;
}

/** One save's line: its strings, and [path, content hash, annotations] per document it added. */
interface CacheBatch {
  t: string[];
  d: [string, string, EncodedAnnotations][];
}

/** A cached document's annotations with the string table of the line that holds them. */
interface Entry {
  encoded: EncodedAnnotations;
  strings: readonly string[];
}

/** The documents a cache may hold: what CorpusIndex.entries() yields. */
export interface CacheableDocument {
  path: string;
  hash: string;
  text: string;
  annotations: ArticleAnnotations;
}

/** One document changed since the last save: the content hash it had (none: new) and what it is now (none: removed). */
export interface CacheChange {
  before?: string;
  after?: CacheableDocument;
}

/** What buildCorpus asks of a cache: annotations for a text it has seen. */
export interface AnnotationLookup {
  lookup(hash: string, text: string, path: string): ArticleAnnotations | undefined;
}

/** A cache file of annotations by content hash. */
export class CorpusCache implements AnnotationLookup {
  private entries = new Map<string, Entry>();
  private warnedWrite = false;
  /** Entries dropped since load() as damaged, and what was wrong with the first (for the one log line). */
  private damaged = 0;
  private firstDamage = '';
  /** Content hashes the file holds a record of (live or not), and its number of records. */
  private inFile = new Set<string>();
  private records = 0;
  /** The file must be written whole at the next save: missing, from another engine, damaged or never read. */
  private rewrite = true;
  /**
   * Live documents per content hash, and how many of the file's hashes are live: known after a whole save,
   * then kept up to date by saveChanges() so that a save after one edit touches one document.
   */
  private refs?: Map<string, number>;
  private liveInFile = 0;
  /** Saves run one after the other: an append must not race a compaction. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string, private readonly log: (line: string) => void = () => {}, private readonly engineVersion = ENGINE_VERSION) {}

  /** Number of documents loaded. */
  get size(): number {
    return this.entries.size;
  }

  /** Reads the cache file; returns the number of documents it holds (0 when missing, old or damaged). */
  load(): number {
    this.forget();
    this.inFile = new Set();
    this.records = 0;
    this.refs = undefined;
    this.rewrite = true;
    const lines = this.readLines();
    if (!lines || !this.headerOk(lines[0])) return 0;
    this.rewrite = false;
    for (let i = 1; i < lines.length; i++) if (lines[i]) this.readBatch(lines[i]);
    return this.entries.size;
  }

  /** The file's lines, or undefined (said when it is not the normal first start). */
  private readLines(): string[] | undefined {
    try {
      return readFileSync(this.file, 'utf8').split('\n');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // No cache yet (or its folder does not exist yet) is the normal first start.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.log(`NewsLens cache ${this.file}: cannot read it (${reason(e)}); indexing from scratch`);
      return undefined;
    }
  }

  private headerOk(line: string): boolean {
    let header: CacheHeader;
    try {
      header = JSON.parse(line) as CacheHeader;
      if (header?.magic !== MAGIC) throw new Error('not a NewsLens corpus cache');
    } catch (e) {
      this.log(`NewsLens cache ${this.file} is damaged (${(e as Error).message.split('\n')[0]}); rebuilding it`);
      return false;
    }
    if (header.format === FORMAT && header.engine === this.engineVersion) return true;
    this.log(`NewsLens cache ${this.file} was written by engine ${header.engine} (format ${header.format}); this is engine ${this.engineVersion}: rebuilding it`);
    return false;
  }

  /** Takes one save's line; a line cut short or garbled costs its documents, and the next save compacts. */
  private readBatch(line: string): void {
    let batch: CacheBatch;
    try {
      batch = JSON.parse(line) as CacheBatch;
      if (!Array.isArray(batch?.t) || !Array.isArray(batch.d)) throw new Error('a line is not {t, d}');
    } catch (e) {
      this.noteDamage(`a line cannot be read (${(e as Error).message.split('\n')[0]})`);
      return;
    }
    for (const doc of batch.d) {
      this.records++;
      if (Array.isArray(doc) && typeof doc[1] === 'string' && typeof doc[2] === 'object' && doc[2] !== null) {
        this.entries.set(doc[1], { encoded: doc[2], strings: batch.t });
        this.inFile.add(doc[1]);
      } else this.noteDamage('an entry is not [path, hash, annotations]');
    }
  }

  /** The cached annotations of a text with this content hash, as if the engine had just annotated it at `path`. */
  lookup(hash: string, text: string, path: string): ArticleAnnotations | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    let problem: string | undefined;
    try {
      const a = decodeAnnotations(e.encoded, text, path, e.strings);
      problem = annotationProblem(a, text);
      if (!problem) return a;
    } catch (err) {
      problem = (err as Error).message;
    }
    // One bad entry costs one re-annotation, not the whole cache; save() writes the fresh one back.
    this.entries.delete(hash);
    this.inFile.delete(hash);
    this.noteDamage(problem);
    return undefined;
  }

  /** Notes a damaged entry or line; the next save rewrites the file without it. */
  private noteDamage(problem: string): void {
    this.rewrite = true;
    if (!this.damaged++) this.firstDamage = problem;
  }

  /**
   * Drops what load() read (once the index holds it, the cache's copy is dead weight) and says, in one line,
   * how many damaged entries were dropped since: callers forget() once a build is over. What the file holds
   * (its hashes) is kept, so that the next save appends only what is new.
   */
  forget(): void {
    if (this.damaged) {
      const n = this.damaged;
      this.log(`NewsLens cache ${this.file}: ${n} damaged ${n === 1 ? 'entry' : 'entries'} dropped, their articles annotated again (first: ${this.firstDamage})`);
    }
    this.damaged = 0;
    this.firstDamage = '';
    this.entries = new Map();
  }

  /**
   * Brings the file up to these documents: appends the ones it lacks, or rewrites it whole when it must
   * (see the header). Returns false (logged once) when the file cannot be written.
   */
  save(docs: Iterable<CacheableDocument>): Promise<boolean> {
    return this.queue(() => this.saveNow([...docs]));
  }

  /**
   * Brings the file up to the corpus from what changed since the last save (CorpusIndex.takeChanges()): appends
   * the new documents the file lacks, without reading the others. `all` gives every document, for the saves that
   * must see them: the first after load(), a compaction, a rewrite.
   */
  saveChanges(changes: CacheChange[], all: () => Iterable<CacheableDocument>): Promise<boolean> {
    return this.queue(() => {
      const refs = this.refs;
      if (!refs || this.rewrite) return this.saveNow([...all()]);
      const fresh = new Map<string, CacheableDocument>();
      for (const c of changes) {
        if (c.before !== undefined) this.unref(refs, c.before);
        if (!c.after) continue;
        const n = refs.get(c.after.hash) ?? 0;
        refs.set(c.after.hash, n + 1);
        if (n === 0 && this.inFile.has(c.after.hash)) this.liveInFile++;
        else if (n === 0) fresh.set(c.after.hash, c.after);
      }
      if (this.mustCompact(this.records - this.liveInFile, refs.size)) return this.saveNow([...all()]);
      return this.write(() => this.append([...fresh.values()]));
    });
  }

  private unref(refs: Map<string, number>, hash: string): void {
    const n = refs.get(hash) ?? 0;
    if (n > 1) return void refs.set(hash, n - 1);
    refs.delete(hash);
    if (n === 1 && this.inFile.has(hash)) this.liveInFile--;
  }

  private queue(save: () => Promise<boolean>): Promise<boolean> {
    const run = this.saving.then(save);
    this.saving = run.catch(() => undefined);
    return run;
  }

  private mustCompact(dead: number, live: number): boolean {
    return dead > COMPACT_MIN_DEAD && dead > COMPACT_DEAD_SHARE * live;
  }

  private async saveNow(docs: CacheableDocument[]): Promise<boolean> {
    // One pass: the distinct live documents, those the file lacks, and how many of its records are still live.
    const refs = new Map<string, number>();
    const live: CacheableDocument[] = [];
    const fresh: CacheableDocument[] = [];
    for (const d of docs) {
      const n = refs.get(d.hash) ?? 0;
      refs.set(d.hash, n + 1);
      if (n) continue;
      live.push(d);
      if (!this.inFile.has(d.hash)) fresh.push(d);
    }
    this.refs = refs;
    this.liveInFile = live.length - fresh.length;
    const dead = this.records - this.liveInFile;
    return this.write(async () => {
      if (this.rewrite || this.mustCompact(dead, live.length)) await this.writeWhole(live);
      else await this.append(fresh);
    });
  }

  /** Runs a write; a failure is logged once, and the next save rewrites the file whole. */
  private async write(run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (e) {
      this.rewrite = true;
      if (!this.warnedWrite) {
        this.warnedWrite = true;
        this.log(`NewsLens cache ${this.file}: cannot write it (${reason(e)}); the index stays in memory`);
      }
      return false;
    }
  }

  /** One save's line, ending with a newline. */
  private batchLine(docs: CacheableDocument[]): string {
    const table = new StringTable();
    const batch: CacheBatch = { t: table.strings, d: docs.map((d) => [d.path, d.hash, encodeAnnotations(d.annotations, d.text, table)]) };
    return `${JSON.stringify(batch)}\n`;
  }

  private async append(docs: CacheableDocument[]): Promise<void> {
    if (!docs.length) return;
    await appendFile(this.file, this.batchLine(docs));
    for (const d of docs) this.inFile.add(d.hash);
    this.records += docs.length;
    this.liveInFile += docs.length;
  }

  /** The header and every live document, into a temporary file renamed over the cache. */
  private async writeWhole(docs: CacheableDocument[]): Promise<void> {
    const header: CacheHeader = { magic: MAGIC, format: FORMAT, engine: this.engineVersion };
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      makeFoldersSync(dirname(this.file));
      await writeFile(tmp, `${JSON.stringify(header)}\n${docs.length ? this.batchLine(docs) : ''}`);
      renameSync(tmp, this.file);
    } catch (e) {
      try { rmSync(tmp, { force: true }); } catch { /* the write failed already; nothing to clean */ }
      throw e;
    }
    this.inFile = new Set(docs.map((d) => d.hash));
    this.records = docs.length;
    this.liveInFile = docs.length;
    this.rewrite = false;
  }
}
