// Team mode's pure logic (issue 17): the backoff schedule, the connection's states and retries, the offline
// queue (saved, reloaded, sent in order), conflicts under optimistic concurrency, and pulling other readers'
// corrections, against fakes of the store and of pg's client.
import { strict as assert } from 'node:assert';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorrectionWrite, StoredCorrection } from '../../src/store/corrections';
import { applyShared, asSharedCorrection, describeShared, sharedKey, type SharedCorrection } from '../../src/store/teamCorrections';
import { backoffDelay, isConnectionFailure, TeamConnection, urlProblem, urlWithPassword, type StoreClient, type TeamState } from '../../src/store/teamConnection';
import { TeamStateFile } from '../../src/store/teamStateFile';
import { CorrectionSync, emptySyncState, type CorrectionStore, type TeamStateStore, type TeamSyncState } from '../../src/store/teamSync';

/** The store's corrections table in memory, with the same versioned write as src/store/corrections.ts. */
class FakeStore implements CorrectionStore {
  rows = new Map<string, StoredCorrection>();
  writes: string[] = [];
  down = false;

  constructor(public by: string) {}

  async put(key: string, value: unknown, expected: number | null): Promise<CorrectionWrite> {
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const row = this.rows.get(key);
    if ((expected === null && !row) || (row && row.version === expected)) {
      const version = (row?.version ?? 0) + 1;
      this.rows.set(key, { key, value: JSON.parse(JSON.stringify(value)), version, updatedAt: new Date(), updatedBy: this.by });
      this.writes.push(key);
      return { ok: true, version };
    }
    return { ok: false, current: row ?? null };
  }

  async list(): Promise<StoredCorrection[]> {
    if (this.down) throw new Error('Connection terminated unexpectedly');
    return [...this.rows.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  /** The same table seen through another reader's connection. */
  as(by: string): CorrectionStore {
    return {
      put: (k, v, e) => {
        const saved = this.by;
        this.by = by;
        return this.put(k, v, e).finally(() => { this.by = saved; });
      },
      list: () => this.list(),
    };
  }
}

class MemoryState implements TeamStateStore {
  saved: TeamSyncState | undefined;
  saves = 0;
  load() { return this.saved ? JSON.parse(JSON.stringify(this.saved)) as TeamSyncState : undefined; }
  async save(s: TeamSyncState) { this.saved = JSON.parse(JSON.stringify(s)); this.saves++; }
}

const person = (text: string): SharedCorrection => ({ op: 'retype', text, type: 'person' });
const org = (text: string): SharedCorrection => ({ op: 'retype', text, type: 'organization' });

describe('team mode: backoff', () => {
  it('waits 1 s, doubling to at most 60 s', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 20, 1000].map(backoffDelay), [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000, 60000]);
  });
});

describe('team mode: the store URL', () => {
  it('refuses a URL that holds a password, naming the command, without repeating the password', () => {
    const p = urlProblem('postgres://ann:s3cret@db.example:5432/news');
    assert.ok(p && /Set Team Store Password/.test(p) && !p.includes('s3cret'), p);
    assert.equal(urlProblem('postgres://ann@db.example:5432/news?sslmode=require'), undefined);
    assert.match(urlProblem('http://db.example/news') ?? '', /postgres:\/\//);
  });

  it('puts the secret password into the connection string, encoded', () => {
    const u = new URL(urlWithPassword('postgres://ann@db.example:5432/news?sslmode=require', 'p@ss/word:1'));
    assert.equal(decodeURIComponent(u.password), 'p@ss/word:1');
    assert.equal(u.searchParams.get('sslmode'), 'require');
  });
});

describe('team mode: shared corrections', () => {
  it('gives a retype and a new entity of one name one key, and applies each to a corrections file', () => {
    assert.equal(sharedKey(person('Lavrentiev')), sharedKey({ op: 'entity', name: 'Lavrentiev', type: 'place' }));
    const r = applyShared('', { op: 'entity', name: 'Tasnim', type: 'organization' });
    assert.ok(r.ok && JSON.parse(r.text).entities[0].name === 'Tasnim');
    assert.match(describeShared(org('MNA')), /MNA.*organisation/);
  });

  it('rejects values that are not corrections (another version, damaged data)', () => {
    for (const v of [null, 1, 'x', [], { op: 'retype', text: 'X', type: 'planet' }, { op: 'speaker', file: 'a', quote: 'q', speaker: 3 }, { op: 'drop' }]) {
      assert.equal(asSharedCorrection(v), undefined, JSON.stringify(v));
    }
  });
});

describe('team mode: queue and conflicts', () => {
  it('queues while offline (saved before sending), survives a reload, and sends in order on reconnect', async () => {
    const store = new FakeStore('ann');
    store.down = true;
    const disk = new MemoryState();
    const a = new CorrectionSync(disk, async () => true);
    await a.submit(person('Lavrentiev'), 1);
    await a.submit({ op: 'ignore', text: 'Article Continued Below' }, 2);
    await a.submit(org('Lavrentiev'), 3);
    await assert.rejects(a.flush(store));
    assert.equal(a.queue.length, 3);
    // A reload: a new sync reads the saved queue.
    const b = new CorrectionSync(disk, async () => true);
    assert.deepEqual(b.queue.map((q) => q.at), [1, 2, 3]);
    store.down = false;
    const r = await b.flush(store);
    assert.equal(r.sent, 3);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(store.writes, ['type:Lavrentiev', 'ignore:Article Continued Below', 'type:Lavrentiev']);
    // The later correction of the same entry is the one that stands.
    assert.deepEqual(store.rows.get('type:Lavrentiev')?.value, org('Lavrentiev'));
    assert.equal(store.rows.get('type:Lavrentiev')?.version, 2);
    assert.equal(b.queue.length, 0);
    assert.deepEqual(disk.saved?.queue, []);
  });

  it('keeps what was not acknowledged when the store fails half-way, and does not resend what was', async () => {
    const store = new FakeStore('ann');
    const sync = new CorrectionSync(new MemoryState(), async () => true);
    await sync.submit(person('A'));
    await sync.submit(person('B'));
    const put = store.put.bind(store);
    let calls = 0;
    store.put = async (k, v, e) => {
      if (++calls === 2) throw new Error('Connection terminated unexpectedly');
      return put(k, v, e);
    };
    await assert.rejects(sync.flush(store));
    assert.deepEqual(sync.queue.map((q) => q.key), ['type:B']);
    store.put = put;
    assert.equal((await sync.flush(store)).sent, 1);
    assert.deepEqual(store.writes, ['type:A', 'type:B']);
  });

  it('a write whose answer was lost is no conflict when sent again', async () => {
    const store = new FakeStore('ann');
    const sync = new CorrectionSync(new MemoryState(), async () => true);
    await sync.submit(person('A'));
    const put = store.put.bind(store);
    store.put = async (k, v, e) => {
      await put(k, v, e);
      throw new Error('Connection terminated unexpectedly');
    };
    await assert.rejects(sync.flush(store));
    store.put = put;
    const r = await sync.flush(store);
    assert.deepEqual([r.sent, r.conflicts.length, sync.knownVersion('type:A')], [1, 0, 1]);
  });

  it('two readers correcting one entry: one wins, the other gets a conflict with both values, nothing lost', async () => {
    const store = new FakeStore('');
    const applied: SharedCorrection[] = [];
    const ann = new CorrectionSync(new MemoryState(), async (c) => { applied.push(c); return true; });
    const ben = new CorrectionSync(new MemoryState(), async () => true);
    await ann.submit(person('Lavrentiev'));
    await ben.submit(org('Lavrentiev'));
    const first = await ann.flush(store.as('ann'));
    const second = await ben.flush(store.as('ben'));
    assert.equal(first.sent, 1);
    assert.equal(second.sent, 0);
    assert.equal(second.conflicts.length, 1);
    const c = second.conflicts[0];
    assert.deepEqual([c.mine, c.theirs, c.theirsBy, c.theirsVersion], [org('Lavrentiev'), person('Lavrentiev'), 'ann', 1]);
    assert.deepEqual(ben.conflicts.map((x) => x.key), ['type:Lavrentiev']);
    // Ben's pull does not overwrite his own value while the conflict is open.
    assert.equal((await ben.pull(store)).applied, 0);
    // Ben keeps his: written over Ann's version; Ann's pull then applies it.
    await ben.keepMine('type:Lavrentiev');
    assert.equal((await ben.flush(store.as('ben'))).sent, 1);
    assert.deepEqual([store.rows.get('type:Lavrentiev')?.value, store.rows.get('type:Lavrentiev')?.version], [org('Lavrentiev'), 2]);
    assert.equal((await ann.pull(store)).applied, 1);
    assert.deepEqual(applied, [org('Lavrentiev')]);
  });

  it('taking the other value applies it locally and closes the conflict', async () => {
    const store = new FakeStore('ann');
    await store.put('type:X', person('X'), null);
    const applied: SharedCorrection[] = [];
    const ben = new CorrectionSync(new MemoryState(), async (c) => { applied.push(c); return true; });
    await ben.submit(org('X'));
    assert.equal((await ben.flush(store)).conflicts.length, 1);
    assert.ok(await ben.takeTheirs('type:X'));
    assert.deepEqual([applied, ben.conflicts.length, ben.knownVersion('type:X')], [[person('X')], 0, 1]);
    assert.equal((await ben.pull(store)).applied, 0);
  });

  it('the same value written by both readers is no conflict', async () => {
    const store = new FakeStore('ann');
    await store.put('type:X', person('X'), null);
    const ben = new CorrectionSync(new MemoryState(), async () => true);
    await ben.submit({ op: 'entity', name: 'X', type: 'person' });
    const r = await ben.flush(store);
    assert.deepEqual([r.sent, r.conflicts.length, ben.knownVersion('type:X')], [1, 0, 1]);
  });

  it('pulls each new version once, skips foreign values, and retries an entry that could not be applied', async () => {
    const store = new FakeStore('ann');
    await store.put('type:A', person('A'), null);
    await store.put('weird', { op: 'explode' }, null);
    let refuse = true;
    const applied: string[] = [];
    const sync = new CorrectionSync(new MemoryState(), async (c) => {
      if (refuse) return false;
      applied.push(sharedKey(c));
      return true;
    });
    assert.deepEqual(await sync.pull(store), { applied: 0, skipped: 1 });
    refuse = false;
    assert.deepEqual(await sync.pull(store), { applied: 1, skipped: 0 });
    assert.deepEqual(await sync.pull(store), { applied: 0, skipped: 0 });
    await store.put('type:A', org('A'), 1);
    assert.deepEqual(await sync.pull(store), { applied: 1, skipped: 0 });
    assert.deepEqual(applied, ['type:A', 'type:A']);
  });
});

describe('team mode: the state file', () => {
  it('saves atomically in call order and reads back; a damaged file starts empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-team-'));
    try {
      const file = join(dir, 'sub', 'team.json');
      const f = new TeamStateFile(file);
      assert.equal(f.load(), undefined);
      const s = emptySyncState();
      s.queue.push({ key: 'type:A', value: person('A'), at: 5 });
      const first = f.save(s);
      const s2: TeamSyncState = { ...s, queue: [...s.queue, { key: 'ignore:B', value: { op: 'ignore', text: 'B' }, at: 6 }], known: { 'type:Z': 3 } };
      await Promise.all([first, f.save(s2)]);
      assert.deepEqual(f.load(), s2);
      writeFileSync(file, '{"queue": [{"value": {"op": "nope"}}, {"value": {"op":"ignore","text":"C"}, "at": 1}], "known": {"k": "x"}}');
      assert.deepEqual(f.load()?.queue.map((q) => q.key), ['ignore:C']);
      assert.deepEqual(f.load()?.known, {});
      writeFileSync(file, '{not json');
      const warnings: string[] = [];
      assert.equal(new TeamStateFile(file, (m) => warnings.push(m)).load(), undefined);
      assert.equal(warnings.length, 1);
      assert.ok(readFileSync(file, 'utf8').startsWith('{not'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A pg client that connects or refuses as told, and can lose its connection. */
class FakeClient extends EventEmitter implements StoreClient {
  static refuse = 0;
  static made: FakeClient[] = [];
  ended = false;
  constructor(readonly config: { connectionString?: string }) {
    super();
    FakeClient.made.push(this);
  }
  async connect() {
    if (FakeClient.refuse > 0) {
      FakeClient.refuse--;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' });
    }
  }
  async query() {
    if (this.ended) throw new Error('Client was closed and is not queryable');
    return { rows: [], rowCount: 0 };
  }
  async end() { this.ended = true; }
}

const tick = () => new Promise((r) => setImmediate(r));
/** The state now (a getter TypeScript would otherwise narrow across calls). */
const kindOf = (c: TeamConnection): TeamState['kind'] => c.current.kind;

describe('team mode: the connection', () => {
  beforeEach(() => {
    FakeClient.refuse = 0;
    FakeClient.made = [];
  });

  it('reports connecting, offline with the reason and the backoff, then connected; never throws', async () => {
    FakeClient.refuse = 3;
    const states: TeamState[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    const conn = new TeamConnection({
      url: 'postgres://ann@127.0.0.1:5999/news', password: 'pw',
      createClient: (c) => new FakeClient(c), onState: (s) => states.push(s),
      setTimer: (run, ms) => timers.push({ run, ms }), clearTimer: () => undefined,
    });
    conn.start();
    for (let i = 0; i < 3; i++) {
      await tick();
      timers.shift()!.run();
    }
    await tick();
    assert.deepEqual(states.map((s) => s.kind), ['connecting', 'offline', 'connecting', 'offline', 'connecting', 'offline', 'connecting', 'connected']);
    assert.deepEqual(states.filter((s) => s.kind === 'offline').map((s) => s.kind === 'offline' && s.retryInMs), [1000, 2000, 4000]);
    const offline = states.find((s) => s.kind === 'offline');
    assert.match(offline?.kind === 'offline' ? offline.reason : '', /cannot reach PostgreSQL at 127\.0\.0\.1:5999\/news as ann: connection refused/);
    assert.equal(decodeURIComponent(new URL(FakeClient.made[0].config.connectionString!).password), 'pw');
    assert.ok(conn.connected);
    conn.dispose();
  });

  it('a lost connection (error, then end) goes offline once and reconnects with backoff starting again at 1 s', async () => {
    const states: TeamState[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    let connects = 0;
    const conn = new TeamConnection({
      url: 'postgres://ann@127.0.0.1:5999/news', createClient: (c) => new FakeClient(c), onState: (s) => states.push(s),
      onConnected: async () => { connects++; }, setTimer: (run, ms) => timers.push({ run, ms }), clearTimer: () => undefined,
    });
    conn.start();
    await tick();
    assert.equal(kindOf(conn), 'connected');
    const client = FakeClient.made[0];
    client.emit('error', Object.assign(new Error('Connection terminated unexpectedly'), {}));
    client.emit('end');
    assert.equal(kindOf(conn), 'offline');
    assert.equal(timers.length, 1);
    assert.equal(timers[0].ms, 1000);
    assert.deepEqual(await conn.run(async () => 1), { ok: false, reason: 'lost the connection to PostgreSQL at 127.0.0.1:5999/news as ann' });
    timers.shift()!.run();
    await tick();
    assert.equal(kindOf(conn), 'connected');
    assert.equal(connects, 2);
    assert.deepEqual(await conn.run(async () => 7), { ok: true, value: 7 });
    conn.dispose();
    assert.equal(kindOf(conn), 'off');
  });

  it('a query failing on a dead connection marks it lost; a failing query on a live one does not', async () => {
    const timers: { run: () => void; ms: number }[] = [];
    const conn = new TeamConnection({
      url: 'postgres://ann@127.0.0.1:5999/news', createClient: (c) => new FakeClient(c),
      setTimer: (run, ms) => timers.push({ run, ms }), clearTimer: () => undefined,
    });
    conn.start();
    await tick();
    const bad = await conn.run(async () => { throw Object.assign(new Error('syntax error'), { code: '42601' }); });
    assert.equal(bad.ok, false);
    assert.equal(kindOf(conn), 'connected');
    const dead = await conn.run(async () => { throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }); });
    assert.equal(dead.ok, false);
    assert.equal(kindOf(conn), 'offline');
    conn.dispose();
  });

  it('tells a lost connection from a query the store refused (a read-only role writing)', () => {
    const err = (message: string, code?: string) => Object.assign(new Error(message), { code });
    assert.deepEqual([
      err('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), err('terminating connection due to administrator command', '57P01'),
      err('Connection terminated unexpectedly'), err('Client was closed and is not queryable'), err('connection failure', '08006'),
      err('permission denied for table corrections', '42501'), err('syntax error', '42601'), err('duplicate key', '23505'),
    ].map(isConnectionFailure), [true, true, true, true, true, false, false, false]);
  });

  it('a URL with a password is refused without a connection or a retry', () => {
    const states: TeamState[] = [];
    const conn = new TeamConnection({ url: 'postgres://ann:pw@127.0.0.1:5999/news', createClient: (c) => new FakeClient(c), onState: (s) => states.push(s) });
    conn.start();
    assert.equal(FakeClient.made.length, 0);
    assert.equal(states.length, 1);
    const s = states[0];
    assert.ok(s.kind === 'offline' && s.retryInMs === null && /Set Team Store Password/.test(s.reason));
    conn.dispose();
  });
});
