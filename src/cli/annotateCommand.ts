import { parseArgs } from 'node:util';
import { annotateText } from '../core/annotate';
import { fullGc } from '../core/io/fullGc';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import type { ArticleAnnotations } from '../core/model';
import { speakerLabel } from '../core/model/speakerLabel';
import { applyCliCorrections } from './exportCommand';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { readArticles } from './readArticles';
import { streamAnnotate, type StreamValues } from './streamAnnotate';
import { UsageError } from './usageError';
import type { CliIo } from './io';

const FORMATS = ['jsonl', 'json', 'table'] as const;

/** Options that only the streaming mode (`--input jsonl`) takes. */
const STREAM_ONLY = ['jobs', 'strict', 'stats'] as const;

/**
 * `newslens annotate [--format jsonl|json|table] [--corrections FILE] [--max-size MB] [--all] PATH...`, or with
 * `--input jsonl [FILE|-]` the streaming mode (streamAnnotate.ts), which resolves later.
 */
export function annotateCommand(argv: string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f' }, corrections: { type: 'string' }, all: { type: 'boolean' }, ...MAX_SIZE_OPTION,
      input: { type: 'string' }, jobs: { type: 'string' }, strict: { type: 'boolean' }, stats: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.input !== undefined) return streamAnnotate(values, positionals, io);
  const streamOnly = STREAM_ONLY.find((o) => values[o] !== undefined);
  if (streamOnly) throw new UsageError(`--${streamOnly} goes with --input jsonl (annotate of files takes --format, --corrections, --max-size, --all)`);
  return annotateFiles(values, positionals, io);
}

/** The file mode: every article read first, then annotated as one corpus index. */
function annotateFiles(values: StreamValues, positionals: string[], io: CliIo): number {
  const format = (values.format ?? 'jsonl') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (use jsonl, json or table)`);
  if (!positionals.length) throw new UsageError('annotate needs at least one file or folder');
  const articles = readArticles(positionals, io.err, maxArticleBytes(values['max-size']), { all: !!values.all });
  // One corpus index over all the PATHs, so that entity ids link across the articles.
  const index = new CorpusIndex();
  applyCliCorrections(index, positionals, values.corrections, io);
  for (const a of articles) index.upsert(a.path, a.text, annotateText(a.text, a.path, { afterWindow: fullGc }));
  const results = articles.map((a) => index.annotations(a.path)!);
  if (format === 'jsonl') for (const r of results) io.out(JSON.stringify(r));
  else if (format === 'json') io.out(JSON.stringify(results, null, 2));
  else for (const r of results) io.out(table(r));
  return 0;
}

function table(r: ArticleAnnotations): string {
  const rows = [`${r.file} — ${r.title}`];
  for (const e of r.entities) rows.push(`  ${e.type.padEnd(12)} ${String(e.start).padStart(6)}  ${e.text}${e.name !== e.text ? ` → ${e.name}` : ''}${e.role ? `  [${e.role}]` : ''}`);
  for (const q of r.quotes) {
    const text = q.text.replace(/\s+/g, ' ');
    rows.push(`  ${`${q.kind} quote`.padEnd(12)} ${String(q.start).padStart(6)}  ${text.length > 70 ? `${text.slice(0, 69)}…` : text}  — ${q.speaker ? speakerLabel(q.speaker) : '(no speaker)'}`);
  }
  return rows.join('\n');
}
