// The store tests' server: the temporary PostgreSQL that scripts/pg/testTier.mjs starts (its URL in
// NEWSLENS_TEST_PG_URL, a superuser's), and a fresh database for each group of tests so that none sees
// another's rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { connectStore } from '../../src/store/connect';

/** The superuser URL of the test server; the tests cannot run without one. */
export function serverUrl(): string {
  const url = process.env.NEWSLENS_TEST_PG_URL;
  if (!url) throw new Error('NEWSLENS_TEST_PG_URL is not set: run the store tests with `node scripts/pg/testTier.mjs` (it starts a temporary PostgreSQL)');
  return url;
}

/** `url` with another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `url` with another user and password. */
export function withUser(url: string, user: string, password: string | null): string {
  const u = new URL(url);
  u.username = user;
  u.password = password ?? '';
  return u.toString();
}

let made = 0;

/** A new empty database on the test server; its URL (as the superuser). */
export async function freshDatabase(label: string): Promise<string> {
  const name = `t_${label.replace(/\W+/g, '_').toLowerCase()}_${process.pid}_${++made}`;
  await withClient(serverUrl(), (c) => c.query(`CREATE DATABASE ${name}`));
  return withDatabase(serverUrl(), name);
}

export async function withClient<T>(url: string, run: (c: Client) => Promise<T>): Promise<T> {
  const { client, close } = await connectStore(url, 'newslens tests');
  try {
    return await run(client);
  } finally {
    await close();
  }
}

export interface RowCounts { articles: number; mentions: number; quotes: number; entities: number }

export async function rowCounts(url: string): Promise<RowCounts> {
  return withClient(url, async (c) => {
    const r = await c.query<RowCounts>(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM mentions)::int AS mentions,
      (SELECT count(*) FROM quotes)::int AS quotes, (SELECT count(*) FROM entities)::int AS entities`);
    return r.rows[0];
  });
}

/**
 * Where the entities and their counts are not what the mentions say: an entity without mentions or without
 * counts, an entity of the mentions missing, or counts and roles that differ. Empty when the loader kept
 * them right.
 */
export async function entityMismatches(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const r = await c.query<{ problem: string }>(`
      WITH truth AS (
        SELECT entity, count(DISTINCT article_id)::int AS articles, count(*)::int AS mentions,
               coalesce(array_agg(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL), '{}') AS roles
        FROM mentions GROUP BY entity)
      SELECT format('%s: stored %s/%s %s, mentions say %s/%s %s', coalesce(e.id, t.entity), c.article_count, c.mention_count, c.roles,
                    t.articles, t.mentions, t.roles) AS problem
      FROM entities e LEFT JOIN entity_counts c ON c.entity = e.id FULL JOIN truth t ON t.entity = e.id
      WHERE e.id IS NULL OR t.entity IS NULL OR c.entity IS NULL
        OR c.article_count <> t.articles OR c.mention_count <> t.mentions OR c.roles <> t.roles
      ORDER BY 1 LIMIT 20`);
    return r.rows.map((row) => row.problem);
  });
}

const scratchDirs: string[] = [];
process.on('exit', () => { for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true }); });

/** A temp folder for files the tests write, removed when the test process ends. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newslens-pg-${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Writes records as JSONL; returns the file. */
export function writeJsonl(dir: string, name: string, records: readonly unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

export { Client };
