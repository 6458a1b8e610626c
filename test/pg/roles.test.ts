// The two roles of docs/team-mode.md, created by the SQL NewsLens ships: a reader browses (query) but may
// neither load nor write corrections; a writer does both. Neither may change the schema.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { putCorrection } from '../../src/store/corrections';
import { rolesSql } from '../../src/store/roles';
import { runMain } from '../unit/cliRun';
import { ROOT } from '../unit/seeds';
import { freshDatabase, withClient, withUser } from './pgFixture';

describe('store roles', () => {
  let owner: string;
  let reader: string;
  let writer: string;

  before(async () => {
    owner = await freshDatabase('roles');
    const loaded = await runMain('load', '--pg', owner, join(ROOT, 'seeds', '000_d3ddef007ee00481.txt'));
    assert.equal(loaded.code, 0, loaded.err);
    const database = new URL(owner).pathname.slice(1);
    await withClient(owner, async (c) => {
      await c.query(rolesSql({ database }));
      await c.query(rolesSql({ database })); // idempotent
      await c.query("DROP ROLE IF EXISTS alice_reads; CREATE ROLE alice_reads LOGIN PASSWORD 'alice-pw' IN ROLE newslens_reader");
      await c.query("DROP ROLE IF EXISTS bob_writes; CREATE ROLE bob_writes LOGIN PASSWORD 'bob-pw' IN ROLE newslens_writer");
    });
    reader = withUser(owner, 'alice_reads', 'alice-pw');
    writer = withUser(owner, 'bob_writes', 'bob-pw');
  });

  it('lets the reader query, and refuses it loading and writing corrections in one line', async () => {
    const q = await runMain('query', '--pg', reader, 'appearances', 'Alexander Lavrentiev');
    assert.equal(q.code, 0, q.err);
    assert.ok(q.out.trim().split('\n').length >= 2);
    const load = await runMain('load', '--pg', reader, join(ROOT, 'seeds'));
    assert.equal(load.code, 1);
    assert.match(load.err, /^newslens: PostgreSQL at .* as alice_reads: permission denied for (table articles|sequence articles_id_seq) \(this role may not do that: loading needs the writer role/);
    await withClient(reader, async (c) => {
      await assert.rejects(putCorrection(c, 'entity:x', { type: 'person' }, null, 'alice'), /permission denied for table corrections/);
    });
  });

  it('lets the writer load articles and write corrections, but not change the schema', async () => {
    const load = await runMain('load', '--pg', writer, join(ROOT, 'seeds'));
    assert.equal(load.code, 0, load.err);
    assert.match(load.out, /1 added, 0 replaced, 1 skipped/);
    await withClient(writer, async (c) => {
      assert.deepEqual(await putCorrection(c, 'entity:x', { type: 'person' }, null, 'bob'), { ok: true, version: 1 });
      await assert.rejects(c.query('DROP TABLE articles'), /must be owner/);
      await assert.rejects(c.query('INSERT INTO schema_version (version) VALUES (99)'), /permission denied/);
    });
  });
});
