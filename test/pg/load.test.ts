// `newslens load`: from article files, from annotate's JSONL (both modes) and from a Dask job's output
// folder; twice is a no-op; a changed article is replaced; the entities table always says what the
// mentions say.
import { strict as assert } from 'node:assert';
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../unit/cliRun';
import { ROOT } from '../unit/seeds';
import { syntheticRecord } from '../fixtures/annotationRecords';
import { entityMismatches, freshDatabase, rowCounts, scratch, withClient, writeJsonl } from './pgFixture';

const SEEDS = join(ROOT, 'seeds');

/** The summary's counts: "… 2 added, 0 replaced, 0 skipped (unchanged) …". */
function counts(out: string): { added: number; replaced: number; skipped: number } {
  const m = /(\d+) added, (\d+) replaced, (\d+) skipped \(unchanged\)/.exec(out);
  assert.ok(m, `no summary in: ${out}`);
  return { added: Number(m[1]), replaced: Number(m[2]), skipped: Number(m[3]) };
}

async function load(url: string, ...args: string[]) {
  const r = await runMain('load', '--pg', url, ...args);
  assert.equal(r.code, 0, r.err);
  return r;
}

describe('newslens load', () => {
  it('loads the seed articles once: a second load skips both and leaves every row count as it was', async () => {
    const url = await freshDatabase('load_twice');
    const first = await load(url, SEEDS);
    assert.deepEqual(counts(first.out), { added: 2, replaced: 0, skipped: 0 });
    const after = await rowCounts(url);
    assert.equal(after.articles, 2);
    assert.ok(after.mentions > 50 && after.quotes > 10 && after.entities > 10, JSON.stringify(after));
    const second = await load(url, SEEDS);
    assert.deepEqual(counts(second.out), { added: 0, replaced: 0, skipped: 2 });
    assert.deepEqual(await rowCounts(url), after);
    assert.deepEqual(await entityMismatches(url), []);
  });

  it('stores each article\'s text and rows exactly as the engine gave them', async () => {
    const url = await freshDatabase('load_exact');
    await load(url, SEEDS);
    const annotate = await runMain('annotate', '--format', 'jsonl', SEEDS);
    const expected = annotate.out.trim().split('\n').map((l) => JSON.parse(l));
    await withClient(url, async (c) => {
      for (const want of expected) {
        const a = await c.query('SELECT id, title, text FROM articles WHERE file = $1', [want.file]);
        assert.equal(a.rows.length, 1, want.file);
        assert.equal(a.rows[0].text, readFileSync(want.file, 'utf8'));
        assert.equal(a.rows[0].title, want.title);
        const m = await c.query('SELECT entity, span_start AS start, span_end AS "end", text, role FROM mentions WHERE article_id = $1 ORDER BY span_start, span_end, entity', [a.rows[0].id]);
        const wantMentions = want.entities.map((e: { entity: string; start: number; end: number; text: string; role?: string }) => ({ entity: e.entity, start: e.start, end: e.end, text: e.text, role: e.role ?? null }))
          .sort((x: { start: number; end: number; entity: string }, y: { start: number; end: number; entity: string }) => x.start - y.start || x.end - y.end || (x.entity < y.entity ? -1 : 1));
        assert.deepEqual(m.rows, wantMentions);
        const q = await c.query('SELECT count(*)::int AS n FROM quotes WHERE article_id = $1', [a.rows[0].id]);
        assert.equal(q.rows[0].n, want.quotes.length);
      }
    });
  });

  it('replaces a changed article and skips the unchanged one', async () => {
    const url = await freshDatabase('load_changed');
    const dir = scratch('changed');
    cpSync(SEEDS, join(dir, 'corpus'), { recursive: true });
    const corpus = join(dir, 'corpus');
    await load(url, corpus);
    const file = join(corpus, '004_b614ce07fba6f1af.txt');
    appendFileSync(file, '\n\n“We will not back down,” Foreign Minister Anna Varga said on Friday.\n');
    const again = await load(url, corpus);
    assert.deepEqual(counts(again.out), { added: 0, replaced: 1, skipped: 1 });
    await withClient(url, async (c) => {
      const r = await c.query('SELECT a.text, m.text AS mention FROM articles a JOIN mentions m ON m.article_id = a.id WHERE a.file = $1 AND m.entity LIKE $2', [file, '%varga%']);
      assert.ok(r.rows.length > 0, 'the new mention is in');
      assert.equal(r.rows[0].text, readFileSync(file, 'utf8'));
      const files = await c.query('SELECT file FROM articles ORDER BY file');
      assert.equal(files.rows.length, 2);
    });
    assert.deepEqual(await entityMismatches(url), []);
  });

  it('loads annotate --format jsonl output, and annotate --input jsonl records with their ids and metadata', async () => {
    const url = await freshDatabase('load_jsonl');
    const dir = scratch('jsonl');
    const records = join(dir, 'seeds.jsonl');
    writeFileSync(records, (await runMain('annotate', '--format', 'jsonl', SEEDS)).out);
    assert.deepEqual(counts((await load(url, records)).out), { added: 2, replaced: 0, skipped: 0 });
    const input = writeJsonl(dir, 'input.jsonl', [{ id: 'wire-1', url: 'https://example.invalid/wire-1', text: readFileSync(join(SEEDS, '000_d3ddef007ee00481.txt'), 'utf8'), outlet: 'MNA', date: '2018-07-19' }]);
    const streamed = join(dir, 'streamed.jsonl');
    writeFileSync(streamed, (await runMain('annotate', '--input', 'jsonl', input, '--jobs', '0')).out);
    assert.deepEqual(counts((await load(url, streamed)).out), { added: 1, replaced: 0, skipped: 0 });
    assert.deepEqual(counts((await load(url, streamed, records)).out), { added: 0, replaced: 0, skipped: 3 });
    await withClient(url, async (c) => {
      const r = await c.query("SELECT outlet, date, text FROM articles WHERE file = 'https://example.invalid/wire-1'");
      assert.deepEqual(r.rows, [{ outlet: 'MNA', date: '2018-07-19', text: null }]);
    });
    assert.deepEqual(await entityMismatches(url), []);
  });

  it('loads a Dask job\'s output folder part by part, passing over the rows of an article the job could not annotate', async () => {
    const url = await freshDatabase('load_dask');
    const out = scratch('dask');
    const table = (name: string, rows: unknown[]) => {
      mkdirSync(join(out, name), { recursive: true });
      writeFileSync(join(out, name, 'part-00000.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    };
    const a = syntheticRecord(1);
    table('articles', [
      { id: 'a1', file: 'a1', title: a.title, date: a.date, outlet: a.outlet, url: null, n_entities: a.entities.length, n_quotes: a.quotes.length, error: null },
      { id: 7, file: '7', title: null, date: null, outlet: null, url: null, n_entities: 0, n_quotes: 0, error: 'not JSON' },
    ]);
    table('mentions', a.entities.map((m) => ({ doc: 'a1', start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, name: m.name, role: m.role ?? null })));
    table('quotes', a.quotes.map((q) => ({ doc: 'a1', kind: q.kind, start: q.start, end: q.end, text: q.text, cue: q.cue?.text ?? null, rule: q.rule, speaker: q.speaker?.text ?? null, speaker_entity: q.speaker?.entity ?? null, speaker_name: q.speaker?.name ?? null })));
    table('entities', []);
    const r = await load(url, out);
    assert.deepEqual(counts(r.out), { added: 1, replaced: 0, skipped: 0 });
    assert.match(r.err, /warning: not loaded .*articles\/part-00000\.jsonl:2: the job could not annotate it: not JSON/);
    assert.deepEqual(await rowCounts(url), { articles: 1, mentions: a.entities.length, quotes: a.quotes.length, entities: new Set(a.entities.map((m) => m.entity)).size });
    assert.deepEqual(counts((await load(url, out)).out), { added: 0, replaced: 0, skipped: 1 });
    assert.deepEqual(await entityMismatches(url), []);
  });

  it('keeps the entities table right through additions, replacements and --force', async () => {
    const url = await freshDatabase('load_entities');
    const dir = scratch('entities');
    const v0 = writeJsonl(dir, 'v0.jsonl', Array.from({ length: 300 }, (_, i) => syntheticRecord(i)));
    const v1 = writeJsonl(dir, 'v1.jsonl', Array.from({ length: 150 }, (_, i) => syntheticRecord(i * 2, 1)));
    await load(url, v0);
    assert.deepEqual(await entityMismatches(url), []);
    assert.deepEqual(counts((await load(url, v1)).out), { added: 0, replaced: 150, skipped: 0 });
    assert.deepEqual(await entityMismatches(url), []);
    assert.deepEqual(counts((await load(url, '--force', v1)).out), { added: 0, replaced: 150, skipped: 0 });
    assert.deepEqual(await entityMismatches(url), []);
    await withClient(url, async (c) => {
      const putin = await c.query("SELECT article_count FROM entity_counts WHERE entity = 'person:vladimir-putin'");
      assert.ok(putin.rows[0].article_count >= 50, JSON.stringify(putin.rows));
    });
  });
});
