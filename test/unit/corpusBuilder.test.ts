import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, indexText, type BuildProgress, type SourceFile } from '../../src/core/corpus/corpusBuilder';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { diskSources } from '../../src/core/corpus/fileSource';
import { inThreadAnnotator } from '../../src/core/corpus/inThreadAnnotator';
import { abortError, type Annotator } from '../../src/core/corpus/workerPool';
import { listArticleFiles } from '../../src/core/io/articleFiles';
import { ArticleBuilder, otherPutin, putinBare, putinFull } from './corpusFixtures';

/** Annotates with the hand-made fixtures (looked up by text), after a macrotask, like a worker would. */
function fixtureAnnotator(): Annotator & { calls: number } {
  const byText = new Map<string, ArticleBuilder>([putinFull(), putinBare(), otherPutin()].map((b) => [b.text, b]));
  const a = {
    calls: 0,
    annotate: (text: string, file: string, signal?: AbortSignal) => new Promise<ReturnType<ArticleBuilder['build']>>((resolve, reject) => {
      a.calls++;
      const timer = setTimeout(() => {
        const b = byText.get(text);
        if (b) resolve(b.build(file));
        else reject(new Error('unknown text'));
      }, 1);
      signal?.addEventListener('abort', () => { clearTimeout(timer); reject(abortError()); }, { once: true });
    }),
  };
  return a;
}

describe('buildCorpus', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-build-')); });
  afterEach(() => {
    try { chmodSync(join(tmp, 'locked.txt'), 0o644); } catch { /* not every test locks a file */ }
    rmSync(tmp, { recursive: true, force: true });
  });

  function write(name: string, content: string | Buffer): string {
    const p = join(tmp, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  it('indexes a folder, reports progress, lets the index answer while it grows, and skips unchanged texts', async () => {
    const paths = [write('a.txt', putinFull().text), write('b.txt', putinBare().text), write('c.txt', otherPutin().text)];
    const index = new CorpusIndex();
    const progress: BuildProgress[] = [];
    const sizes: number[] = [];
    const annotator = fixtureAnnotator();
    const r = await buildCorpus(index, diskSources(paths), { annotator, batchSize: 1, onProgress: (p) => { progress.push(p); sizes.push(index.size); } });
    assert.equal(r.annotated, 3);
    assert.equal(r.done, 3);
    assert.deepEqual(sizes.slice(0, 3), [1, 2, 3]);
    assert.equal(progress[progress.length - 1].done, 3);
    const again = await buildCorpus(index, diskSources(paths), { annotator });
    assert.equal(again.unchanged, 3);
    assert.equal(annotator.calls, 3);
    assert.equal(index.entity('person:putin')?.id, 'person:putin', 'two Putins: the bare surname stays apart');
  });

  it('drops files deleted mid-scan and files that became binary, keeping the others', async () => {
    const paths = [write('a.txt', putinFull().text), write('b.txt', putinBare().text), write('c.txt', otherPutin().text)];
    const index = new CorpusIndex();
    await buildCorpus(index, diskSources(paths), { annotator: fixtureAnnotator() });
    assert.equal(index.size, 3);
    writeFileSync(paths[1], Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b, 0x03, 0x04, 0x00]));
    const sources = diskSources(paths);
    // c.txt disappears after the scan listed it, while a.txt is being read.
    const readA = sources[0].read;
    sources[0].read = () => { unlinkSync(paths[2]); return readA(); };
    const r = await buildCorpus(index, sources, { annotator: fixtureAnnotator() });
    assert.deepEqual(r.skipped.map((s) => [s.path, s.reason]), [[paths[1], 'binary file (NUL or control bytes)'], [paths[2], 'no such file or folder']]);
    assert.deepEqual(index.paths(), [paths[0]]);
    assert.equal(index.entity('person:vladimir-putin')?.articleCount, 1);
  });

  it('skips a file it may not read, with the reason', async () => {
    const ok = write('a.txt', putinFull().text);
    const locked = write('locked.txt', putinBare().text);
    const sources = diskSources([ok, locked]);
    if (process.getuid?.() === 0) {
      // root reads any file: simulate what a non-root user meets.
      sources[1].read = () => { throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' }); };
    } else chmodSync(locked, 0o000);
    const index = new CorpusIndex();
    const r = await buildCorpus(index, sources, { annotator: fixtureAnnotator() });
    assert.deepEqual(r.skipped, [{ path: locked, reason: 'permission denied' }]);
    assert.equal(index.size, 1);
  });

  it('indexes each file once under a symlink loop, and keeps same-named files of two folders apart', async () => {
    write('one/article.txt', putinFull().text);
    write('two/article.txt', otherPutin().text);
    symlinkSync(tmp, join(tmp, 'one', 'loop'));
    const listing = listArticleFiles([join(tmp, 'one'), join(tmp, 'two')]);
    const index = new CorpusIndex();
    const r = await buildCorpus(index, diskSources(listing.files), { annotator: fixtureAnnotator() });
    assert.equal(r.failed.length, 0);
    // The loop is walked once: each real file is indexed once (under whichever path reached it first).
    assert.equal(index.size, 2);
    assert.deepEqual(new Set(index.paths().map((p) => realpathSync(p))), new Set([join(tmp, 'one', 'article.txt'), join(tmp, 'two', 'article.txt')].map((p) => realpathSync(p))));
    assert.equal(index.stats().people, 2);
  });

  it('stops on cancellation, keeping what it indexed', async () => {
    const texts = [putinFull().text, putinBare().text, otherPutin().text];
    const sources: SourceFile[] = Array.from({ length: 30 }, (_, i) => ({ path: `/doc${i}`, read: () => texts[i % 3] }));
    const controller = new AbortController();
    const index = new CorpusIndex();
    const r = await buildCorpus(index, sources, {
      annotator: fixtureAnnotator(), signal: controller.signal, batchSize: 2, inFlight: 2,
      onProgress: (p) => { if (p.done >= 4) controller.abort(); },
    });
    assert.equal(r.cancelled, true);
    assert.ok(index.size >= 4 && index.size < 30, String(index.size));
    assert.equal(r.failed.length, 0);
  });

  it('reports engine failures without stopping, and reads texts given as strings (unsaved editor buffers)', async () => {
    const sources: SourceFile[] = [{ path: '/x', read: () => 'no fixture for this text' }, { path: '/a', read: async () => putinFull().text }];
    const index = new CorpusIndex();
    const lines: string[] = [];
    const r = await buildCorpus(index, sources, { annotator: fixtureAnnotator(), log: (l) => lines.push(l) });
    assert.deepEqual(r.failed, [{ path: '/x', reason: 'unknown text' }]);
    assert.deepEqual(index.paths(), ['/a']);
    assert.equal(lines.length, 1);
  });

  it('re-indexes one edited text with indexText, and not at all when unchanged', async () => {
    const index = new CorpusIndex();
    assert.equal(await indexText(index, '/s.txt', 'Talks\n\nVladimir Putin met Recep Erdogan.\n', inThreadAnnotator), true);
    assert.equal(await indexText(index, '/s.txt', 'Talks\n\nVladimir Putin met Recep Erdogan.\n', inThreadAnnotator), false);
    assert.ok(index.size === 1);
  });
});
