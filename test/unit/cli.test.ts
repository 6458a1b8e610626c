import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { runBinary, runMain } from './cliRun';
import { ROOT } from './seeds';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));
const SEEDS = join(ROOT, 'seeds');

describe('CLI', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-cli-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('documents every sub-command in --help', async () => {
    const r = await runMain('--help');
    assert.equal(r.code, 0);
    for (const cmd of ['annotate', 'eval']) assert.match(r.out, new RegExp(`newslens ${cmd} `));
    assert.match(r.out, /--format jsonl\|json\|table/);
  });

  it('prints the package version', async () => {
    const r = await runMain('--version');
    assert.equal(r.code, 0);
    assert.equal(r.out.trim(), require(join(ROOT, 'package.json')).version);
  });

  it('annotates the seeds as two JSON lines that follow the schema', () => {
    const r = runBinary('annotate', '--format', 'jsonl', 'seeds');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 2);
    const validate = new Ajv2020({ allErrors: true }).compile<{ file: string }>(schema);
    for (const line of lines) {
      const doc = JSON.parse(line);
      assert.ok(validate(doc), JSON.stringify(validate.errors));
      assert.match(doc.file, /seeds\/00[04]_/);
    }
  });

  it('keeps every span equal to the file text at its offsets', async () => {
    const r = await runMain('annotate', SEEDS);
    for (const line of r.out.trim().split('\n')) {
      const doc = JSON.parse(line);
      const text = readFileSync(resolve(ROOT, doc.file), 'utf8');
      for (const s of [...doc.entities, ...doc.quotes, ...(doc.dateline ? [doc.dateline] : [])]) {
        assert.equal(text.slice(s.start, s.end), s.text);
      }
      for (const q of doc.quotes) {
        if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
        if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
      }
    }
  });

  it('prints json and table formats', async () => {
    const json = await runMain('annotate', '--format', 'json', SEEDS);
    assert.equal(JSON.parse(json.out).length, 2);
    const table = await runMain('annotate', '--format', 'table', join(SEEDS, '000_d3ddef007ee00481.txt'));
    assert.match(table.out, /Israel cannot affect Iran-Russia cooperation/);
  });

  it('exits 2 with a one-line error for a missing path, an unknown flag or command', async () => {
    for (const args of [['annotate', join(tmp, 'nope.txt')], ['annotate', '--bogus', SEEDS], ['frobnicate'], ['annotate', '--format', 'xml', SEEDS], ['annotate']]) {
      const r = await runMain(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
    // The process exits with main's code and writes exactly its lines.
    assert.deepEqual(runBinary('annotate', '--bogus', 'seeds'), await runMain('annotate', '--bogus', 'seeds'));
  });

  it('skips a binary file with a warning naming it, and still annotates the rest', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'story.txt'), 'A headline\n\nThe minister spoke on Monday.');
    const r = await runMain('annotate', dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /image\.txt.*binary/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('decodes Latin-1 with a warning and keeps offsets exact', async () => {
    const file = join(tmp, 'latin1.txt');
    writeFileSync(file, Buffer.from('Caf\xe9 talks\n\nThe minister in S\xe3o Paulo said nothing.', 'latin1'));
    const r = await runMain('annotate', file);
    assert.equal(r.code, 0);
    assert.match(r.err, /Latin-1/);
    const doc = JSON.parse(r.out);
    assert.equal(doc.title, 'Café talks');
  });

  it('strips a UTF-8 byte-order mark before offsets are counted', async () => {
    const file = join(tmp, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\n\nBody text here.')]));
    const doc = JSON.parse((await runMain('annotate', file)).out);
    assert.equal(doc.title, 'Headline');
  });
});
