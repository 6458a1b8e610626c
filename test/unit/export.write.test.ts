import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportError, exportNames, writeExport } from '../../src/core/export/writeFolder';
import { useTempFolder } from './correctionsFixtures';

const FILES = [{ path: 'a.txt', content: 'A' }, { path: 'sub/b.ann', content: 'B' }];

describe('export: writing the folder', () => {
  const folder = useTempFolder('newslens-export-write-');
  let tmp: string;
  beforeEach(() => { tmp = folder(); });

  it('creates the folder (and its parents) with every file, leaving nothing else beside it', async () => {
    const out = join(tmp, 'deep', 'out');
    assert.equal(await writeExport(out, FILES), 2);
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), 'A');
    assert.equal(readFileSync(join(out, 'sub', 'b.ann'), 'utf8'), 'B');
    assert.deepEqual(readdirSync(join(tmp, 'deep')), ['out']);
  });

  it('replaces the files of an earlier export in an existing folder and keeps the others', async () => {
    const out = join(tmp, 'out');
    mkdirSync(join(out, 'sub'), { recursive: true });
    writeFileSync(join(out, 'a.txt'), 'old');
    writeFileSync(join(out, 'notes.md'), 'mine');
    await writeExport(out, FILES);
    assert.deepEqual(readdirSync(out).sort(), ['a.txt', 'notes.md', 'sub']);
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), 'A');
    assert.equal(readFileSync(join(out, 'notes.md'), 'utf8'), 'mine');
    assert.deepEqual(readdirSync(tmp), ['out']);
  });

  it('fails with a clear error and leaves nothing when the folder cannot be written', async () => {
    // Below a regular file: fails for every user (ENOTDIR), root included.
    writeFileSync(join(tmp, 'plain'), 'x');
    await assert.rejects(writeExport(join(tmp, 'plain', 'out'), FILES), (e: Error) => e instanceof ExportError && e.message === `cannot export to ${join(tmp, 'plain', 'out')}: ${join(tmp, 'plain')} is a file, not a folder`);
    await assert.rejects(writeExport(join(tmp, 'plain'), FILES), /it is a file, not a folder/);
    assert.deepEqual(readdirSync(tmp), ['plain']);
    // A read-only folder stops everyone but root (tests here may run as root, for whom chmod does not stop writes).
    const locked = join(tmp, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    if (process.getuid?.() !== 0) {
      await assert.rejects(writeExport(join(locked, 'out'), FILES), { message: `cannot export to ${join(locked, 'out')}: ${locked}: permission denied` });
      assert.deepEqual(readdirSync(locked), []);
    }
  });

  it('fails without leaving a half-written file when one file cannot be written', async () => {
    // Two files with the same path: the second write fails (the temporary folder's files are created exclusively).
    const out = join(tmp, 'out');
    await assert.rejects(writeExport(out, [...FILES, { path: 'a.txt', content: 'again' }]), ExportError);
    assert.deepEqual(readdirSync(tmp), []);
  });

  it('names documents relative to the deepest folder holding them all', () => {
    assert.deepEqual(exportNames(['/c/2019/a.txt', '/c/2020/b.txt']), ['2019/a.txt', '2020/b.txt']);
    assert.deepEqual(exportNames(['/c/x/a.txt']), ['a.txt']);
    assert.deepEqual(exportNames(['/c/a.txt', '/c/x/b.txt']), ['a.txt', 'x/b.txt']);
    assert.deepEqual(exportNames([]), []);
  });
});
