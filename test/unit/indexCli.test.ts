import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCache, writeCache } from './cacheFileText';
import { runMain } from './cliRun';
import { ROOT, tempSeedCorpus } from './seeds';

/** The statistics lines of `newslens index`, without the timing line. */
const stats = (out: string) => out.split('\n').slice(1).join('\n');

describe('newslens index', () => {
  let tmp: string;
  let corpus: string;
  beforeEach(() => {
    ({ tmp, corpus } = tempSeedCorpus('newslens-index-', (n) => `${n}.txt`));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints corpus statistics and the top people by articles, Lavrentiev first', async () => {
    const r = await runMain('index', corpus);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^indexed 2 articles in [\d.]+ s: 2 annotated, 0 from cache\n/);
    for (const label of ['articles', 'people', 'organisations', 'places', 'other names', 'quotes']) assert.match(r.out, new RegExp(`^${label} +\\d+$`, 'm'));
    assert.match(r.out, /^articles +2$/m);
    assert.match(r.out, /top people by articles:\n +1\. Alexander Lavrentiev +2 articles/);
    assert.equal(r.err, '');
  });

  it('gives the same statistics with worker threads', async () => {
    // main() of dist/cli.js starts its pool on dist/worker.js, beside it; without that file it would quietly annotate in this thread.
    assert.ok(existsSync(join(ROOT, 'dist', 'worker.js')), 'dist/worker.js is built');
    const inThread = await runMain('index', '--jobs', '0', corpus);
    const pooled = await runMain('index', '--jobs', '2', corpus);
    assert.equal(pooled.code, 0, pooled.err);
    assert.equal(stats(pooled.out), stats(inThread.out));
  });

  it('reuses and updates the cache: only a changed article is annotated again', async () => {
    const cache = join(tmp, 'cache', 'corpus.json');
    const first = await runMain('index', '--cache', cache, corpus);
    assert.equal(first.code, 0, first.err);
    assert.ok(existsSync(cache));
    const second = await runMain('index', '--cache', cache, corpus);
    assert.match(second.out, /: 0 annotated, 2 from cache/);
    assert.equal(stats(second.out), stats(first.out));
    writeFileSync(join(corpus, '004.txt'), `${readFileSync(join(corpus, '004.txt'), 'utf8')}\nAn added line.\n`);
    assert.match((await runMain('index', '--cache', cache, corpus)).out, /: 1 annotated, 1 from cache/);
    assert.match((await runMain('index', '--cache', cache, corpus)).out, /: 0 annotated, 2 from cache/);
  });

  it('warns in one line about a damaged cache, rebuilds it and succeeds', async () => {
    const cache = join(tmp, 'corpus.json');
    writeFileSync(cache, '{"magic": "newslens-corpus-cache", "docs": [[');
    const r = await runMain('index', '--cache', cache, corpus);
    assert.equal(r.code, 0);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /^warning: NewsLens cache .* is damaged/);
    const next = await runMain('index', '--cache', cache, corpus);
    assert.match(next.out, /2 from cache/);
    assert.equal(next.err, '', 'the rebuilt cache is clean');
  });

  /** Damage to both entries of a cache the first run wrote (compact entries: [start, end, type, ...] records in m and q). */
  type Entry = { m: unknown[]; q: unknown[] };
  const DAMAGE: [string, (docs: [string, string, Entry][], strings: string[], texts: (path: string) => string) => void][] = [
    ['raw null and an entity type __proto__', (docs, strings) => {
      // The raw form (annotations the compact form cannot hold), emptied.
      docs[0][2] = { raw: null } as unknown as Entry;
      docs[1][2].m[2] = strings.push('__proto__') - 1;
    }],
    ['a fractional and a string offset', (docs) => {
      docs[0][2].m[0] = (docs[0][2].m[0] as number) + 0.5;
      docs[1][2].q[1] = String(docs[1][2].q[1]);
    }],
    ['an offset past the text and an unknown quote rule', (docs, strings, texts) => {
      docs[0][2].q[1] = texts(docs[0][0]).length + 1;
      docs[1][2].q[10] = strings.push('gossip') - 1;
    }],
  ];

  for (const [name, damage] of DAMAGE) {
    it(`drops damaged cache entries (${name}) with one warning, annotates them again and repairs the cache`, async () => {
      const cache = join(tmp, 'corpus.json');
      const first = await runMain('index', '--cache', cache, corpus);
      const json = readCache(cache);
      damage(json.docs as Parameters<typeof damage>[0], json.strings as string[], (path) => readFileSync(path, 'utf8'));
      writeCache(cache, json);
      const healed = await runMain('index', '--cache', cache, corpus);
      assert.equal(healed.code, 0, healed.err);
      assert.match(healed.out, /: 2 annotated, 0 from cache/);
      assert.equal(healed.err.trim().split('\n').length, 1, healed.err);
      assert.match(healed.err, /^warning: NewsLens cache .*: 2 damaged entries dropped, their articles annotated again \(first: .+\)$/m);
      assert.equal(stats(healed.out), stats(first.out));
      const next = await runMain('index', '--cache', cache, corpus);
      assert.match(next.out, /: 0 annotated, 2 from cache/);
      assert.equal(next.err, '', 'the repaired cache is clean');
      assert.equal(stats(next.out), stats(first.out));
    });
  }

  it('rebuilds a cache written by another engine version with one warning, and the next run is clean', async () => {
    const cache = join(tmp, 'corpus.json');
    const first = await runMain('index', '--cache', cache, corpus);
    writeCache(cache, { ...readCache(cache), engine: '0.0.1' });
    const rebuilt = await runMain('index', '--cache', cache, corpus);
    assert.match(rebuilt.out, /: 2 annotated, 0 from cache/);
    assert.equal(rebuilt.err.trim().split('\n').length, 1, rebuilt.err);
    assert.match(rebuilt.err, /^warning: NewsLens cache .* was written by engine 0\.0\.1/);
    const next = await runMain('index', '--cache', cache, corpus);
    assert.match(next.out, /: 0 annotated, 2 from cache/);
    assert.equal(next.err, '');
    assert.equal(stats(next.out), stats(first.out));
  });

  it('warns once when the cache folder cannot be written, and still prints the statistics', async () => {
    writeFileSync(join(tmp, 'a-file'), '');
    const r = await runMain('index', '--cache', join(tmp, 'a-file', 'corpus.json'), corpus);
    assert.equal(r.code, 0);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /^warning: .*cannot write it .*stays in memory/);
    assert.match(r.out, /^articles +2$/m);
  });

  it('exits 2 with a one-line error for a missing path, no path or a bad --jobs', async () => {
    for (const args of [['index', join(tmp, 'nope')], ['index'], ['index', '--jobs', 'x', corpus], ['index', '--bogus', corpus]]) {
      const r = await runMain(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
    }
  });

  it('skips a binary file with a warning and indexes the rest', async () => {
    writeFileSync(join(corpus, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = await runMain('index', corpus);
    assert.equal(r.code, 0);
    assert.match(r.err, /warning: skipped .*image\.txt: binary file/);
    assert.match(r.out, /^articles +2$/m);
  });

  it('documents the command in --help', async () => {
    assert.match((await runMain('--help')).out, /newslens index \[--cache FILE\]/);
  });
});

describe('newslens annotate across articles', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-annotate-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('links entity ids across all the PATHs given: a bare surname takes the full name of another article', async () => {
    const full = join(tmp, 'a.txt');
    const bare = join(tmp, 'b.txt');
    writeFileSync(full, 'Putin meets envoy\n\nMOSCOW, Nov. 5, 2018 (Reuters) – Russian president, Vladimir Putin, met the envoy on Monday.\n');
    writeFileSync(bare, 'Talks\n\nPutin said "we are ready for talks" on Tuesday.\n');
    const alone = await runMain('annotate', bare);
    const bareIds = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).find((d) => d.file === bare).entities.filter((e: { text: string }) => e.text === 'Putin').map((e: { entity: string }) => e.entity);
    assert.deepEqual(bareIds(alone.out), ['person:putin']);
    const together = await runMain('annotate', full, bare);
    assert.equal(together.code, 0, together.err);
    assert.deepEqual(bareIds(together.out), ['person:vladimir-putin']);
  });
});
