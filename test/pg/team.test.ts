// Team mode against a real PostgreSQL (issue 17): the editor's correction sync and connection (the same
// classes the extension runs, without VS Code) between readers sharing one store. Two readers correcting one
// entry at once: one wins, the other is told with both values, nothing is lost. A correction made by one is
// pulled into the other's corrections file. The server stopped mid-session: the connection says offline, a
// correction made meanwhile is queued, and when the server is back it reconnects and the correction arrives.
import { strict as assert } from 'node:assert';
import type { ClientBase } from 'pg';
import { parseCorrections } from '../../src/core/corrections/parse';
import { getCorrection, listCorrections, putCorrection } from '../../src/store/corrections';
import { migrate } from '../../src/store/migrate';
import { applyShared, type SharedCorrection } from '../../src/store/teamCorrections';
import { TeamConnection, type StoreClient, type TeamState } from '../../src/store/teamConnection';
import { CorrectionSync, type CorrectionStore, type TeamStateStore, type TeamSyncState } from '../../src/store/teamSync';
import { freshDatabase, withClient, withUser } from './pgFixture';
import { ownServer, type OwnServer } from './teamServer';

class MemoryState implements TeamStateStore {
  saved: TeamSyncState | undefined;
  load() { return this.saved ? JSON.parse(JSON.stringify(this.saved)) as TeamSyncState : undefined; }
  async save(s: TeamSyncState) { this.saved = JSON.parse(JSON.stringify(s)); }
}

function storeOf(client: StoreClient | ClientBase, by: string): CorrectionStore {
  const c = client as ClientBase;
  return { put: (k, v, e) => putCorrection(c, k, v, e, by), list: () => listCorrections(c) };
}

/** A reader: a corrections file (its text), its sync, and the store through its own connection. */
function reader(): { file: { text: string }; sync: CorrectionSync } {
  const file = { text: '' };
  const sync = new CorrectionSync(new MemoryState(), async (c) => {
    const r = applyShared(file.text, c);
    if (r.ok) file.text = r.text;
    return r.ok;
  });
  return { file, sync };
}

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  for (const deadline = Date.now() + ms; !ok();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const person: SharedCorrection = { op: 'retype', text: 'Lavrentiev', type: 'person' };
const org: SharedCorrection = { op: 'retype', text: 'Lavrentiev', type: 'organization' };

describe('team mode against PostgreSQL', () => {
  it('two readers correcting one entry at once: exactly one wins, the other gets both values, nothing is lost', async () => {
    const url = await freshDatabase('team_race');
    await withClient(url, (c) => migrate(c));
    for (let round = 0; round < 5; round++) {
      const ann = reader();
      const ben = reader();
      const text = `Lavrentiev ${round} 'quoted' \\ "x"`;
      const key = `type:${text}`;
      const mine = { op: 'retype', text, type: 'person' } as const;
      const theirs = { op: 'retype', text, type: 'organization' } as const;
      await ann.sync.submit(mine);
      await ben.sync.submit(theirs);
      const [a, b] = await Promise.all([
        withClient(url, (c) => ann.sync.flush(storeOf(c, 'ann'))),
        withClient(url, (c) => ben.sync.flush(storeOf(c, 'ben'))),
      ]);
      assert.equal(a.sent + b.sent, 1, `round ${round}: one write wins`);
      const [winner, loser, winnerValue, loserValue, winnerName] = a.sent ? [ann, ben, mine, theirs, 'ann'] : [ben, ann, theirs, mine, 'ben'];
      const conflicts = (a.sent ? b : a).conflicts;
      assert.equal(conflicts.length, 1);
      assert.deepEqual([conflicts[0].key, conflicts[0].mine, conflicts[0].theirs, conflicts[0].theirsBy, conflicts[0].theirsVersion], [key, loserValue, winnerValue, winnerName, 1]);
      const stored = await withClient(url, (c) => getCorrection(c, key));
      assert.deepEqual([stored?.value, stored?.version], [winnerValue, 1]);
      // Nothing lost: the loser's value is its open conflict (and in its own corrections file), the winner's in the store.
      assert.deepEqual(loser.sync.conflicts.map((c) => c.mine), [loserValue]);
      assert.equal(winner.sync.conflicts.length, 0);
      // The loser keeps theirs: written over the winner's version, then pulled by the winner.
      await loser.sync.keepMine(key);
      assert.equal((await withClient(url, (c) => loser.sync.flush(storeOf(c, 'loser')))).sent, 1);
      await withClient(url, (c) => winner.sync.pull(storeOf(c, 'winner')));
      assert.equal(winner.sync.knownVersion(key), 2);
      const parsed = parseCorrections(winner.file.text);
      assert.deepEqual(parsed.corrections.retype.filter((r) => r.text === text), [{ text, type: loserValue.type }]);
    }
  });

  it("one reader's correction is pulled into another's corrections file; the other's pull is idempotent", async () => {
    const url = await freshDatabase('team_pull');
    await withClient(url, (c) => migrate(c));
    const ann = reader();
    const ben = reader();
    await ann.sync.submit({ op: 'entity', name: 'Tasnim News Agency', type: 'organization' });
    await ann.sync.submit({ op: 'ignore', text: 'Article Continued Below' });
    await ann.sync.submit({ op: 'speaker', file: 'seeds/a.txt', quote: 'we will not accept', speaker: 'Ali Shamkhani' });
    assert.equal((await withClient(url, (c) => ann.sync.flush(storeOf(c, 'ann')))).sent, 3);
    assert.equal((await withClient(url, (c) => ben.sync.pull(storeOf(c, 'ben')))).applied, 3);
    assert.equal((await withClient(url, (c) => ben.sync.pull(storeOf(c, 'ben')))).applied, 0);
    const parsed = parseCorrections(ben.file.text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.corrections.entities.map((e) => [e.name, e.type]), [['Tasnim News Agency', 'organization']]);
    assert.deepEqual(parsed.corrections.ignore, ['Article Continued Below']);
    assert.deepEqual(parsed.corrections.speakers, [{ file: 'seeds/a.txt', quote: 'we will not accept', speaker: 'Ali Shamkhani' }]);
  });

  describe('the server stopped mid-session', function () {
    this.timeout(180_000);
    let server: OwnServer | undefined;
    after(async () => { await server?.stop(); });

    it('goes offline, queues the correction, retries with backoff, and sends it when the server is back', async () => {
      server = await ownServer();
      await withClient(server.url, (c) => migrate(c));
      // The editor logs in with a password from secret storage, not one in the URL.
      const u = new URL(server.url);
      const password = decodeURIComponent(u.password);
      const url = withUser(server.url, decodeURIComponent(u.username), null);
      const ann = reader();
      const states: TeamState[] = [];
      const waits: number[] = [];
      let conn: TeamConnection | undefined;
      const flushAndPull = async (c: StoreClient) => {
        await ann.sync.flush(storeOf(c, 'ann'));
        await ann.sync.pull(storeOf(c, 'ann'));
      };
      conn = new TeamConnection({
        url, password, applicationName: 'newslens team test',
        onState: (s) => states.push(s),
        onConnected: flushAndPull,
        // The backoff's waits are recorded as asked, and waited at most 300 ms so the test stays short.
        setTimer: (run, ms) => { waits.push(ms); return setTimeout(run, Math.min(ms, 300)); },
        clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
      });
      try {
        conn.start();
        await until('connected', () => conn!.current.kind === 'connected');
        await ann.sync.submit(person);
        assert.equal((await conn.run(async (c) => ann.sync.flush(storeOf(c, 'ann')))).ok, true);
        assert.equal(ann.sync.queue.length, 0);

        server.halt();
        await until('offline', () => conn!.current.kind === 'offline');
        const offline = conn.current;
        assert.ok(offline.kind === 'offline' && /PostgreSQL at 127\.0\.0\.1:\d+\/newslens as newslens/.test(offline.reason) && !offline.reason.includes(password), JSON.stringify(offline));
        // A correction made while offline is queued, not lost; a query meanwhile fails softly.
        await ann.sync.submit(org);
        assert.equal(ann.sync.queue.length, 1);
        assert.equal((await conn.run(async () => 1)).ok, false);
        await until('three retries', () => waits.length >= 3);
        assert.deepEqual(waits.slice(0, 3), [1000, 2000, 4000]);

        server.resume();
        await until('reconnected', () => conn!.current.kind === 'connected');
        assert.equal(ann.sync.queue.length, 0);
        const stored = await withClient(server.url, (c) => getCorrection(c, 'type:Lavrentiev'));
        assert.deepEqual([stored?.value, stored?.version, stored?.updatedBy], [org, 2, 'ann']);
        assert.ok(states.some((s) => s.kind === 'connecting') && states.at(-1)?.kind === 'connected');
      } finally {
        conn?.dispose();
        conn = undefined;
      }
    });
  });
});
