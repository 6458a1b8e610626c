import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCorrections } from '../../src/core/corrections/apply';
import { loadCorrectionsFile, MAX_PRINTED_PROBLEMS } from '../../src/core/corrections/load';
import { NameMatcher } from '../../src/core/corrections/nameMatcher';
import { parseCorrections } from '../../src/core/corrections/parse';
import type { ArticleAnnotations } from '../../src/core/model';
import { EXAMPLE, useTempFolder } from './correctionsFixtures';

const NO_ANNOTATIONS: ArticleAnnotations = { file: 'a.txt', title: '', dateline: null, entities: [], quotes: [] };

/** Loads a file, returning the corrections and every line warned. */
function load(file: string) {
  const lines: string[] = [];
  return { corrections: loadCorrectionsFile(file, (l) => lines.push(l)), lines };
}

/** The pid of a process that has ended (a temporary file named with it is stale). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('corrections: loading at scale', () => {
  const folder = useTempFolder('newslens-load-');

  it('loads 100,000 entities sharing a first name and 100,000 aliases of one entity quickly, matching as before', function () {
    // The bench measures this (under 2 s); here the bound only catches a return to quadratic time (minutes).
    this.timeout(60000);
    const n = 100000;
    const started = Date.now();
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, JSON.stringify({ version: 1, entities: Array.from({ length: n }, (_, i) => ({ name: `John Smith${i}`, type: 'person' })) }, null, 2));
    const { corrections: many, lines } = load(file);
    assert.deepEqual(lines, []);
    assert.equal(many.entities.length, n);
    const text = 'John Smith99999 met John Smith1 and John Smith10, not John Smith100000.';
    const found = applyCorrections(text, NO_ANNOTATIONS, many).entities.map((m) => m.name);
    assert.deepEqual(found, ['John Smith99999', 'John Smith1', 'John Smith10']);
    const aliases = { version: 1, entities: [{ name: 'John', type: 'person', aliases: Array.from({ length: n }, (_, i) => `John S${i}`) }] };
    const one = parseCorrections(JSON.stringify(aliases)).corrections;
    assert.equal(one.entities[0].aliases.length, n);
    const spans = applyCorrections('John S123 and John S12345 and John.', NO_ANNOTATIONS, one).entities.map((m) => m.text);
    assert.deepEqual(spans, ['John S123', 'John S12345', 'John']);
    assert.ok(Date.now() - started < 10000, `took ${Date.now() - started} ms`);
  });

  it('NameMatcher finds the longest name at a word, names of one length in the order added, however many share a word', () => {
    const m = new NameMatcher<number>();
    ['New', 'New York', 'New York City', 'New Yorker', 'New Delhi'].forEach((name, i) => m.add(name, i));
    assert.deepEqual(m.find('New York City, New Yorkers, New Delhi, New').map((f) => f.value), [2, 0, 4, 0]);
    m.add('New York Times', 5);
    assert.deepEqual(m.find('the New York Times').map((f) => f.value), [5]);
  });

  it('prints the first 20 problems, errors first, and counts the rest', () => {
    const file = join(folder(), '.newslens.json');
    const entities = Array.from({ length: 500 }, (_, i) => ({ name: `N${i}`, type: 'person', colour: 'red' }));
    writeFileSync(file, JSON.stringify({ version: 1, entities, retype: [{ text: 'X', type: 'nation' }] }, null, 1));
    const { corrections, lines } = load(file);
    assert.equal(lines.length, MAX_PRINTED_PROBLEMS + 2);
    assert.match(lines[0], /error: type must be/);
    assert.ok(lines.slice(1, MAX_PRINTED_PROBLEMS).every((l) => /warning: unknown key "colour"/.test(l)));
    assert.equal(lines[MAX_PRINTED_PROBLEMS], `warning: ${file}: … and 481 more not shown (0 errors, 481 warnings)`);
    assert.match(lines[MAX_PRINTED_PROBLEMS + 1], /not used because of the error above/);
    assert.equal(corrections.entities.length, 0);
  });

  it('prints every problem when there are no more than 20', () => {
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, JSON.stringify({ version: 1, entities: [{ name: 'A', type: 'person', colour: 'red' }] }));
    const { corrections, lines } = load(file);
    assert.equal(lines.length, 1);
    assert.equal(corrections.entities.length, 1);
  });

  it('decodes UTF-8 with or without a byte-order mark and UTF-16 (LE and BE) with one', () => {
    const text = EXAMPLE.replace('Vladimir Putin', 'Владимир Путин');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const encodings = { utf8: Buffer.from(text), utf8bom: Buffer.from(`\ufeff${text}`), le, be };
    for (const [name, bytes] of Object.entries(encodings)) {
      const file = join(folder(), `${name}.json`);
      writeFileSync(file, bytes);
      const { corrections, lines } = load(file);
      assert.deepEqual(lines, [], name);
      assert.equal(corrections.entities[0].name, 'Владимир Путин', name);
      assert.deepEqual(corrections.ignore, ['Asia/Tehran'], name);
    }
  });

  it('warns about a file that is not text and applies none of it', () => {
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]));
    const { corrections, lines } = load(file);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /cannot read the corrections file \(binary file.*\); no corrections applied/);
    assert.equal(corrections.entities.length, 0);
  });

  it('removes the temporary files a killed write left, and only those', () => {
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, EXAMPLE);
    const stale = `..newslens.json.${deadPid()}.0123abcd.tmp`;
    // The parent of this process runs: its writes are in progress.
    const live = `..newslens.json.${process.ppid}.89abcdef.tmp`;
    const others = ['..other.json.1.0123abcd.tmp', '..newslens.json.bak.1.0123abcd.tmp', '.newslens.json.bak', 'notes.txt'];
    for (const name of [stale, live, ...others]) writeFileSync(join(folder(), name), 'x');
    assert.equal(load(file).corrections.entities.length, 2);
    assert.deepEqual(readdirSync(folder()).sort(), ['.newslens.json', live, ...others].sort());
  });
});
