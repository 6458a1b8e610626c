// Fills a CorpusIndex from a list of files: reads each, skips texts the index already has, takes cached
// annotations for texts seen before, and sends the rest to an Annotator (the worker pool), keeping a few
// jobs per worker in flight. Results enter the index in batches as they come, so queries answer with
// what is there while the index grows. A file that cannot be read (deleted mid-scan, permission denied,
// turned binary) is reported and dropped from the index; it never stops the build.
import { describe } from '../io/articleFiles';
import { decodeBytes } from '../io/decode';
import type { ArticleAnnotations } from '../model';
import type { AnnotationLookup } from './cacheFile';
import { contentHash } from './contentHash';
import type { CorpusIndex } from './corpusIndex';
import type { Annotator, JobPriority } from './workerPool';

/** A file to index: its path (the index key) and how to read it. */
export interface SourceFile {
  path: string;
  /** The file's bytes (decoded like the CLI does) or its text (e.g. an editor's unsaved buffer). */
  read(): string | Uint8Array | Promise<string | Uint8Array>;
}

export interface BuildProgress {
  /** Files finished (unchanged, from cache, annotated, skipped or failed). */
  done: number;
  total: number;
  fromCache: number;
  annotated: number;
}

export interface BuildOptions {
  annotator: Annotator;
  cache?: AnnotationLookup;
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
  /** Warnings about single files (skipped, decoded as Latin-1, engine failures). */
  log?: (line: string) => void;
  /** Results entered into the index per batch (one change event each). Default 64. */
  batchSize?: number;
  /** Jobs in flight per annotator; default 64 (the pool queues them; reading ahead keeps workers busy). */
  inFlight?: number;
  /** Why a file read is not to be indexed (e.g. "not an article (looks like a licence)"), or null to index it. */
  refuse?: (path: string, text: string) => string | null;
}

export interface BuildResult extends BuildProgress {
  /** Already indexed with the same text. */
  unchanged: number;
  /** Not indexed: unreadable, binary, gone. */
  skipped: { path: string; reason: string }[];
  /** The engine failed on them (a worker crashed, an exception). */
  failed: { path: string; reason: string }[];
  cancelled: boolean;
}

interface Ready {
  path: string;
  text: string;
  hash: string;
  annotations: ArticleAnnotations;
}

/** Reads a file to text, or says why it cannot be indexed. */
async function readText(file: SourceFile, log: (line: string) => void): Promise<{ text: string } | { reason: string }> {
  let content: string | Uint8Array;
  try {
    const r = file.read();
    content = typeof r === 'string' || r instanceof Uint8Array ? r : await r;
  } catch (e) {
    return { reason: describe(e) };
  }
  if (typeof content === 'string') return { text: content };
  const decoded = decodeBytes(content);
  if (!decoded.ok) return { reason: decoded.reason };
  if (decoded.warning) log(`${file.path}: ${decoded.warning}`);
  return { text: decoded.text };
}

/** Indexes the files; resolves when every file is in the index, skipped, failed, or the signal aborted. */
export async function buildCorpus(index: CorpusIndex, files: readonly SourceFile[], options: BuildOptions): Promise<BuildResult> {
  const { annotator, cache, signal } = options;
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 64;
  const maxInFlight = Math.max(1, options.inFlight ?? 64);
  const result: BuildResult = { done: 0, total: files.length, fromCache: 0, annotated: 0, unchanged: 0, skipped: [], failed: [], cancelled: false };
  let ready: Ready[] = [];
  const inFlight = new Set<Promise<void>>();

  const flush = () => {
    if (!ready.length) return;
    const batch = ready;
    ready = [];
    index.batch(() => { for (const r of batch) index.upsert(r.path, r.text, r.annotations, r.hash); });
    options.onProgress?.({ done: result.done, total: result.total, fromCache: result.fromCache, annotated: result.annotated });
  };
  const finish = (r?: Ready) => {
    result.done++;
    if (r) ready.push(r);
    if (ready.length >= batchSize) flush();
  };

  for (const file of files) {
    if (signal?.aborted) break;
    const read = await readText(file, log);
    const reason = 'reason' in read ? read.reason : options.refuse?.(file.path, read.text);
    if (reason || !('text' in read)) {
      result.skipped.push({ path: file.path, reason: reason ?? 'unreadable' });
      log(`skipped ${file.path}: ${reason}`);
      index.remove(file.path);
      finish();
      continue;
    }
    const { text } = read;
    const hash = contentHash(text);
    if (index.hashOf(file.path) === hash) {
      result.unchanged++;
      finish();
      continue;
    }
    const cached = cache?.lookup(hash, text, file.path);
    if (cached) {
      result.fromCache++;
      finish({ path: file.path, text, hash, annotations: cached });
      continue;
    }
    const job: Promise<void> = annotator.annotate(text, file.path, signal).then(
      (annotations) => { result.annotated++; finish({ path: file.path, text, hash, annotations }); },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        result.failed.push({ path: file.path, reason: e.message });
        log(`not indexed ${file.path}: ${e.message}`);
        finish();
      },
    ).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  result.cancelled = Boolean(signal?.aborted) && result.done < result.total;
  flush();
  options.onProgress?.({ done: result.done, total: result.total, fromCache: result.fromCache, annotated: result.annotated });
  return result;
}

/**
 * Re-indexes one document from its current text (an editor buffer on change): a no-op when the text is
 * unchanged. `priority` 'now' (the article on screen) puts it ahead of a running scan's queue.
 */
export async function indexText(index: CorpusIndex, path: string, text: string, annotator: Annotator, signal?: AbortSignal, priority?: JobPriority): Promise<boolean> {
  const hash = contentHash(text);
  if (index.hashOf(path) === hash) return false;
  const annotations = await annotator.annotate(text, path, signal, priority);
  // The text may have changed again while the worker ran: the caller's newer call wins.
  if (signal?.aborted) return false;
  return index.upsert(path, text, annotations, hash);
}
