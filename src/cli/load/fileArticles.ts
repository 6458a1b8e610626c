// Article files and folders as store articles: read as `newslens index` reads them (the same skips and
// warnings), annotated as one corpus (so that entity ids link across the files, as in `annotate`), in
// worker threads from 16 files on. The hash of each is the hash of its text, the key of the corpus cache.
import { availableParallelism } from 'node:os';
import { contentHash } from '../../core/corpus/contentHash';
import { buildCorpus } from '../../core/corpus/corpusBuilder';
import { CorpusIndex } from '../../core/corpus/corpusIndex';
import { speechModel } from '../../core/nlp/speech/speechModel';
import { nerModel } from '../../core/nlp/tagger/nerModel';
import { storeArticle } from '../../store/fromAnnotations';
import { applyCliCorrections } from '../exportCommand';
import { makeAnnotator, parseJobs, POOL_THRESHOLD } from '../indexCommand';
import type { CliIo } from '../io';
import { readArticles } from '../readArticles';
import { Progress } from './progress';
import type { LoadItem } from './source';

export interface FileOptions {
  jobs?: string;
  corrections?: string;
  maxBytes: number;
  all: boolean;
}

/** Reads and annotates the article files below `paths`; resolves to one item per file read. */
export async function fileArticles(paths: string[], o: FileOptions, io: CliIo): Promise<LoadItem[]> {
  const files = readArticles(paths, io.err, o.maxBytes, { all: o.all });
  const index = new CorpusIndex();
  applyCliCorrections(index, paths, o.corrections, io);
  if (!files.length) return [];
  // A missing or damaged model is one clear error here, not the same failure once per file from each worker.
  nerModel();
  speechModel();
  const jobs = parseJobs(o.jobs, availableParallelism(), (line) => io.err(`warning: ${line}`));
  const engine = makeAnnotator(jobs ?? (files.length >= POOL_THRESHOLD ? availableParallelism() : 0));
  const progress = new Progress(io.err);
  try {
    const result = await buildCorpus(index, files.map((f) => ({ path: f.path, read: () => f.text })), {
      annotator: engine.annotator,
      onProgress: (p) => progress.tick(() => `load: annotating ${p.done}/${p.total} articles`),
    });
    const failed = new Map(result.failed.map((f) => [f.path, f.reason]));
    return files.map((f): LoadItem => {
      const annotations = index.annotations(f.path);
      if (!annotations) return { skipped: `the engine failed: ${failed.get(f.path) ?? 'no annotations'}`, where: f.path };
      return { article: storeArticle(annotations, { text: f.text, hash: contentHash(f.text) }) };
    });
  } finally {
    await engine.close();
  }
}
