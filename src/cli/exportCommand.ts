import { statSync } from 'node:fs';
import { normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateText } from '../core/annotate';
import { fullGc } from '../core/io/fullGc';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { correctionsForPaths } from '../core/corrections/load';
import { exportFiles } from '../core/export/exportFormats';
import { inputClash } from '../core/export/exportTarget';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/types';
import { ExportError, exportNames, writeExport } from '../core/export/writeFolder';
import { MAX_SIZE_OPTION, maxArticleBytes } from './maxSize';
import { readArticles } from './readArticles';
import { UsageError } from './usageError';
import type { CliIo } from './io';

/**
 * Sets on the index the corrections for the PATHs given: `override` (--corrections FILE) for all, else the
 * `.newslens.json` at the root of each folder given. Problems in a corrections file are warnings on stderr.
 */
export function applyCliCorrections(index: CorpusIndex, paths: readonly string[], override: string | undefined, io: CliIo): void {
  if (override !== undefined && !statSync(override, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--corrections: no such file '${override}'`);
  for (const [root, corrections] of correctionsForPaths(paths, override, (line) => io.err(line))) {
    // Article paths are joined below the folder as given ("./seeds" -> "seeds/000.txt"): key by the same form.
    const key = root === '' ? '' : normalize(root);
    index.setCorrections(key === '.' ? '' : key, corrections);
  }
}

/** Refuses an --out folder that is, lies inside or holds one of the inputs (see core/export/exportTarget.ts). */
function checkOutsideInputs(out: string, inputs: readonly string[]): void {
  const clash = inputClash(out, inputs);
  if (!clash) return;
  const where = {
    same: `it is the input folder ${clash.input}`,
    inside: `it is inside the input folder ${clash.input}, where the export would be read as articles next time`,
    holds: `it holds the input ${clash.input}`,
  }[clash.relation];
  throw new UsageError(`cannot export to ${out}: ${where}; export to a folder outside the inputs`);
}

/** `newslens export --format jsonl|csv|brat|conll --out DIR [--corrections FILE] [--all] PATH...` */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, corrections: { type: 'string' }, all: { type: 'boolean', default: false }, ...MAX_SIZE_OPTION },
    allowPositionals: true,
  });
  const format = values.format as ExportFormat | undefined;
  if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`unknown export format '${format}' (use ${EXPORT_FORMATS.join(', ')})`);
  if (!values.out) throw new UsageError('export needs --out DIR');
  if (!positionals.length) throw new UsageError('export needs at least one file or folder');
  checkOutsideInputs(values.out, positionals);
  const articles = readArticles(positionals, io.err, maxArticleBytes(values['max-size']), { all: values.all });
  const index = new CorpusIndex();
  applyCliCorrections(index, positionals, values.corrections, io);
  for (const a of articles) index.upsert(a.path, a.text, annotateText(a.text, a.path, { afterWindow: fullGc }));
  const names = exportNames(articles.map((a) => a.path));
  const docs = articles.map((a, i) => ({ name: names[i], text: a.text, annotations: index.annotations(a.path)! }));
  try {
    const written = await writeExport(values.out, exportFiles(format, docs));
    io.out(`exported ${docs.length} article${docs.length === 1 ? '' : 's'} as ${format} to ${values.out} (${written} file${written === 1 ? '' : 's'})`);
    return 0;
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    io.err(`newslens: ${e.message}`);
    return 1;
  }
}
