// Writes a batch of articles in one transaction: an article whose hash is the store's is left alone, a new
// one is added, and a changed one loses all its old rows and gets its new ones, in the same transaction. A
// loader killed at any point therefore leaves each article with its old rows or its new ones, never a mix:
// PostgreSQL drops the whole uncommitted transaction when the connection goes. Loaders take turns on an
// advisory lock, so two of them never race to add the same file.
import type { ClientBase } from 'pg';
import { copyRows } from './copyRows';
import { updateEntities } from './entityCounts';
import { emptyCounts, type LoadCounts, type StoreArticle } from './types';

export interface LoadOptions {
  /** Replace articles even when their hash is unchanged (after an engine upgrade, say). */
  force?: boolean;
}

const ARTICLE_COLUMNS = ['id', 'file', 'title', 'date', 'outlet', 'content_hash', 'text'];
const MENTION_COLUMNS = ['article_id', 'entity', 'span_start', 'span_end', 'text', 'role'];
const QUOTE_COLUMNS = ['article_id', 'span_start', 'span_end', 'text', 'kind', 'cue', 'rule', 'speaker_text', 'speaker_entity', 'speaker_name'];

interface Plan {
  /** Articles to write, each file once (the last of the batch wins). */
  write: StoreArticle[];
  /** Store ids of the articles being replaced. */
  replacedIds: string[];
  unchanged: number;
}

/** Which articles of the batch are new, changed or unchanged, from the hashes the store has for their files. */
async function plan(client: ClientBase, articles: readonly StoreArticle[], force: boolean): Promise<Plan> {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const stored = await client.query<{ id: string; file: string; content_hash: string }>(
    'SELECT id, file, content_hash FROM articles WHERE file = ANY($1::text[])', [[...byFile.keys()]]);
  const result: Plan = { write: [], replacedIds: [], unchanged: 0 };
  const old = new Map(stored.rows.map((r) => [r.file, r]));
  for (const a of byFile.values()) {
    const row = old.get(a.file);
    if (row && row.content_hash === a.hash && !force) {
      result.unchanged++;
      continue;
    }
    if (row) result.replacedIds.push(row.id);
    result.write.push(a);
  }
  return result;
}

/** Deletes the replaced articles (their mentions and quotes go with them); returns the entities they mentioned. */
async function remove(client: ClientBase, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const touched = await client.query<{ entity: string }>('SELECT DISTINCT m.entity FROM unnest($1::bigint[]) AS a (id) JOIN mentions m ON m.article_id = a.id', [ids]);
  await client.query('DELETE FROM articles WHERE id = ANY($1::bigint[])', [ids]);
  return touched.rows.map((r) => r.entity);
}

/** Ids for the new article rows, taken from the table's sequence so that mention and quote rows can name them. */
async function newIds(client: ClientBase, n: number): Promise<string[]> {
  const r = await client.query<{ id: string }>("SELECT nextval(pg_get_serial_sequence('articles', 'id'))::text AS id FROM generate_series(1, $1::int)", [n]);
  return r.rows.map((row) => row.id);
}

function* mentionRows(articles: readonly StoreArticle[], ids: readonly string[]) {
  for (let i = 0; i < articles.length; i++) {
    for (const m of articles[i].mentions) yield [ids[i], m.entity, m.start, m.end, m.text, m.role];
  }
}

function* quoteRows(articles: readonly StoreArticle[], ids: readonly string[]) {
  for (let i = 0; i < articles.length; i++) {
    for (const q of articles[i].quotes) yield [ids[i], q.start, q.end, q.text, q.kind, q.cue, q.rule, q.speakerText, q.speakerEntity, q.speakerName];
  }
}

/** Copies the article, mention and quote rows of `articles` (ids[i] is the new id of articles[i]). */
async function write(client: ClientBase, articles: readonly StoreArticle[], ids: readonly string[], counts: LoadCounts): Promise<void> {
  await copyRows(client, 'articles', ARTICLE_COLUMNS, articles.map((a, i) => [ids[i], a.file, a.title, a.date, a.outlet, a.hash, a.text]));
  counts.mentions += await copyRows(client, 'mentions', MENTION_COLUMNS, mentionRows(articles, ids));
  counts.quotes += await copyRows(client, 'quotes', QUOTE_COLUMNS, quoteRows(articles, ids));
}

/** Loads a batch in one transaction; see the header. The client must not be inside a transaction. */
export async function loadBatch(client: ClientBase, articles: readonly StoreArticle[], options: LoadOptions = {}): Promise<LoadCounts> {
  const counts = emptyCounts();
  if (!articles.length) return counts;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['newslens.load']);
    const p = await plan(client, articles, !!options.force);
    counts.unchanged = p.unchanged;
    counts.replaced = p.replacedIds.length;
    counts.added = p.write.length - p.replacedIds.length;
    if (p.write.length) {
      const touched = await remove(client, p.replacedIds);
      const ids = await newIds(client, p.write.length);
      await write(client, p.write, ids, counts);
      await updateEntities(client, p.write, ids, touched);
    }
    await client.query('COMMIT');
    return counts;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
