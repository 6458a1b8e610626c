import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { CorpusCache } from '../../src/core/corpus/cacheFile';
import { contentHash } from '../../src/core/corpus/contentHash';
import { buildCorpus, type SourceFile } from '../../src/core/corpus/corpusBuilder';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { Annotator } from '../../src/core/corpus/workerPool';
import type { ArticleAnnotations } from '../../src/core/model';
import { ArticleBuilder, putinBare, putinFull } from './corpusFixtures';
import { seed } from './seeds';

/** An in-thread annotator that counts its calls. */
function countingAnnotator(): Annotator & { calls: string[] } {
  const calls: string[] = [];
  return { calls, annotate: async (text, file) => { calls.push(file); return annotateText(text, file); } };
}

const sources = (): SourceFile[] => (['000', '004'] as const).map((n) => { const s = seed(n); return { path: s.path, read: () => s.text }; });

describe('corpus cache file', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-cache-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  async function buildAndSave(file: string): Promise<CorpusIndex> {
    const index = new CorpusIndex();
    await buildCorpus(index, sources(), { annotator: countingAnnotator() });
    assert.equal(await new CorpusCache(file).save(index.entries()), true);
    return index;
  }

  it('round-trips: a second start annotates nothing and answers the same', async () => {
    const file = join(tmp, 'sub', 'corpus.json');
    const first = await buildAndSave(file);
    const cache = new CorpusCache(file);
    assert.equal(cache.load(), 2);
    const annotator = countingAnnotator();
    const second = new CorpusIndex();
    const r = await buildCorpus(second, sources(), { annotator, cache });
    assert.deepEqual(annotator.calls, []);
    assert.equal(r.fromCache, 2);
    for (const s of sources()) assert.deepEqual(second.annotations(s.path), first.annotations(s.path));
    assert.deepEqual(second.topEntities({ limit: 5 }), first.topEntities({ limit: 5 }));
    assert.deepEqual(readdirSync(join(tmp, 'sub')), ['corpus.json'], 'no temporary file left behind');
  });

  it('finds a renamed file by its content hash', async () => {
    const file = join(tmp, 'corpus.json');
    await buildAndSave(file);
    const cache = new CorpusCache(file);
    cache.load();
    const s = seed('000');
    const a = cache.lookup(contentHash(s.text), s.text, '/renamed.txt');
    assert.equal(a?.file, '/renamed.txt');
    assert.deepEqual({ ...a, file: '' }, { ...annotateText(s.text), file: '' });
  });

  it('round-trips misc mentions in the compact form, type, id and name intact', async () => {
    const file = join(tmp, 'corpus.json');
    const b = new ArticleBuilder('Deal talks\n\nIran and the EU discussed the JCPOA and Brexit on Christmas Eve.\n')
      .mention('place', 'Iran').mention('organization', 'EU').mention('misc', 'JCPOA', { name: 'Joint Comprehensive Plan of Action' })
      .mention('misc', 'Brexit').mention('misc', 'Christmas Eve');
    const index = new CorpusIndex();
    index.upsert('a', b.text, b.build('a'));
    assert.equal(await new CorpusCache(file).save(index.entries()), true);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(Array.isArray(stored.docs[0][2].m), 'stored compact, not raw');
    const cache = new CorpusCache(file);
    assert.equal(cache.load(), 1);
    const back = cache.lookup(contentHash(b.text), b.text, 'a');
    assert.deepEqual(back, b.build('a'));
    assert.deepEqual(back!.entities.filter((m) => m.type === 'misc').map((m) => m.entity), ['misc:joint-comprehensive-plan-of-action', 'misc:brexit', 'misc:christmas-eve']);
  });

  it('keeps annotations with fields it does not know as they are', async () => {
    const file = join(tmp, 'corpus.json');
    const b = putinFull();
    const annotations = b.build('a') as ArticleAnnotations & { extra?: number };
    annotations.extra = 42;
    const index = new CorpusIndex();
    index.upsert('a', b.text, annotations);
    index.upsert('b', putinBare().text, putinBare().build('b'));
    await new CorpusCache(file).save(index.entries());
    const cache = new CorpusCache(file);
    cache.load();
    const again = new CorpusIndex();
    await buildCorpus(again, [{ path: 'a', read: () => b.text }, { path: 'b', read: () => putinBare().text }], { annotator: countingAnnotator(), cache });
    assert.equal((again.annotations('a') as typeof annotations).extra, 42);
    assert.deepEqual(again.annotations('b'), index.annotations('b'));
    assert.equal(again.entity('person:putin')?.id, 'person:vladimir-putin');
  });

  it('discards a damaged cache with one log line and rebuilds it', async () => {
    const file = join(tmp, 'corpus.json');
    for (const damage of ['{"magic": "newslens-corpus-cache", "docs": [', 'garbage', '', '{"magic":"x"}']) {
      writeFileSync(file, damage);
      const lines: string[] = [];
      const cache = new CorpusCache(file, (l) => lines.push(l));
      assert.equal(cache.load(), 0);
      assert.equal(lines.length, 1, JSON.stringify(lines));
      assert.match(lines[0], /damaged/);
      assert.doesNotMatch(lines[0], /\n/);
      const annotator = countingAnnotator();
      const index = new CorpusIndex();
      await buildCorpus(index, sources(), { annotator, cache });
      assert.equal(annotator.calls.length, 2);
      assert.equal(await cache.save(index.entries()), true);
      assert.equal(new CorpusCache(file).load(), 2);
    }
  });

  it('survives a damaged entry inside a valid file: only that document is re-annotated', async () => {
    const file = join(tmp, 'corpus.json');
    await buildAndSave(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.docs[0][2].m = [0, 999999, 0, 0, 0, -1];
    writeFileSync(file, JSON.stringify(json));
    const cache = new CorpusCache(file);
    cache.load();
    const annotator = countingAnnotator();
    await buildCorpus(new CorpusIndex(), sources(), { annotator, cache });
    assert.equal(annotator.calls.length, 1);
  });

  it('discards a cache written by another engine version', async () => {
    const file = join(tmp, 'corpus.json');
    await buildAndSave(file);
    const lines: string[] = [];
    const cache = new CorpusCache(file, (l) => lines.push(l), '0.0.0-other');
    assert.equal(cache.load(), 0);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /engine/);
  });

  it('works in memory when the cache folder cannot be written, and says so once', async () => {
    // A path below a regular file can never be created, even by root.
    writeFileSync(join(tmp, 'file'), 'x');
    const lines: string[] = [];
    const cache = new CorpusCache(join(tmp, 'file', 'cache', 'corpus.json'), (l) => lines.push(l));
    assert.equal(cache.load(), 0);
    const index = new CorpusIndex();
    const r = await buildCorpus(index, sources(), { annotator: countingAnnotator(), cache });
    assert.equal(r.annotated, 2);
    assert.equal(await cache.save(index.entries()), false);
    assert.equal(await cache.save(index.entries()), false);
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.match(lines[0], /cannot write.*stays in memory/);
    assert.equal(index.size, 2);
  });

  it('reports a cache file it cannot read once, and starts from scratch', () => {
    mkdirSync(join(tmp, 'dir.json'));
    const lines: string[] = [];
    assert.equal(new CorpusCache(join(tmp, 'dir.json'), (l) => lines.push(l)).load(), 0);
    assert.equal(lines.length, 1);
    assert.equal(new CorpusCache(join(tmp, 'missing.json'), (l) => lines.push(l)).load(), 0);
    assert.equal(lines.length, 1, 'a missing cache is normal: no log');
    assert.ok(!existsSync(join(tmp, 'missing.json')));
  });
});
