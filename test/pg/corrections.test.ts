// Shared corrections with a version per entry: a write that names a version someone else has already
// replaced is a conflict that returns the stored value, so the second of two readers correcting at once
// sees both values and nothing is lost.
import { strict as assert } from 'node:assert';
import { getCorrection, listCorrections, putCorrection } from '../../src/store/corrections';
import { migrate } from '../../src/store/migrate';
import { freshDatabase, withClient } from './pgFixture';

describe('store corrections', () => {
  it('creates, updates by version, and reports a conflict with the value that won', async () => {
    const url = await freshDatabase('corrections');
    await withClient(url, async (c) => {
      await migrate(c);
      const key = 'entity:person:alexander-lavrentiev';
      assert.deepEqual(await putCorrection(c, key, { type: 'person' }, null, 'ann'), { ok: true, version: 1 });
      const again = await putCorrection(c, key, { type: 'organization' }, null, 'ben');
      assert.equal(again.ok, false);
      assert.deepEqual(!again.ok && again.current && [again.current.value, again.current.version, again.current.updatedBy], [{ type: 'person' }, 1, 'ann']);
      assert.deepEqual(await putCorrection(c, key, { type: 'person', name: 'Alexander Lavrentiev' }, 1, 'ann'), { ok: true, version: 2 });
      assert.equal((await getCorrection(c, key))?.version, 2);
    });
  });

  it('lets exactly one of two readers creating the same entry at once win; the other gets its value', async () => {
    const url = await freshDatabase('corrections_create_race');
    await withClient(url, (c) => migrate(c));
    for (let round = 0; round < 10; round++) {
      const key = `entity:race-${round}`;
      const [a, b] = await Promise.all([
        withClient(url, (c) => putCorrection(c, key, { by: 'ann' }, null, 'ann')),
        withClient(url, (c) => putCorrection(c, key, { by: 'ben' }, null, 'ben')),
      ]);
      assert.equal([a, b].filter((r) => r.ok).length, 1, `round ${round}`);
      const loser = [a, b].find((r) => !r.ok);
      assert.deepEqual(loser && !loser.ok && loser.current?.value, { by: a.ok ? 'ann' : 'ben' });
    }
  });

  it('lets exactly one of two concurrent writers of the same version win; the other gets its value', async () => {
    const url = await freshDatabase('corrections_race');
    await withClient(url, (c) => migrate(c));
    const key = "quote:a.txt:10-20 with 'quotes' and \\ backslash";
    await withClient(url, (c) => putCorrection(c, key, { speaker: null }, null, 'setup'));
    const [a, b] = await Promise.all([
      withClient(url, (c) => putCorrection(c, key, { speaker: 'Ann' }, 1, 'ann')),
      withClient(url, (c) => putCorrection(c, key, { speaker: 'Ben' }, 1, 'ben')),
    ]);
    const results = [a, b];
    assert.equal(results.filter((r) => r.ok).length, 1);
    const loser = results.find((r) => !r.ok);
    const winner = a.ok ? { speaker: 'Ann' } : { speaker: 'Ben' };
    assert.deepEqual(loser && !loser.ok && loser.current?.value, winner);
    const all = await withClient(url, (c) => listCorrections(c));
    assert.deepEqual(all.map((x) => [x.key, x.value, x.version]), [[key, winner, 2]]);
  });
});
