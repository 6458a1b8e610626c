import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBinary, runMain } from './cliRun';
import { EXAMPLE } from './correctionsFixtures';
import { tempSeedCorpus } from './seeds';

/** Corrections with a visible effect on the seeds: Istanbul ignored, Syrian army a place. */
const FIXES = EXAMPLE.replace('"ignore": ["Asia/Tehran"]', '"ignore": ["Asia/Tehran", "Istanbul"]').replace('"type": "organization" }]', '"type": "place" }]');

const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('newslens export (and corrections in the CLI)', function () {
  this.timeout(60000);
  let tmp: string;
  let corpus: string;
  beforeEach(() => {
    ({ tmp, corpus } = tempSeedCorpus('newslens-export-cli-', (_, path) => path.split('/').pop()!));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('is documented in --help', async () => {
    const r = await runMain('--help');
    assert.match(r.out, /newslens export --format jsonl\|csv\|brat\|conll --out DIR \[--corrections FILE\] \[--max-size MB\] \[--all\] PATH\.\.\./);
    assert.match(r.out, /\.newslens\.json/);
  });

  it('writes each format into the folder', async () => {
    const expected: Record<string, string[]> = {
      jsonl: ['annotations.jsonl'],
      csv: ['mentions.csv', 'quotes.csv'],
      brat: ['000_d3ddef007ee00481.ann', '000_d3ddef007ee00481.txt', '004_b614ce07fba6f1af.ann', '004_b614ce07fba6f1af.txt', 'annotation.conf', 'visual.conf'],
      conll: ['annotations.conll'],
    };
    for (const [format, files] of Object.entries(expected)) {
      const out = join(tmp, `out-${format}`);
      const r = await runMain('export', '--format', format, '--out', out, corpus);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      assert.match(r.out, new RegExp(`^exported 2 articles as ${format} to `));
      assert.deepEqual(readdirSync(out).sort(), files);
    }
  });

  it('applies the folder\'s .newslens.json alike in annotate, export and index', async () => {
    const plain = lines((await runMain('annotate', corpus)).out);
    writeFileSync(join(corpus, '.newslens.json'), FIXES);
    const annotated = await runMain('annotate', corpus);
    assert.equal(annotated.code, 0);
    assert.equal(annotated.err, '');
    const corrected = lines(annotated.out);
    const texts = (docs: { entities: { text: string }[] }[]) => docs.flatMap((d) => d.entities.map((m) => m.text));
    assert.ok(texts(plain).includes('Istanbul'));
    assert.ok(!texts(corrected).includes('Istanbul'));
    assert.equal(corrected[1].entities.find((m: { text: string }) => m.text === 'Syrian army').entity, 'place:syrian-army');
    const quote = corrected[0].quotes.find((q: { text: string }) => q.text.includes('recent achievements have been'));
    assert.match(quote.speaker.reason, /correction/);

    const out = join(tmp, 'out');
    assert.equal((await runMain('export', '--format', 'jsonl', '--out', out, corpus)).code, 0);
    assert.deepEqual(lines(readFileSync(join(out, 'annotations.jsonl'), 'utf8')), corrected);

    const stats = (s: string) => s.split('\n').slice(1).join('\n');
    const places = (s: string) => Number(/^places +(\d+)$/m.exec(s)![1]);
    const withFixes = await runMain('index', corpus);
    rmSync(join(corpus, '.newslens.json'));
    const without = await runMain('index', corpus);
    assert.notEqual(stats(withFixes.out), stats(without.out));
    assert.equal(places(withFixes.out), places(without.out), 'Istanbul out, Syrian army in');
  });

  it('uses --corrections FILE instead of the folder\'s file', async () => {
    writeFileSync(join(corpus, '.newslens.json'), '{ "version": 1, "ignore": ["Tehran"] }');
    const other = join(tmp, 'mine.json');
    writeFileSync(other, FIXES);
    const docs = lines((await runMain('annotate', '--corrections', other, corpus)).out);
    const texts = docs.flatMap((d: { entities: { text: string }[] }) => d.entities.map((m) => m.text));
    assert.ok(texts.includes('Tehran'));
    assert.ok(!texts.includes('Istanbul'));
  });

  it('warns about a malformed corrections file with its line and column, and applies none of it', async () => {
    const plain = (await runMain('annotate', corpus)).out;
    writeFileSync(join(corpus, '.newslens.json'), '{\n  "version": 1,\n  "ignore": ["Istanbul" "Tehran"]\n}\n');
    const r = await runMain('annotate', corpus);
    assert.equal(r.code, 0);
    assert.equal(r.out, plain);
    const file = join(corpus, '.newslens.json');
    assert.equal(r.err, `${file}:3:25: error: JSON syntax error: ',' is expected\nwarning: ${file}: not used because of the error above; no corrections applied\n`);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });

  it('warns about unknown keys and still applies the rest', async () => {
    writeFileSync(join(corpus, '.newslens.json'), '{ "version": 1, "ignore": ["Istanbul"], "colour": "red" }');
    const r = await runMain('annotate', corpus);
    assert.match(r.err, /\.newslens\.json:1:41: warning: unknown key "colour"/);
    assert.ok(!r.out.includes('"text":"Istanbul"'));
  });

  it('keeps the engine\'s annotations in the index cache: other corrections reuse it', async () => {
    const cache = join(tmp, 'cache.json');
    writeFileSync(join(corpus, '.newslens.json'), FIXES);
    assert.match((await runMain('index', '--cache', cache, corpus)).out, /: 2 annotated, 0 from cache/);
    writeFileSync(join(corpus, '.newslens.json'), '{ "version": 1, "ignore": ["Tehran"] }');
    assert.match((await runMain('index', '--cache', cache, corpus)).out, /: 0 annotated, 2 from cache/);
  });

  it('exits 2 with one line for wrong usage', async () => {
    for (const args of [
      ['export', '--out', join(tmp, 'o'), corpus],
      ['export', '--format', 'xml', '--out', join(tmp, 'o'), corpus],
      ['export', '--format', 'csv', corpus],
      ['export', '--format', 'csv', '--out', join(tmp, 'o')],
      ['export', '--format', 'csv', '--out', join(tmp, 'o'), join(tmp, 'missing')],
      ['export', '--format', 'csv', '--out', join(tmp, 'o'), '--corrections', join(tmp, 'none.json'), corpus],
      ['annotate', '--corrections', join(tmp, 'none.json'), corpus],
    ]) {
      const r = await runMain(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
    }
    assert.ok(!existsSync(join(tmp, 'o')));
  });

  it('fails with a clear error and leaves nothing when the folder cannot be written', () => {
    // Tests may run as root, where a 0555 folder is still writable: a path below a regular file fails for everyone.
    writeFileSync(join(tmp, 'plain'), 'x');
    const r = runBinary('export', '--format', 'brat', '--out', join(tmp, 'plain', 'out'), corpus);
    assert.equal(r.code, 1);
    assert.equal(r.err, `newslens: cannot export to ${join(tmp, 'plain', 'out')}: ${join(tmp, 'plain')} is a file, not a folder\n`);
    assert.deepEqual(readdirSync(tmp).sort(), ['corpus', 'plain']);
  });

  it('csv: a quotes.csv that is a folder fails naming it, and mentions.csv stays as it was', async () => {
    const out = join(tmp, 'out');
    assert.equal((await runMain('export', '--format', 'csv', '--out', out, corpus)).code, 0);
    const before = readFileSync(join(out, 'mentions.csv'), 'utf8');
    rmSync(join(out, 'quotes.csv'));
    mkdirSync(join(out, 'quotes.csv'));
    writeFileSync(join(out, 'mentions.csv'), `${before}mine`);
    const r = await runMain('export', '--format', 'csv', '--out', out, corpus);
    assert.equal(r.code, 1);
    assert.equal(r.err, `newslens: cannot export to ${out}: ${join(out, 'quotes.csv')} is a folder, not a file\n`);
    assert.equal(readFileSync(join(out, 'mentions.csv'), 'utf8'), `${before}mine`);
    assert.deepEqual(readdirSync(tmp).sort(), ['corpus', 'out']);
  });

  it('brat: a sub-folder of the export that is a file fails naming it, and writes nothing', async () => {
    mkdirSync(join(corpus, 'sub'));
    renameSync(join(corpus, '004_b614ce07fba6f1af.txt'), join(corpus, 'sub', '004.txt'));
    const out = join(tmp, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'sub'), 'mine');
    const r = await runMain('export', '--format', 'brat', '--out', out, corpus);
    assert.equal(r.code, 1);
    assert.equal(r.err, `newslens: cannot export to ${out}: ${join(out, 'sub')} is a file, not a folder\n`);
    assert.deepEqual(readdirSync(out), ['sub']);
    assert.deepEqual(readdirSync(tmp).sort(), ['corpus', 'out']);
  });

  it('refuses to export into, inside or around an input folder, naming it, so the corpus is not read twice', async () => {
    for (const [out, relation] of [[corpus, 'is the input folder'], [join(corpus, 'exported'), 'is inside the input folder'], [tmp, 'holds the input']]) {
      const r = await runMain('export', '--format', 'brat', '--out', out, corpus);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.err, `newslens: cannot export to ${out}: it ${relation} ${corpus}${relation.includes('inside') ? ', where the export would be read as articles next time' : ''}; export to a folder outside the inputs\n`);
    }
    assert.deepEqual(readdirSync(corpus).sort(), ['000_d3ddef007ee00481.txt', '004_b614ce07fba6f1af.txt']);
    assert.match((await runMain('export', '--format', 'brat', '--out', join(tmp, 'out'), corpus)).out, /^exported 2 articles /, 'beside the input is fine');
  });
});
