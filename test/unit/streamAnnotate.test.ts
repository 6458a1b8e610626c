import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sniffId } from '../../src/cli/stream/inputLine';
import { readLines, type InputLine } from '../../src/cli/stream/lines';
import { streamRecord } from '../../src/cli/streamRecord';
import type { ArticleAnnotations } from '../../src/core/model';
import { runMain } from './cliRun';
import { ROOT, seed } from './seeds';

const GIVEN = ['Anna', 'Peter', 'Maria', 'Thomas', 'Laura', 'David', 'Sofia', 'James'];
const FAMILY = ['Berger', 'Novak', 'Santos', 'Keller', 'Moreau', 'Jensen', 'Rossi', 'Walsh'];
const TITLES = ['Finance Minister', 'Mayor', 'Senator', 'Police Chief'];
const CITIES = ['Berlin', 'Lisbon', 'Dublin', 'Vienna', 'Oslo'];

/** A short article, varied by `i`: a headline, a name with a title, a quote, a place. */
function article(i: number): string {
  const name = `${GIVEN[i % 8]} ${FAMILY[(i >> 3) % 8]}`;
  return `Plan ${i} passes in ${CITIES[i % 5]}\n\n"We will not raise taxes," ${TITLES[i % 4]} ${name} said on Tuesday. The council votes on plan ${i} next week.\n`;
}

const line = (o: unknown) => `${JSON.stringify(o)}\n`;
const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));
const spans = (a: { entities: { type: string; start: number; end: number; text: string }[] }) => a.entities.map((e) => [e.type, e.start, e.end, e.text]);

async function collect(lines: AsyncIterable<InputLine>): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

/** Runs `node dist/cli.js annotate --input jsonl - --stats --jobs 2` on `n` generated lines fed with backpressure. */
function streamBinary(n: number): Promise<{ code: number | null; count: number; ordered: boolean; errors: number; err: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'annotate', '--input', 'jsonl', '-', '--stats', '--jobs', '2'], { cwd: ROOT });
  Readable.from((function* () { for (let i = 0; i < n; i++) yield line({ id: i, text: article(i) }); })()).pipe(child.stdin);
  let count = 0;
  let errors = 0;
  let ordered = true;
  let rest = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const p of parts) {
      const r = JSON.parse(p);
      if (r.id !== count++) ordered = false;
      if (r.error !== undefined) errors++;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, count, ordered, errors, err })));
}

describe('newslens annotate --input jsonl (streaming)', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-stream-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const input = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  it('annotates the seeds as two records, in order, with the entities annotate gives each file', async () => {
    const seeds = [seed('000'), seed('004')];
    const file = input('seeds.jsonl', seeds.map((s, i) => line({ id: `seed-${i}`, text: s.text })).join(''));
    const r = await runMain('annotate', '--input', 'jsonl', file, '--jobs', '0');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const got = records(r.out);
    assert.deepEqual(got.map((g) => [g.id, g.file]), [['seed-0', 'seed-0'], ['seed-1', 'seed-1']]);
    for (const [i, s] of seeds.entries()) {
      const [fromFile] = records((await runMain('annotate', s.path)).out);
      assert.ok(got[i].entities.length > 5);
      assert.deepEqual(spans(got[i]), spans(fromFile));
      assert.equal(got[i].title, fromFile.title);
    }
  });

  it('keeps the input order with --jobs 2 over 50 lines of very different lengths, a long one first', async () => {
    const long = `Long report\n\n${Array.from({ length: 30 }, (_, i) => article(i).split('\n\n')[1]).join('\n\n')}`;
    const texts = [long, ...Array.from({ length: 49 }, (_, i) => article(i + 1).repeat(1 + ((i * 7) % 5)))];
    const file = input('order.jsonl', texts.map((text, i) => line({ id: i, text })).join(''));
    const r = await runMain('annotate', '--input', 'jsonl', file, '--jobs', '2');
    assert.equal(r.code, 0, r.err);
    const got = records(r.out);
    assert.deepEqual(got.map((g) => g.id), texts.map((_, i) => i));
    // Each record is its own line's: the engine's headline is the text's first line.
    got.forEach((g, i) => assert.equal(g.title, texts[i].split('\n')[0]));
  });

  const BAD = [
    line({ id: 'a', text: article(1) }),
    'not json\n',
    line({ id: 1 }),
    line({ id: 'b', text: article(2) }),
    '\n',
    line({ id: 'big', text: article(3).repeat(200) }),
    '[1, 2, 3]\n',
    line({ id: 'c', text: article(4) }),
  ].join('');

  it('writes an error line in place of each bad line, goes on, warns with the counts and exits 0', async () => {
    const r = await runMain('annotate', '--input', 'jsonl', input('bad.jsonl', BAD), '--max-size', '0.01', '--jobs', '0');
    assert.equal(r.code, 0, r.err);
    const got = records(r.out);
    assert.deepEqual(got.map((g) => [g.id, g.line, g.error === undefined]), [
      ['a', undefined, true], [null, 2, false], [1, 3, false], ['b', undefined, true], ['big', 6, false], [null, 7, false], ['c', undefined, true],
    ]);
    assert.match(got[1].error, /^not JSON/);
    assert.equal(got[2].error, 'no "text"');
    assert.match(got[4].error, /^"text" is [\d.]+ MB, over the 0\.01 MB limit for one article/);
    assert.match(got[5].error, /^not a JSON object but an array/);
    assert.ok(got[3].entities.length > 0);
    assert.equal(r.err, `warning: 4 of 7 lines had errors (first: line 2: ${got[1].error})\n`);
  });

  it('stops at the first bad line with --strict: its line named on stderr, exit 1, nothing after it', async () => {
    for (const jobs of ['0', '1']) {
      const r = await runMain('annotate', '--input', 'jsonl', input('strict.jsonl', BAD), '--strict', '--max-size', '0.01', '--jobs', jobs);
      assert.equal(r.code, 1, r.err);
      assert.deepEqual(records(r.out).map((g) => g.id), ['a']);
      assert.match(r.err, /^newslens: line 2: not JSON .*--strict/);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });

  it('applies --corrections to each article, as annotate does for files', async () => {
    const corrections = input('corrections.json', JSON.stringify({ version: 1, ignore: ['Berlin'], entities: [{ name: 'Council of Berlin', type: 'organization', aliases: ['council'] }] }));
    const file = input('corrected.jsonl', line({ id: 0, text: article(0) }));
    const plain = records((await runMain('annotate', '--input', 'jsonl', file, '--jobs', '0')).out)[0];
    const r = await runMain('annotate', '--input', 'jsonl', file, '--jobs', '0', '--corrections', corrections);
    assert.equal(r.code, 0, r.err);
    const [got] = records(r.out);
    const names = (a: { entities: { text: string; name: string }[] }) => a.entities.map((e) => `${e.text}=${e.name}`);
    assert.ok(names(plain).includes('Berlin=Berlin'), names(plain).join());
    assert.ok(!names(got).includes('Berlin=Berlin'), names(got).join());
    assert.ok(names(got).includes('council=Council of Berlin'), names(got).join());
  });

  it('builds a record from the input: url as file, title replaced, date and outlet carried', () => {
    const a: ArticleAnnotations = { file: 'x', title: 'Engine title', dateline: null, entities: [], quotes: [] };
    assert.deepEqual(streamRecord({ id: 7, text: 't', url: 'https://example.org/a', title: 'Given', date: '2020-01-02', outlet: 'AP' }, a),
      { id: 7, file: 'https://example.org/a', title: 'Given', dateline: null, entities: [], quotes: [], date: '2020-01-02', outlet: 'AP', links: [] });
    assert.deepEqual(streamRecord({ id: 'k', text: 't' }, a), { id: 'k', file: 'k', title: 'Engine title', dateline: null, entities: [], quotes: [], links: [] });
    // The link rows a group-by on `key` hands to `newslens link`: one per entity of the article.
    const text = 'Headline\n\nVladimir Putin and Putin met.';
    const withPeople: ArticleAnnotations = { ...a, entities: [
      { type: 'person', start: 10, end: 24, text: 'Vladimir Putin', entity: 'person:vladimir-putin', name: 'Vladimir Putin', role: 'President' },
    ] };
    assert.deepEqual(streamRecord({ id: 'p', text }, withPeople).links,
      [{ key: 'person|putin', entity: 'person:vladimir-putin', type: 'person', name: 'Vladimir Putin', mentions: 1, quotes: 0, roles: ['President'] }]);
  });

  it('splits lines across chunks, keeps a character split between chunks, and holds only the head of a line over the limit', async () => {
    const bytes = Buffer.from(`${line({ id: 'x', text: 'é'.repeat(50) })}\r\n${line({ id: 'long', text: 'a'.repeat(5000) })}last`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const got = await collect(readLines(Readable.from(chunks), 1000));
    assert.deepEqual(got.map((l) => l.number), [1, 2, 3, 4]);
    assert.equal(JSON.parse(got[0].text!).text, 'é'.repeat(50));
    assert.equal(got[1].text, '');
    assert.equal(got[2].text, undefined);
    assert.match(got[2].head!, /^\{"id":"long","text":"a+$/);
    assert.ok(got[2].head!.length <= 4096);
    assert.equal(sniffId(got[2].head!), 'long');
    assert.equal(got[3].text, 'last');
  });

  it('gives a one-line usage error (exit 2) for a wrong format, extra paths, a missing file or a stray flag', async () => {
    const file = input('one.jsonl', line({ id: 1, text: article(1) }));
    for (const args of [['--input', 'csv', file], ['--input', 'jsonl', file, file], ['--input', 'jsonl', join(tmp, 'nope.jsonl')], ['--input', 'jsonl', tmp], ['--input', 'jsonl', '--format', 'table', file], ['--strict', file]]) {
      const r = await runMain('annotate', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
    }
  });

  it('documents the streaming mode in --help', async () => {
    const help = (await runMain('--help')).out;
    assert.match(help, /newslens annotate --input jsonl \[FILE\|-\]/);
    assert.match(help, /RDD\.pipe/);
  });

  it('streams 20,000 lines in about the memory of 2,000 (peak RSS from --stats), in order, without errors', async function () {
    this.timeout(300_000);
    const started = Date.now();
    const peak = (err: string) => Number(/peak RSS ([\d.]+) MB/.exec(err)?.[1]);
    const small = await streamBinary(2_000);
    const large = await streamBinary(20_000);
    for (const [r, n] of [[small, 2_000], [large, 20_000]] as const) {
      assert.equal(r.code, 0, r.err);
      assert.deepEqual([r.count, r.ordered, r.errors], [n, true, 0]);
      assert.match(r.err, new RegExp(`^stats: ${n} lines read, ${n} articles annotated, 0 errors, `));
    }
    assert.ok(peak(large.err) <= 1.3 * peak(small.err), `peak RSS ${peak(large.err)} MB at 20,000 lines, ${peak(small.err)} MB at 2,000`);
    // Shown in the test output: what the streaming mode costs here.
    console.log(`      2,000 lines: ${small.err.trim()}\n      20,000 lines: ${large.err.trim()}\n      both in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
