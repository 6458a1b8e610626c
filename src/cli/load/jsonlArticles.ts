// The articles of a JSONL file of annotation records (`newslens annotate --format jsonl` or `--input jsonl`
// output), read line by line: a file of any size is loaded in constant memory. A line that is not a record
// stops the load with its file and line number.
import { createReadStream } from 'node:fs';
import { formatMB } from '../../core/io/sizeLimit';
import { readLines } from '../stream/lines';
import { InputError } from '../usageError';
import { RowError } from './fields';
import { recordArticle } from './record';
import type { LoadItem } from './source';

/** The JSON error's own words, without the file text JSON.parse may quote. */
function jsonProblem(e: unknown): string {
  return (e as Error).message.split('\n')[0];
}

/** Yields the articles of `path` ('-': stdin); `maxLineBytes` bounds one line (--max-size). */
export async function* jsonlArticles(path: string, maxLineBytes: number): AsyncGenerator<LoadItem> {
  const name = path === '-' ? 'stdin' : path;
  const input = path === '-' ? process.stdin : createReadStream(path);
  try {
    for await (const line of readLines(input, maxLineBytes)) {
      const where = `${name}:${line.number}`;
      if (line.text === undefined) throw new InputError(`${where}: line over ${formatMB(maxLineBytes)} (raise the limit with --max-size MB)`);
      if (!line.text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch (e) {
        throw new InputError(`${where}: not JSON (${jsonProblem(e)})`);
      }
      try {
        const outcome = recordArticle(value, line.text);
        yield 'article' in outcome ? outcome : { skipped: outcome.skipped, where };
      } catch (e) {
        if (e instanceof RowError) throw new InputError(`${where}: ${e.message}`);
        throw e;
      }
    }
  } finally {
    input.destroy();
  }
}
