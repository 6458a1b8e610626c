import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { buildCorpus } from '../core/corpus/corpusBuilder';
import { nerModel } from '../core/nlp/tagger/nerModel';
import { dateBound } from '../core/report/reportScope';
import { lexiconGivenNames } from '../core/report/givenNames';
import { reportHtml } from '../core/report/reportHtml';
import { sourcesReport } from '../core/report/sourcesReport';
import type { ReportFilter, SourcesReport } from '../core/report/types';
import { applyCliCorrections } from './exportCommand';
import { makeAnnotator, POOL_THRESHOLD } from './indexCommand';
import type { CliIo } from './io';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { readArticles } from './readArticles';
import { UsageError } from './usageError';

/** The browser bundle of the dashboard, built by esbuild.mjs next to the CLI. */
const DASHBOARD_SCRIPT = 'dashboard.js';

/** The report's filter from the flags; a date that is not ISO is a usage error. */
function filterOf(values: { agency?: string; from?: string; to?: string }): ReportFilter {
  const filter: ReportFilter = {};
  if (values.agency !== undefined) filter.agency = values.agency;
  for (const side of ['from', 'to'] as const) {
    const raw = values[side];
    if (raw === undefined) continue;
    const bound = dateBound(raw, side);
    if (!bound) throw new UsageError(`--${side} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '${raw}'`);
    filter[side] = bound;
  }
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  return filter;
}

/** The dashboard script to inline, or null when the bundle was not built. */
function dashboardScript(): string | null {
  const file = join(__dirname, DASHBOARD_SCRIPT);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Annotates the files into the index, in worker threads for a larger corpus (as `index` does). */
async function buildIndex(index: CorpusIndex, files: { path: string; text: string }[], io: CliIo): Promise<void> {
  const engine = makeAnnotator(files.length >= POOL_THRESHOLD ? availableParallelism() : 0);
  try {
    await buildCorpus(index, files.map((f) => ({ path: f.path, read: () => f.text })), { annotator: engine.annotator, log: (line) => io.err(`warning: ${line}`) });
  } finally {
    await engine.close();
  }
}

/** Writes the standalone page; a file that cannot be written is one line on stderr, exit 1. */
function writePage(file: string, report: SourcesReport, script: string, io: CliIo): number {
  const html = reportHtml(report, { script, nonce: randomBytes(18).toString('base64'), standalone: true });
  try {
    writeFileSync(file, html);
  } catch (e) {
    io.err(`newslens: cannot write ${file}: ${(e as Error).message}`);
    return 1;
  }
  const { articles, quotes } = report.totals;
  io.out(`wrote ${file}: ${articles} article${articles === 1 ? '' : 's'}, ${quotes.direct + quotes.indirect} quotes`);
  return 0;
}

/** `newslens report [--html OUT.html | --json] [--agency A] [--from DATE] [--to DATE] [--corrections FILE] [--max-size MB] [--all] PATH...` */
export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      html: { type: 'string' }, json: { type: 'boolean' }, agency: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      corrections: { type: 'string' }, all: { type: 'boolean' }, ...MAX_SIZE_OPTION,
    },
    allowPositionals: true,
  });
  if (values.html !== undefined && values.json) throw new UsageError('report takes --html OUT.html or --json, not both');
  if (values.html === undefined && !values.json) throw new UsageError('report needs --html OUT.html or --json');
  if (values.html === '') throw new UsageError('--html needs a file name');
  if (!positionals.length) throw new UsageError('report needs at least one file or folder');
  const filter = filterOf(values);
  // Checked before the articles are read, so a build without the bundle fails at once.
  const script = values.html !== undefined ? dashboardScript() : '';
  if (script === null) {
    io.err(`newslens: the dashboard script ${join(__dirname, DASHBOARD_SCRIPT)} is missing: build it with \`node esbuild.mjs\``);
    return 1;
  }
  const files = readArticles(positionals, io.err, maxArticleBytes(values['max-size']), { all: values.all });
  const index = new CorpusIndex();
  applyCliCorrections(index, positionals, values.corrections, io);
  // A missing or damaged model is one clear error here, before any article is annotated.
  const givenName = files.length ? lexiconGivenNames(nerModel().lexicon) : undefined;
  await buildIndex(index, files, io);
  const report = sourcesReport(index, filter, { text: (p) => index.textOf(p), givenName });
  if (values.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  return writePage(values.html!, report, script, io);
}
