import { parseArgs } from 'node:util';
import { annotateText } from '../core/annotate';
import { fullGc } from '../core/io/fullGc';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import type { ArticleAnnotations } from '../core/model';
import { speakerLabel } from '../core/model/speakerLabel';
import { applyCliCorrections } from './exportCommand';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { readArticles } from './readArticles';
import { UsageError } from './usageError';
import type { CliIo } from './io';

const FORMATS = ['jsonl', 'json', 'table'] as const;

/** `newslens annotate [--format jsonl|json|table] [--corrections FILE] [--max-size MB] [--all] PATH...` */
export function annotateCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', short: 'f', default: 'jsonl' }, corrections: { type: 'string' }, all: { type: 'boolean', default: false }, ...MAX_SIZE_OPTION },
    allowPositionals: true,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (use jsonl, json or table)`);
  if (!positionals.length) throw new UsageError('annotate needs at least one file or folder');
  const articles = readArticles(positionals, io.err, maxArticleBytes(values['max-size']), { all: values.all });
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
