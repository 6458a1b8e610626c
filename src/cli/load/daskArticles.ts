// The articles of a Dask job's output folder (scale/dask/README.md): OUT_DIR/articles, mentions and quotes,
// each of part-NNNNN.jsonl files, where part N of every table holds the rows of the same input partition.
// Read one partition at a time, so memory is bounded by the job's partition size, not the archive. The
// entities table is not read: the store counts entities from the mentions it holds. A part's rows are
// hashed together per article, so an article is loaded again when any of its rows differ.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../core/corpus/contentHash';
import type { StoreArticle, StoreQuote } from '../../store/types';
import { InputError } from '../usageError';
import { asRow, idText, oneOf, optionalText, RowError, span, text, type Row } from './fields';
import { mention } from './record';
import type { LoadItem } from './source';

const PART = /^part-\d+\.jsonl$/;

/** True for a folder that looks like a Dask job's output (an articles/ folder of part files). */
export function isJobOutput(dir: string): boolean {
  const articles = join(dir, 'articles');
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true && existsSync(articles)
    && readdirSync(articles).some((f) => PART.test(f));
}

/** The rows of one table's part (none when that part file is missing: a partition without quotes). */
function readPart(dir: string, table: string, part: string): { row: Row; where: string; line: string }[] {
  const file = join(dir, table, part);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const where = `${file}:${i + 1}`;
    try {
      return [{ row: asRow(JSON.parse(line), 'the row'), where, line }];
    } catch (e) {
      throw new InputError(`${where}: ${e instanceof RowError ? e.message : `not JSON (${(e as Error).message.split('\n')[0]})`}`);
    }
  });
}

/** `read()`, its RowError located at `where` ("OUT/mentions/part-00000.jsonl:12"). */
function at<T>(where: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RowError) throw new RowError(`${where}: ${e.message}`);
    throw e;
  }
}

function quoteRow(q: Row, what: string): StoreQuote {
  return {
    ...span(q, what),
    text: text(q, 'text', what),
    kind: oneOf(q, 'kind', ['direct', 'indirect'] as const, what),
    cue: optionalText(q, 'cue', what),
    rule: optionalText(q, 'rule', what),
    speakerText: optionalText(q, 'speaker', what),
    speakerEntity: optionalText(q, 'speaker_entity', what),
    speakerName: optionalText(q, 'speaker_name', what),
  };
}

/** One part's articles with their rows; a mention or quote of an article the part does not hold is an error. */
function partArticles(dir: string, part: string): LoadItem[] {
  const byDoc = new Map<string, { article: StoreArticle; lines: string[] } | null>();
  const items: LoadItem[] = [];
  for (const { row, where, line } of readPart(dir, 'articles', part)) {
    const doc = idText(row.id, `${where}: "id"`);
    if (row.error !== null && row.error !== undefined) {
      items.push({ skipped: `the job could not annotate it: ${String(row.error)}`, where });
      byDoc.set(doc, null);
      continue;
    }
    const file = optionalText(row, 'file', where) ?? doc;
    const article: StoreArticle = { file, title: optionalText(row, 'title', where), date: optionalText(row, 'date', where), outlet: optionalText(row, 'outlet', where), text: null, hash: '', mentions: [], quotes: [] };
    byDoc.set(doc, { article, lines: [line] });
  }
  const owner = (row: Row, where: string) => {
    const doc = idText(row.doc, `${where}: "doc"`);
    if (!byDoc.has(doc)) throw new RowError(`${where}: article ${JSON.stringify(doc)} is not in articles/${part}`);
    return byDoc.get(doc);
  };
  for (const { row, where, line } of readPart(dir, 'mentions', part)) {
    const into = owner(row, where);
    // A mention the job could not link (no corpus entity) has no entity to count under: left out.
    if (into && row.entity !== null) into.article.mentions.push(at(where, () => mention(row, into.article.mentions.length + 1)));
    into?.lines.push(line);
  }
  for (const { row, where, line } of readPart(dir, 'quotes', part)) {
    const into = owner(row, where);
    into?.article.quotes.push(at(where, () => quoteRow(row, 'quote')));
    into?.lines.push(line);
  }
  for (const entry of byDoc.values()) {
    if (!entry) continue;
    entry.article.hash = contentHash(entry.lines.join('\n'));
    items.push({ article: entry.article });
  }
  return items;
}

/** Yields the articles of a Dask job's output folder, part by part. */
export function* daskArticles(dir: string): Generator<LoadItem> {
  const parts = readdirSync(join(dir, 'articles')).filter((f) => PART.test(f)).sort();
  for (const part of parts) {
    try {
      yield* partArticles(dir, part);
    } catch (e) {
      if (e instanceof RowError) throw new InputError(e.message);
      throw e;
    }
  }
}
