import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { defaultPoolSize, WorkerPool } from '../../src/core/corpus/workerPool';
import { ROOT, seed } from './seeds';

const WORKER = join(ROOT, 'dist', 'worker.js');

/** A stand-in worker speaking the pool's protocol: "crash" exits, "throw" fails, "hang" never answers. */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.text === 'crash') process.exit(3);
  if (job.text === 'throw') throw new Error('boom');
  if (job.text === 'hang') return;
  if (job.text === 'engine error') return parentPort.postMessage({ id: job.id, error: 'bad input' });
  setTimeout(() => parentPort.postMessage({ id: job.id, annotations: { file: job.file, title: job.text, dateline: null, entities: [], quotes: [] } }), 5);
});
`;

describe('WorkerPool', () => {
  let tmp: string;
  let fake: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'newslens-worker-'));
    fake = join(tmp, 'fakeWorker.js');
    writeFileSync(fake, FAKE_WORKER);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('sizes itself to cores - 1, at least 1', () => {
    assert.ok(defaultPoolSize() >= 1);
    assert.equal(new WorkerPool(WORKER).size, defaultPoolSize());
    assert.equal(new WorkerPool(WORKER, { size: 0 }).size, 1);
  });

  it('annotates in worker threads exactly as on the main thread', async () => {
    const pool = new WorkerPool(WORKER, { size: 2 });
    try {
      const seeds = [seed('000'), seed('004')];
      const results = await Promise.all(seeds.map((s) => pool.annotate(s.text, s.path)));
      results.forEach((r, i) => assert.deepEqual(r, annotateText(seeds[i].text, seeds[i].path)));
    } finally {
      await pool.dispose();
    }
  });

  it('fails the job of a crashed worker with an error, replaces the worker and goes on', async () => {
    const pool = new WorkerPool(fake, { size: 1 });
    try {
      const crash = pool.annotate('crash', '/c.txt');
      const after = pool.annotate('fine', '/f.txt');
      await assert.rejects(crash, /worker stopped \(exit code 3\) while annotating \/c\.txt/);
      assert.equal((await after).title, 'fine');
      await assert.rejects(pool.annotate('throw', '/t.txt'), /boom/);
      assert.equal((await pool.annotate('again', '/g.txt')).title, 'again');
      await assert.rejects(pool.annotate('engine error', '/e.txt'), /the engine failed on \/e\.txt: bad input/);
    } finally {
      await pool.dispose();
    }
  });

  it('fails a job whose worker script cannot be loaded, instead of hanging', async () => {
    const pool = new WorkerPool(join(tmp, 'missing.js'), { size: 1 });
    try {
      await assert.rejects(pool.annotate('x', '/x.txt'), /worker stopped/);
    } finally {
      await pool.dispose();
    }
  });

  it('abandons a job that never finishes after the timeout', async () => {
    // Long enough for the replacement worker to start and answer on a loaded 2-core machine (200 ms was not).
    const pool = new WorkerPool(fake, { size: 1, timeoutMs: 2000 });
    try {
      await assert.rejects(pool.annotate('hang', '/h.txt'), /took longer than/);
      assert.equal((await pool.annotate('next', '/n.txt')).title, 'next');
    } finally {
      await pool.dispose();
    }
  });

  it('rejects cancelled jobs at once, queued or running, and keeps working', async () => {
    const pool = new WorkerPool(fake, { size: 1 });
    try {
      const controller = new AbortController();
      const running = pool.annotate('one', '/1');
      const queued = pool.annotate('two', '/2', controller.signal);
      controller.abort();
      await assert.rejects(queued, { name: 'AbortError' });
      assert.equal((await running).title, 'one');
      await assert.rejects(pool.annotate('three', '/3', controller.signal), { name: 'AbortError' });
      const c2 = new AbortController();
      const started = pool.annotate('four', '/4', c2.signal);
      c2.abort();
      await assert.rejects(started, { name: 'AbortError' });
      assert.equal((await pool.annotate('five', '/5')).title, 'five');
    } finally {
      await pool.dispose();
    }
  });

  it('rejects pending jobs on dispose and refuses new ones', async () => {
    const pool = new WorkerPool(fake, { size: 1 });
    const outcomes = Promise.allSettled([pool.annotate('a', '/a'), pool.annotate('b', '/b')]);
    await pool.dispose();
    for (const o of await outcomes) assert.match(o.status === 'rejected' ? String(o.reason) : 'resolved', /closed/);
    await assert.rejects(pool.annotate('c', '/c'), /closed/);
  });

  it("runs the open article's job ('now') ahead of queued background jobs, in order among themselves", async () => {
    const pool = new WorkerPool(fake, { size: 1 });
    const order: string[] = [];
    const track = (p: Promise<{ title: string }>) => p.then((a) => { order.push(a.title); });
    try {
      const background = ['b1', 'b2', 'b3', 'b4'].map((t) => track(pool.annotate(t, `/${t}`)));
      const urgent = ['n1', 'n2'].map((t) => track(pool.annotate(t, `/${t}`, undefined, 'now')));
      assert.equal(pool.pending, 5, 'b1 runs, the rest wait');
      await Promise.all([...background, ...urgent]);
      assert.deepEqual(order, ['b1', 'n1', 'n2', 'b2', 'b3', 'b4']);
    } finally {
      await pool.dispose();
    }
  });
});
