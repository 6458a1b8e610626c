import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusCache } from '../../src/core/corpus/cacheFile';
import { buildCorpus } from '../../src/core/corpus/corpusBuilder';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { inThreadAnnotator } from '../../src/core/corpus/inThreadAnnotator';
import type { CorpusChange } from '../../src/core/corpus/types';
import type { Annotator } from '../../src/core/corpus/workerPool';
import { parseCorrections } from '../../src/core/corrections/parse';
import type { Corrections } from '../../src/core/corrections/types';
import { seed } from './seeds';
import { assertConsistent } from './correctionsFixtures';

function corrections(json: object): Corrections {
  const r = parseCorrections(JSON.stringify({ version: 1, ...json }));
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.corrections;
}

/** The engine in this thread, counting its calls. */
function countingAnnotator(): Annotator & { calls: number } {
  const a = { calls: 0, annotate: (text: string, file: string) => { a.calls++; return inThreadAnnotator.annotate(text, file); } };
  return a;
}

const FIXES = corrections({
  entities: [{ name: 'Supreme National Security Council of Iran', type: 'organization', aliases: ['Supreme National Security Council'] }],
  ignore: ['Istanbul'],
  retype: [{ text: 'Syrian army', type: 'place' }],
});

describe('corrections: on the corpus index', () => {
  const files = (root: string) => (['000', '004'] as const).map((n) => ({ path: `${root}/${n}.txt`, read: () => seed(n).text }));
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-corrections-corpus-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('re-applies corrections to every document without re-annotating, in one change event', async function () {
    this.timeout(60000);
    const index = new CorpusIndex();
    const annotator = countingAnnotator();
    await buildCorpus(index, files('/corpus'), { annotator });
    assert.equal(annotator.calls, 2);
    const before = index.annotations('/corpus/004.txt')!;
    const changes: CorpusChange[] = [];
    index.onDidChange((c) => changes.push(c));

    index.setCorrections('/corpus', FIXES);
    assert.equal(annotator.calls, 2, 'no NLP for a correction');
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].paths.sort(), ['/corpus/000.txt', '/corpus/004.txt']);
    assert.ok(changes[0].linksChanged);
    const after = index.annotations('/corpus/004.txt')!;
    assertConsistent(seed('004').text, after);
    assert.ok(before.entities.some((m) => m.text === 'Istanbul'));
    assert.ok(!after.entities.some((m) => m.text === 'Istanbul'));
    assert.equal(index.entity('place:syrian-army')?.type, 'place');
    assert.equal(index.entity('organization:syrian-army'), undefined);
    const council = index.entity('organization:supreme-national-security-council-of-iran')!;
    assert.equal(council.articleCount, 2);
    assert.equal(index.entity('organization:supreme-national-security-council'), undefined);
    assert.equal(index.appearances(council.id).length, 2);
    assert.equal(index.entityAt('/corpus/004.txt', seed('004').text.indexOf('Supreme National Security Council'))?.entity.id, council.id);

    // Clearing them brings the engine's annotations back, still without NLP.
    index.setCorrections('/corpus', undefined);
    assert.deepEqual(index.annotations('/corpus/004.txt'), before);
    assert.equal(annotator.calls, 2);
    assert.equal(changes.length, 2);
  });

  it('applies corrections to documents indexed after they are set, and only below their folder', async function () {
    this.timeout(60000);
    const index = new CorpusIndex();
    index.setCorrections('/a', FIXES);
    await buildCorpus(index, [...files('/a'), ...files('/ab')], { annotator: inThreadAnnotator });
    assert.ok(!index.annotations('/a/004.txt')!.entities.some((m) => m.text === 'Istanbul'));
    assert.ok(index.annotations('/ab/004.txt')!.entities.some((m) => m.text === 'Istanbul'), '/ab is not below /a');
    assert.equal(index.correctionsFor('/ab/004.txt'), undefined);
    // A nested folder's own corrections win over its parent's; '' applies everywhere else.
    const nested = corrections({ ignore: ['Tehran'] });
    index.setCorrections('/a/sub', nested);
    index.setCorrections('', corrections({ ignore: ['Moscow'] }));
    assert.equal(index.correctionsFor('/a/sub/x.txt'), nested);
    assert.equal(index.correctionsFor('/a/004.txt'), FIXES);
    assert.ok(!index.annotations('/ab/004.txt')!.entities.some((m) => m.text === 'Moscow'));
    assert.ok(index.annotations('/a/004.txt')!.entities.some((m) => m.text === 'Moscow'));
  });

  it('keeps the engine\'s annotations in the cache, so editing corrections never invalidates it', async function () {
    this.timeout(60000);
    const file = join(tmp, 'cache.json');
    const first = new CorpusIndex();
    first.setCorrections('/corpus', FIXES);
    await buildCorpus(first, files('/corpus'), { annotator: inThreadAnnotator });
    assert.ok(await new CorpusCache(file).save(first.entries()));
    for (const e of first.entries()) assert.ok(e.annotations.entities.some((m) => m.text === 'Istanbul') || !e.path.endsWith('004.txt'), 'raw in the cache');

    const cache = new CorpusCache(file);
    assert.equal(cache.load(), 2);
    const second = new CorpusIndex();
    second.setCorrections('/corpus', corrections({ ignore: ['Moscow'] }));
    const annotator = countingAnnotator();
    const result = await buildCorpus(second, files('/corpus'), { annotator, cache });
    assert.equal(result.fromCache, 2);
    assert.equal(annotator.calls, 0);
    const a = second.annotations('/corpus/004.txt')!;
    assert.ok(a.entities.some((m) => m.text === 'Istanbul'), 'the old corrections are not baked into the cache');
    assert.ok(!a.entities.some((m) => m.text === 'Moscow'));
  });
});
