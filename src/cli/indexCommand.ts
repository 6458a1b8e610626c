import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusCache } from '../core/corpus/cacheFile';
import { buildCorpus } from '../core/corpus/corpusBuilder';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { inThreadAnnotator } from '../core/corpus/inThreadAnnotator';
import { WorkerPool, type Annotator } from '../core/corpus/workerPool';
import { applyCliCorrections } from './exportCommand';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { readArticles } from './readArticles';
import { UsageError } from './usageError';
import { nerModel } from '../core/nlp/tagger/nerModel';
import { speechModel } from '../core/nlp/speech/speechModel';
import type { CliIo } from './io';

/** Below this many files, starting worker threads (each loads the engine) costs more than it saves. */
export const POOL_THRESHOLD = 16;

/** `newslens index [--cache FILE] [--jobs N] [--corrections FILE] [--max-size MB] [--all] PATH...`: indexes articles as one corpus and prints its statistics. */
export async function indexCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { cache: { type: 'string' }, jobs: { type: 'string' }, corrections: { type: 'string' }, all: { type: 'boolean', default: false }, ...MAX_SIZE_OPTION },
    allowPositionals: true,
  });
  if (!positionals.length) throw new UsageError('index needs at least one file or folder');
  const warn = (line: string) => io.err(`warning: ${line}`);
  const jobs = parseJobs(values.jobs, availableParallelism(), warn);
  // Read up front (the index keeps every text anyway): a missing path fails here, before any work.
  const files = readArticles(positionals, io.err, maxArticleBytes(values['max-size']), { all: values.all });

  const started = process.hrtime.bigint();
  const cache = values.cache ? new CorpusCache(values.cache, warn) : undefined;
  cache?.load();
  const index = new CorpusIndex();
  applyCliCorrections(index, positionals, values.corrections, io);
  // A missing or damaged model is one clear error here, not the same failure once per file from each worker.
  if (files.length) {
    nerModel();
    speechModel();
  }
  const annotator = makeAnnotator(jobs ?? (files.length >= POOL_THRESHOLD ? availableParallelism() : 0));
  let nextReport = 0.1;
  try {
    const result = await buildCorpus(index, files.map((f) => ({ path: f.path, read: () => f.text })), {
      annotator: annotator.annotator,
      cache,
      log: warn,
      onProgress: (p) => {
        if (p.total < 500 || p.done / p.total < nextReport) return;
        nextReport = Math.floor((p.done / p.total) * 10 + 1) / 10;
        io.err(`indexing: ${p.done}/${p.total} (${p.fromCache} from cache, ${p.annotated} annotated)`);
      },
    });
    cache?.forget();
    if (cache) await cache.save(index.entries());
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    io.out(`indexed ${index.size} articles in ${seconds.toFixed(1)} s: ${result.annotated} annotated, ${result.fromCache} from cache${result.skipped.length + result.failed.length ? `, ${result.skipped.length + result.failed.length} not indexed` : ''}`);
    printStats(index, io);
    return index.size || !files.length ? 0 : 1;
  } finally {
    await annotator.close();
  }
}

/**
 * The number of worker threads --jobs asks for, at most one per core: each worker loads its own engine and
 * model, so workers beyond the cores only add memory and start-up time (`--jobs 1000` would start a thousand).
 * A higher value is capped with a warning.
 */
export function parseJobs(raw: string | undefined, cores: number, warn: (line: string) => void): number | undefined {
  if (raw === undefined) return undefined;
  const jobs = Number(raw);
  if (!(raw.trim() && Number.isInteger(jobs) && jobs >= 0)) throw new UsageError(`--jobs takes a whole number, not '${raw}'`);
  if (jobs <= cores) return jobs;
  warn(`--jobs ${jobs} is more than the ${cores} core${cores === 1 ? '' : 's'} of this machine; using ${cores}`);
  return cores;
}

/** The engine for a CLI run: a worker pool of `workers` threads, or this thread for 0 (or no bundled worker). */
export function makeAnnotator(workers: number): { annotator: Annotator; close(): Promise<void> } {
  const script = join(__dirname, 'worker.js');
  if (workers === 0 || !existsSync(script)) return { annotator: inThreadAnnotator, close: async () => {} };
  const pool = new WorkerPool(script, { size: workers });
  return { annotator: pool, close: () => pool.dispose() };
}

function printStats(index: CorpusIndex, io: CliIo): void {
  const s = index.stats();
  const rows: [string, number][] = [['articles', s.articles], ['people', s.people], ['organisations', s.organizations], ['places', s.places], ['other names', s.misc], ['quotes', s.quotes]];
  for (const [label, n] of rows) io.out(`${label.padEnd(14)} ${String(n).padStart(7)}`);
  const top = index.topEntities({ type: 'person', by: 'articles', limit: 10 });
  if (!top.length) return;
  io.out('top people by articles:');
  const count = (n: number, what: string) => `${String(n).padStart(6)} ${what}${n === 1 ? ' ' : 's'}`;
  top.forEach((e, i) => io.out(`${String(i + 1).padStart(4)}. ${e.name.padEnd(32)} ${count(e.articleCount, 'article')} ${count(e.mentionCount, 'mention')}`));
}
