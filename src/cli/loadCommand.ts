// `newslens load --pg URL PATH...`: annotations into the team's PostgreSQL store. Each PATH is a Dask job's
// output folder, a JSONL file of `annotate` records ('-' for stdin), or article files and folders, which are
// annotated here as one corpus. See docs/team-mode.md.
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import type { CliIo } from './io';
import { checkReadable } from './inputFile';
import { daskArticles, isJobOutput } from './load/daskArticles';
import { fileArticles } from './load/fileArticles';
import { jsonlArticles } from './load/jsonlArticles';
import { Loader, type LoaderTotals } from './load/loader';
import { rate } from './load/progress';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { withStore } from './storeSession';
import { UsageError } from './usageError';

const JSONL = ['.jsonl', '.ndjson'];

interface Inputs {
  jobDirs: string[];
  jsonl: string[];
  articles: string[];
}

/** Sorts the PATHs by kind; a missing path or an unreadable JSONL file fails here, before the store is touched. */
function sortInputs(paths: string[]): Inputs {
  const inputs: Inputs = { jobDirs: [], jsonl: [], articles: [] };
  for (const p of paths) {
    if (p === '-' || (JSONL.includes(extname(p).toLowerCase()) && !statSync(p, { throwIfNoEntry: false })?.isDirectory())) {
      if (p !== '-') checkReadable(p, 'load');
      inputs.jsonl.push(p);
    } else if (isJobOutput(p)) inputs.jobDirs.push(p);
    else if (statSync(p, { throwIfNoEntry: false })) inputs.articles.push(p);
    else throw new UsageError(`load: no such file or folder '${p}'`);
  }
  if (inputs.jsonl.filter((p) => p === '-').length > 1) throw new UsageError('load reads stdin (-) once');
  return inputs;
}

function summary(t: LoaderTotals, where: string): string {
  const n = t.added + t.replaced + t.unchanged;
  return `loaded ${n} article${n === 1 ? '' : 's'} into ${where} in ${t.seconds.toFixed(1)} s (${rate(n, t.seconds)} articles/s): `
    + `${t.added} added, ${t.replaced} replaced, ${t.unchanged} skipped (unchanged)${t.notLoaded ? `, ${t.notLoaded} not loaded (see the warnings)` : ''}; `
    + `${t.mentions} mentions and ${t.quotes} quotes written`;
}

/** `newslens load --pg URL [--force] [--jobs N] [--corrections FILE] [--max-size MB] [--all] PATH...` */
export async function loadCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { pg: { type: 'string' }, force: { type: 'boolean', default: false }, jobs: { type: 'string' }, corrections: { type: 'string' }, all: { type: 'boolean', default: false }, ...MAX_SIZE_OPTION },
    allowPositionals: true,
  });
  if (!positionals.length) throw new UsageError('load needs at least one PATH: article files or folders, a JSONL file of annotate records, or a Dask job\'s output folder');
  const maxBytes = maxArticleBytes(values['max-size']);
  const inputs = sortInputs(positionals);
  return withStore(values.pg, 'load', async (store) => {
    const schema = await migrate(store.client);
    if (schema.to !== schema.from) io.err(`load: store schema ${schema.from} -> ${schema.to} (${MIGRATIONS.filter((m) => m.version > schema.from).map((m) => m.summary).join('; ')})`);
    const loader = new Loader(store.client, io, values.force);
    for (const dir of inputs.jobDirs) for (const item of daskArticles(dir)) await loader.add(item);
    // JSON escapes make a record line longer than its text; entities and quotes add their own.
    for (const file of inputs.jsonl) for await (const item of jsonlArticles(file, 16 * maxBytes)) await loader.add(item);
    if (inputs.articles.length) {
      const items = await fileArticles(inputs.articles, { jobs: values.jobs, corrections: values.corrections, maxBytes, all: values.all }, io);
      for (const item of items) await loader.add(item);
    }
    io.out(summary(await loader.finish(), store.where));
    return 0;
  });
}
