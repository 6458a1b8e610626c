// The cache heals: each kind of damage a cache file can suffer (a crash, a hand edit, another program) costs the
// damaged documents one re-annotation and one log line for the run; the run after is clean and answers what a
// fresh annotation answers. Runs as the CLI and the editor run a warm start: load, build, forget, save.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { annotationProblem } from '../../src/core/corpus/annotationCheck';
import { CorpusCache } from '../../src/core/corpus/cacheFile';
import { buildCorpus, type SourceFile } from '../../src/core/corpus/corpusBuilder';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { ArticleAnnotations } from '../../src/core/model';
import { readCache, writeCache, type CacheJson } from './cacheFileText';
import { seed } from './seeds';

/** One compact entry `e` is [start, end, type, ...] records in `m` and `q`. */
type Compact = { m: unknown[]; q: unknown[] };

const sources = (): SourceFile[] => (['000', '004'] as const).map((n) => { const s = seed(n); return { path: s.path, read: () => s.text }; });

/** Adds a string to the cache's table; returns its index. */
const addString = (json: CacheJson, s: string): number => json.strings.push(s) - 1;

/** Replaces the first entry by raw annotations of its text, changed by `edit`. */
function raw(edit: (a: ArticleAnnotations) => void): (json: CacheJson, text: string) => void {
  return (json, text) => {
    const a = annotateText(text, 'x');
    edit(a);
    (json.docs[0] as unknown[])[2] = { raw: a };
  };
}

/** Changes the first entry, in its compact form. */
function compact(edit: (e: Compact, json: CacheJson, text: string) => void): (json: CacheJson, text: string) => void {
  return (json, text) => {
    const e = (json.docs[0] as unknown[])[2] as Compact;
    assert.ok(Array.isArray(e.m) && e.m.length && e.q.length, 'the first entry is compact, with mentions and quotes');
    edit(e, json, text);
  };
}

/** The offset in `q` of the first quote with a speaker. */
function spokenQuote(q: unknown[]): number {
  for (let i = 0; i < q.length; i += 11) if (q[i + 5] !== -1) return i;
  throw new Error('no quote with a speaker in the first entry');
}

/** Damage to one entry of a sound cache file: the entry's document is annotated again, the other comes from the cache. */
const ENTRY_DAMAGE: [string, (json: CacheJson, text: string) => void][] = [
  ['raw null', (json) => { (json.docs[0] as unknown[])[2] = { raw: null }; }],
  ['a compact entry without its mentions', compact((e) => { delete (e as Partial<Compact>).m; })],
  ['raw annotations without their quotes', raw((a) => { delete (a as Partial<ArticleAnnotations>).quotes; })],
  ['a mention text that is not the text at its offsets', raw((a) => { a.entities[0].text = `${a.entities[0].text}!`; })],
  ['a quote text that is not the text at its offsets', raw((a) => { a.quotes[0].text = 'Nothing was said.'; })],
  ['a fractional offset', compact((e) => { e.m[0] = (e.m[0] as number) + 0.5; })],
  ['a string offset', compact((e) => { e.m[1] = String(e.m[1]); })],
  ['a negative offset', compact((e) => { e.m[0] = -3; })],
  ['an offset past the end of the text', compact((e, _json, text) => { e.q[1] = text.length + 1; })],
  ['an entity type __proto__', compact((e, json) => { e.m[2] = addString(json, '__proto__'); })],
  ['a raw entity type __proto__', raw((a) => { (a.entities[0] as { type: string }).type = '__proto__'; })],
  ['an unknown quote kind', compact((e, json) => { e.q[2] = addString(json, 'rumour'); })],
  ['an unknown quote rule', compact((e, json) => { e.q[10] = addString(json, 'gossip'); })],
  ['a speaker span past the end of the text', compact((e, _json, text) => { e.q[spokenQuote(e.q) + 6] = text.length + 7; })],
  ['a speaker id of no known type', raw((a) => { a.quotes.find((q) => q.speaker?.entity)!.speaker!.entity = 'ghost'; })],
  ['a string index the table lacks', compact((e) => { e.m[4] = 99999; })],
  ['a mention record cut short', compact((e) => { e.m.pop(); })],
  ['an entry that is not [path, hash, annotations]', (json) => { json.docs[0] = 42; }],
];

/** Damage to the whole file: every document is annotated again. */
const FILE_DAMAGE: [string, (file: string) => void, RegExp][] = [
  ['a truncated file (a save cut short)', (file) => { const s = readFileSync(file, 'utf8'); writeFileSync(file, s.slice(0, s.length >> 1)); }, /damaged/],
  ['a truncated header', (file) => { const s = readFileSync(file, 'utf8'); writeFileSync(file, s.slice(0, 20)); }, /is damaged/],
  ['a garbled file', (file) => writeFileSync(file, '\u0000\u0001{"magic": [1, 2'), /is damaged/],
  ['a file from another engine version', (file) => writeCache(file, { ...readCache(file), engine: '0.0.1' }), /written by engine 0\.0\.1/],
];

/** One warm start the way the CLI and the editor run it; what it annotated and logged, and the index. */
async function warmStart(file: string): Promise<{ annotated: string[]; lines: string[]; index: CorpusIndex }> {
  const annotated: string[] = [];
  const lines: string[] = [];
  const cache = new CorpusCache(file, (l) => lines.push(l));
  cache.load();
  const index = new CorpusIndex();
  await buildCorpus(index, sources(), { cache, annotator: { annotate: async (text, path) => { annotated.push(path); return annotateText(text, path); } } });
  cache.forget();
  assert.equal(await cache.save(index.entries()), true);
  return { annotated, lines, index };
}

describe('corpus cache: damaged entries are dropped, annotated again and repaired', () => {
  let tmp: string;
  let file: string;
  let fresh: CorpusIndex;
  let sound: string;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'newslens-cache-damage-'));
    file = join(tmp, 'corpus.json');
    fresh = (await warmStart(file)).index;
    sound = JSON.stringify(readCache(file));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  /** The warm start after the damage: one line matching `warning`, `reannotated` documents; then a clean one equal to a fresh index. */
  async function assertHeals(warning: RegExp, reannotated: number): Promise<void> {
    const first = await warmStart(file);
    assert.equal(first.lines.length, 1, JSON.stringify(first.lines));
    assert.match(first.lines[0], warning);
    assert.doesNotMatch(first.lines[0], /\n/);
    assert.equal(first.annotated.length, reannotated);
    const second = await warmStart(file);
    assert.deepEqual(second.lines, [], 'the repaired cache is clean');
    assert.deepEqual(second.annotated, [], 'everything comes from the repaired cache');
    for (const s of sources()) {
      assert.deepEqual(first.index.annotations(s.path), fresh.annotations(s.path));
      assert.deepEqual(second.index.annotations(s.path), fresh.annotations(s.path));
    }
  }

  for (const [name, damage] of ENTRY_DAMAGE) {
    it(`drops ${name}`, async () => {
      const json = JSON.parse(sound) as CacheJson;
      const path = (json.docs[0] as string[])[0];
      damage(json, sources().find((s) => s.path === path)!.read() as string);
      writeCache(file, json);
      await assertHeals(/cache .*: 1 damaged entry dropped, their articles annotated again \(first: .+\)$/, 1);
    });
  }

  for (const [name, damage, warning] of FILE_DAMAGE) {
    it(`drops ${name}`, async () => {
      writeCache(file, JSON.parse(sound) as CacheJson);
      damage(file);
      await assertHeals(warning, 2);
    });
  }

  it('says every damaged entry of a run in one line', async () => {
    const json = JSON.parse(sound) as CacheJson;
    for (const doc of json.docs as unknown[][]) doc[2] = { raw: null };
    writeCache(file, json);
    await assertHeals(/2 damaged entries dropped, their articles annotated again \(first: raw annotations that are not an object\)$/, 2);
  });

  it('passes what the engine writes: the seed articles', () => {
    for (const s of sources()) {
      const text = s.read() as string;
      assert.equal(annotationProblem(annotateText(text, s.path), text), undefined);
    }
  });
});
