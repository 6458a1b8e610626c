// The schema is created and upgraded by the migrations the project ships: twice is a no-op, an older
// schema is brought up to date with its rows kept, two processes at once apply each version once, and a
// store newer than the code, or one not created yet, is refused with a clear message.
import { strict as assert } from 'node:assert';
import { migrate, requireSchema, schemaVersion } from '../../src/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations';
import { StoreError } from '../../src/store/storeError';
import { freshDatabase, withClient } from './pgFixture';

type Snapshot = { versions: string; objects: string };

/** The applied versions with their times, and every table, index and extension of the database. */
async function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (c) => {
    const versions = await c.query("SELECT string_agg(version || '@' || applied_at, ',' ORDER BY version) AS v FROM schema_version");
    const objects = await c.query(`SELECT string_agg(name, ',' ORDER BY name) AS v FROM (
      SELECT 'table ' || tablename AS name FROM pg_tables WHERE schemaname = 'public'
      UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT 'extension ' || extname FROM pg_extension) o`);
    return { versions: versions.rows[0].v, objects: objects.rows[0].v };
  });
}

describe('store migrations', () => {
  it('creates the schema, and running them again changes nothing', async () => {
    const url = await freshDatabase('migrate_twice');
    const first = await withClient(url, (c) => migrate(c));
    assert.deepEqual(first, { from: 0, to: SCHEMA_VERSION });
    const before = await snapshot(url);
    for (const name of ['table articles', 'table entities', 'table entity_counts', 'table mentions', 'table quotes', 'table corrections', 'index entities_name_trigrams', 'index quotes_full_text', 'index mentions_by_entity', 'extension pg_trgm']) {
      assert.ok(before.objects.split(',').includes(name), `${name} missing: ${before.objects}`);
    }
    const second = await withClient(url, (c) => migrate(c));
    assert.deepEqual(second, { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    assert.deepEqual(await snapshot(url), before);
  });

  it('upgrades an older schema and keeps its rows', async () => {
    const url = await freshDatabase('migrate_upgrade');
    await withClient(url, async (c) => {
      assert.deepEqual(await migrate(c, 1), { from: 0, to: 1 });
      await c.query("INSERT INTO articles (file, title, content_hash, text) VALUES ('a.txt', 'Old row', 'h1', 'Quote: ''ok''')");
      await c.query("INSERT INTO quotes (article_id, span_start, span_end, text, kind) SELECT id, 7, 11, '''ok''', 'direct' FROM articles");
      assert.equal(await schemaVersion(c), 1);
      await assert.rejects(requireSchema(c), (e: Error) => e instanceof StoreError && /version 1; this NewsLens needs 2/.test(e.message));
      assert.deepEqual(await migrate(c), { from: 1, to: SCHEMA_VERSION });
      await requireSchema(c);
      const rows = await c.query("SELECT a.title, q.text FROM articles a JOIN quotes q ON q.article_id = a.id");
      assert.deepEqual(rows.rows, [{ title: 'Old row', text: "'ok'" }]);
      const found = await c.query("SELECT count(*)::int AS n FROM quotes WHERE search @@ websearch_to_tsquery('english', 'ok')");
      assert.equal(found.rows[0].n, 1, 'the old quote is searchable after the upgrade');
    });
    assert.equal((await snapshot(url)).versions.split(',').length, MIGRATIONS.length);
  });

  it('applies each version once when two processes migrate at the same time', async () => {
    const url = await freshDatabase('migrate_race');
    const results = await Promise.all([withClient(url, (c) => migrate(c)), withClient(url, (c) => migrate(c))]);
    assert.deepEqual(results.map((r) => r.to), [SCHEMA_VERSION, SCHEMA_VERSION]);
    assert.deepEqual(results.map((r) => r.from).sort(), [0, SCHEMA_VERSION]);
    assert.equal((await snapshot(url)).versions.split(',').length, MIGRATIONS.length);
  });

  it('refuses a store not created yet, and one newer than this code', async () => {
    const url = await freshDatabase('migrate_refuse');
    await withClient(url, async (c) => {
      await assert.rejects(requireSchema(c), /holds no NewsLens store yet/);
      await migrate(c);
      await c.query('INSERT INTO schema_version (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
      await assert.rejects(migrate(c), (e: Error) => e instanceof StoreError && /newer than this NewsLens knows/.test(e.message));
      await assert.rejects(requireSchema(c), /newer than this NewsLens knows/);
    });
  });
});
