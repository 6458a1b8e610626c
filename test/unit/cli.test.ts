import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { ROOT } from './seeds';

const CLI = join(ROOT, 'dist', 'cli.js');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-cli-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('documents every sub-command in --help', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    for (const cmd of ['annotate', 'eval']) assert.match(r.out, new RegExp(`newslens ${cmd} `));
    assert.match(r.out, /--format jsonl\|json\|table/);
  });

  it('prints the package version', () => {
    const r = run('--version');
    assert.equal(r.code, 0);
    assert.equal(r.out.trim(), require(join(ROOT, 'package.json')).version);
  });

  it('annotates the seeds as two JSON lines that follow the schema', () => {
    const r = run('annotate', '--format', 'jsonl', 'seeds');
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

  it('keeps every span equal to the file text at its offsets', () => {
    const r = run('annotate', 'seeds');
    for (const line of r.out.trim().split('\n')) {
      const doc = JSON.parse(line);
      const text = readFileSync(join(ROOT, doc.file), 'utf8');
      for (const s of [...doc.entities, ...doc.quotes, ...(doc.dateline ? [doc.dateline] : [])]) {
        assert.equal(text.slice(s.start, s.end), s.text);
      }
      for (const q of doc.quotes) {
        if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
        if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
      }
    }
  });

  it('prints json and table formats', () => {
    const json = run('annotate', '--format', 'json', 'seeds');
    assert.equal(JSON.parse(json.out).length, 2);
    const table = run('annotate', '--format', 'table', 'seeds/000_d3ddef007ee00481.txt');
    assert.match(table.out, /Israel cannot affect Iran-Russia cooperation/);
  });

  it('exits 2 with a one-line error for a missing path, an unknown flag or command', () => {
    for (const args of [['annotate', join(tmp, 'nope.txt')], ['annotate', '--bogus', 'seeds'], ['frobnicate'], ['annotate', '--format', 'xml', 'seeds'], ['annotate']]) {
      const r = run(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  it('skips a binary file with a warning naming it, and still annotates the rest', () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'story.txt'), 'A headline\n\nThe minister spoke on Monday.');
    const r = run('annotate', dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /image\.txt.*binary/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('decodes Latin-1 with a warning and keeps offsets exact', () => {
    const file = join(tmp, 'latin1.txt');
    writeFileSync(file, Buffer.from('Caf\xe9 talks\n\nThe minister in S\xe3o Paulo said nothing.', 'latin1'));
    const r = run('annotate', file);
    assert.equal(r.code, 0);
    assert.match(r.err, /Latin-1/);
    const doc = JSON.parse(r.out);
    assert.equal(doc.title, 'Café talks');
  });

  it('strips a UTF-8 byte-order mark before offsets are counted', () => {
    const file = join(tmp, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\n\nBody text here.')]));
    const doc = JSON.parse(run('annotate', file).out);
    assert.equal(doc.title, 'Headline');
  });
});
