// A loader killed with SIGKILL in the middle of replacing articles (old rows deleted, new ones being
// copied, nothing committed) leaves every article with all its old rows or all its new ones: never a mix,
// never an article without its rows. Then a second load finishes the job.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { contentHash } from '../../src/core/corpus/contentHash';
import { syntheticRecord } from '../fixtures/annotationRecords';
import { runMain } from '../unit/cliRun';
import { ROOT } from '../unit/seeds';
import { entityMismatches, freshDatabase, rowCounts, scratch, withClient, writeJsonl } from './pgFixture';

const ARTICLES = 4000;

/** Waits until the loader's session is inside a transaction that has deleted old rows and is copying new ones. */
async function midReplacement(url: string, child: { exitCode: number | null }): Promise<string> {
  return withClient(url, async (c) => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null;) {
      const r = await c.query<{ query: string }>(`SELECT query FROM pg_stat_activity
        WHERE application_name = 'newslens load' AND xact_start IS NOT NULL AND query LIKE 'COPY %'`);
      if (r.rows.length) return r.rows[0].query;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error('the loader never got to copying rows');
  });
}

/** Per article: is it the old version, the new one, or something else (a mix, or rows missing)? */
async function versions(url: string, old: Map<string, string>, fresh: Map<string, string>): Promise<{ old: number; fresh: number; broken: string[] }> {
  return withClient(url, async (c) => {
    const r = await c.query<{ file: string; content_hash: string; mentions: string; quotes: string }>(`
      SELECT a.file, a.content_hash,
        (SELECT string_agg(m.entity || ':' || m.span_start || '-' || m.span_end, ',' ORDER BY m.span_start, m.span_end, m.entity) FROM mentions m WHERE m.article_id = a.id) AS mentions,
        (SELECT string_agg(q.span_start || '-' || q.span_end || ':' || q.text, ',' ORDER BY q.span_start) FROM quotes q WHERE q.article_id = a.id) AS quotes
      FROM articles a`);
    const result = { old: 0, fresh: 0, broken: [] as string[] };
    for (const row of r.rows) {
      const got = `${row.content_hash}|${row.mentions}|${row.quotes}`;
      if (got === old.get(row.file)) result.old++;
      else if (got === fresh.get(row.file)) result.fresh++;
      else result.broken.push(row.file);
    }
    return result;
  });
}

/** What the store must hold for each record: its hash (of the JSONL line) and its rows, as `versions` reads them. */
function expected(records: ReturnType<typeof syntheticRecord>[]): Map<string, string> {
  return new Map(records.map((rec) => {
    const mentions = [...rec.entities].sort((a, b) => a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : 1)).map((m) => `${m.entity}:${m.start}-${m.end}`).join(',');
    const quotes = [...rec.quotes].sort((a, b) => a.start - b.start).map((q) => `${q.start}-${q.end}:${q.text}`).join(',');
    return [rec.file, `${contentHash(JSON.stringify(rec))}|${mentions}|${quotes}`];
  }));
}

describe('newslens load killed mid-way', () => {
  it('leaves each article old or new, never a mix; a second load completes it', async () => {
    const url = await freshDatabase('load_kill');
    const dir = scratch('kill');
    const oldRecords = Array.from({ length: ARTICLES }, (_, i) => syntheticRecord(i));
    const newRecords = Array.from({ length: ARTICLES }, (_, i) => syntheticRecord(i, 1));
    const oldFile = writeJsonl(dir, 'old.jsonl', oldRecords);
    const newFile = writeJsonl(dir, 'new.jsonl', newRecords);
    const first = await runMain('load', '--pg', url, oldFile);
    assert.equal(first.code, 0, first.err);
    const before = await rowCounts(url);

    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'load', '--pg', url, newFile], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const query = await midReplacement(url, child);
    child.kill('SIGKILL');
    const { signal } = await exited;
    assert.equal(signal, 'SIGKILL', `the loader finished before it was killed (it was at: ${query})`);

    const old = expected(oldRecords);
    const fresh = expected(newRecords);
    const after = await versions(url, old, fresh);
    assert.deepEqual(after.broken, [], `articles neither old nor new: ${after.broken.slice(0, 5).join(', ')}`);
    assert.equal(after.old + after.fresh, ARTICLES);
    assert.ok(after.old > 0, 'the batch being written when killed kept its old rows');
    assert.deepEqual(await entityMismatches(url), []);
    assert.equal((await rowCounts(url)).articles, before.articles);

    const again = await runMain('load', '--pg', url, newFile);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, new RegExp(`0 added, ${after.old} replaced, ${after.fresh} skipped`));
    assert.deepEqual(await versions(url, old, fresh), { old: 0, fresh: ARTICLES, broken: [] });
    assert.deepEqual(await entityMismatches(url), []);
  });
});
