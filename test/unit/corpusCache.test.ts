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
import { readCache, saveLines, writeCache } from './cacheFileText';
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
    const stored = readCache(file);
    assert.ok(Array.isArray((stored.docs[0] as [string, string, { m: unknown }])[2].m), 'stored compact, not raw');
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
    const json = readCache(file);
    (json.docs[0] as [string, string, { m: unknown }])[2].m = [0, 999999, 0, 0, 0, -1];
    writeCache(file, json);
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

  describe('as a log: a save costs what changed', () => {
    /** An index of n small generated articles (distinct texts). */
    function small(n: number, from = 0): CorpusIndex {
      const index = new CorpusIndex();
      for (let i = from; i < from + n; i++) {
        const b = new ArticleBuilder(`Story ${i}\n\nMinister Ana Costa${i} spoke on day ${i}.`).person(`Ana Costa${i}`);
        index.upsert(`doc${i}`, b.text, b.build(`doc${i}`));
      }
      return index;
    }

    it('appends one line for one changed article, and a restart reads the old and the new', async () => {
      const file = join(tmp, 'corpus.json');
      const index = small(50);
      const cache = new CorpusCache(file);
      cache.load();
      assert.equal(await cache.save(index.entries()), true);
      assert.equal(saveLines(file), 1);
      const before = readFileSync(file, 'utf8');
      const b = new ArticleBuilder('Story 7 again\n\nMinister Rui Lopes spoke.').person('Rui Lopes');
      index.upsert('doc7', b.text, b.build('doc7'));
      assert.equal(await cache.save(index.entries()), true);
      const after = readFileSync(file, 'utf8');
      assert.ok(after.startsWith(before), 'the file grew at its end only');
      assert.equal(saveLines(file), 2);
      assert.ok(after.length - before.length < 600, `one short line: ${after.length - before.length} bytes`);
      assert.equal(await cache.save(index.entries()), true);
      assert.equal(readFileSync(file, 'utf8'), after, 'nothing changed: nothing written');
      const again = new CorpusCache(file);
      assert.equal(again.load(), 51, 'the 50 of the first save and the changed one');
      assert.deepEqual(again.lookup(contentHash(b.text), b.text, 'doc7'), b.build('doc7'));
    });

    it('saves from the index\'s changes: one edit appends one document without reading the others', async () => {
      const file = join(tmp, 'corpus.json');
      const index = small(50);
      const cache = new CorpusCache(file);
      cache.load();
      let reads = 0;
      const all = () => { reads++; return index.entries(); };
      assert.equal(await cache.saveChanges(index.takeChanges(), all), true);
      assert.equal(reads, 1, 'the first save after load sees every document');
      assert.equal(saveLines(file), 1);
      const b = new ArticleBuilder('Story 7 again\n\nMinister Rui Lopes spoke.').person('Rui Lopes');
      index.upsert('doc7', b.text, b.build('doc7'));
      const changes = index.takeChanges();
      assert.equal(changes.length, 1);
      assert.equal(changes[0].after?.path, 'doc7');
      assert.ok(changes[0].before, 'the hash it had');
      assert.equal(await cache.saveChanges(changes, all), true);
      assert.equal(reads, 1, 'an edit reads no other document');
      assert.equal(saveLines(file), 2);
      const text = readFileSync(file, 'utf8');
      assert.equal(await cache.saveChanges(index.takeChanges(), all), true);
      assert.equal(readFileSync(file, 'utf8'), text, 'nothing changed: nothing written');
      const again = new CorpusCache(file);
      assert.equal(again.load(), 51);
      assert.deepEqual(again.lookup(contentHash(b.text), b.text, 'doc7'), b.build('doc7'));
    });

    it('lists a path changed and changed back as no change, and a removed one as gone', () => {
      const index = small(3);
      index.takeChanges();
      const text = index.textOf('doc1')!;
      const annotations = structuredClone(index.annotations('doc1')!);
      const b = new ArticleBuilder('Other story\n\nMinister Rui Lopes spoke.').person('Rui Lopes');
      index.upsert('doc1', b.text, b.build('doc1'));
      index.upsert('doc1', text, annotations);
      index.remove('doc2');
      const changes = index.takeChanges();
      assert.equal(changes.length, 1);
      assert.equal(changes[0].after, undefined);
      assert.equal(typeof changes[0].before, 'string');
    });

    it('compacts from changes too once removed articles outweigh the live ones', async () => {
      const file = join(tmp, 'corpus.json');
      const index = small(300);
      const cache = new CorpusCache(file);
      cache.load();
      await cache.saveChanges(index.takeChanges(), () => index.entries());
      for (let i = 0; i < 250; i++) index.remove(`doc${i}`);
      await cache.saveChanges(index.takeChanges(), () => index.entries());
      assert.equal(saveLines(file), 1, '250 gone, 50 live: rewritten whole');
      assert.equal(new CorpusCache(file).load(), 50);
    });

    it('compacts when the records of articles gone outweigh the live ones', async () => {
      const file = join(tmp, 'corpus.json');
      const cache = new CorpusCache(file);
      cache.load();
      await cache.save(small(300).entries());
      await cache.save([...small(300).entries(), ...small(10, 300).entries()]);
      assert.equal(saveLines(file), 2, '10 added to 300: appended');
      await cache.save(small(100, 300).entries());
      assert.equal(saveLines(file), 1, '300 gone, 100 live: rewritten whole');
      assert.equal(new CorpusCache(file).load(), 100);
    });

    it('drops a last line cut short by a crash, annotates its articles again and compacts at the next save', async () => {
      const file = join(tmp, 'corpus.json');
      const index = await buildAndSave(file);
      const b = new ArticleBuilder('Late story\n\nMinister Rui Lopes spoke.').person('Rui Lopes');
      index.upsert('late', b.text, b.build('late'));
      const cache = new CorpusCache(file);
      cache.load();
      await cache.save(index.entries());
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.length - 40));
      const lines: string[] = [];
      const torn = new CorpusCache(file, (l) => lines.push(l));
      assert.equal(torn.load(), 2, 'the seeds of the first line are still there');
      torn.forget();
      assert.equal(lines.length, 1);
      assert.match(lines[0], /1 damaged entry dropped.*a line cannot be read/);
      await torn.save(index.entries());
      assert.equal(saveLines(file), 1, 'compacted into one line');
      assert.equal(new CorpusCache(file).load(), 3);
    });

    it('rebuilds a cache of the earlier one-object format, saying so once', async () => {
      const file = join(tmp, 'corpus.json');
      writeFileSync(file, JSON.stringify({ magic: 'newslens-corpus-cache', format: 1, engine: 'x', strings: [], docs: [] }));
      const lines: string[] = [];
      const cache = new CorpusCache(file, (l) => lines.push(l));
      assert.equal(cache.load(), 0);
      assert.match(lines[0], /format 1/);
      await cache.save(small(3).entries());
      assert.equal(readCache(file).format, 2);
      assert.equal(new CorpusCache(file).load(), 3);
    });
  });
});
