import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFolders, makeFoldersSync } from '../../src/core/io/makeFolders';

describe('makeFolders (mkdir -p that cannot spin)', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-mkdir-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('creates nested folders and returns the first one it made', async () => {
    assert.equal(makeFoldersSync(join(tmp, 'a', 'b')), join(tmp, 'a'));
    assert.ok(existsSync(join(tmp, 'a', 'b')));
    assert.equal(await makeFolders(join(tmp, 'c', 'd', 'e')), join(tmp, 'c'));
    assert.equal(await makeFolders(join(tmp, 'c', 'd')), undefined);
  });

  it('says ENOTDIR when a file stands where a folder should be', async () => {
    writeFileSync(join(tmp, 'file'), 'x');
    assert.throws(() => makeFoldersSync(join(tmp, 'file', 'sub')), { code: 'ENOTDIR' });
    await assert.rejects(makeFolders(join(tmp, 'file', 'sub')), { code: 'ENOTDIR' });
  });

  it('fails (rather than looping forever, as recursive mkdir does) where the system refuses, e.g. under /proc', async function () {
    if (!existsSync('/proc/self')) this.skip();
    assert.throws(() => makeFoldersSync('/proc/newslens-nope/sub'));
    await assert.rejects(makeFolders('/proc/newslens-nope/sub'));
  });
});
