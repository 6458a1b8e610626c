import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recoverTarget } from '../../src/core/export/exportSiblings';
import { inputClash } from '../../src/core/export/exportTarget';
import { ExportError, writeExport } from '../../src/core/export/writeFolder';
import { useTempFolder } from './correctionsFixtures';
import { snapshot } from './folderSnapshot';

const OLD = [{ path: 'mentions.csv', content: 'old mentions' }, { path: 'sub/a.ann', content: 'old ann' }];
const NEW = [{ path: 'mentions.csv', content: 'new mentions' }, { path: 'quotes.csv', content: 'new quotes' }, { path: 'sub/a.ann', content: 'new ann' }];

/** The pid of a process that has ended: what a killed export leaves in the names of its folders. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('export: all or nothing', () => {
  const folder = useTempFolder('newslens-export-atomic-');
  let tmp: string;
  let out: string;
  beforeEach(async () => {
    tmp = folder();
    out = join(tmp, 'out');
    await writeExport(out, OLD);
  });

  const rejectsNaming = async (files: typeof NEW, message: string) => {
    const before = snapshot(out);
    await assert.rejects(writeExport(out, files), (e: Error) => e instanceof ExportError && e.message === message);
    assert.deepEqual(snapshot(out), before, 'the old export is untouched');
    assert.deepEqual(readdirSync(tmp), ['out'], 'nothing left beside it');
  };

  it('refuses a file of the export that is a folder in the target, naming it, and changes nothing', async () => {
    mkdirSync(join(out, 'quotes.csv'));
    await rejectsNaming(NEW, `cannot export to ${out}: ${join(out, 'quotes.csv')} is a folder, not a file`);
  });

  it('refuses a folder of the export that is a file (or a link) in the target, naming it, and changes nothing', async () => {
    writeFileSync(join(out, 'deep'), 'mine');
    const files = [...NEW, { path: 'deep/er/b.ann', content: 'B' }];
    await rejectsNaming(files, `cannot export to ${out}: ${join(out, 'deep')} is a file, not a folder`);
    symlinkSync(join(tmp, 'elsewhere'), join(out, 'linked'));
    await rejectsNaming([{ path: 'linked/b.ann', content: 'B' }], `cannot export to ${out}: ${join(out, 'linked')} is a link, not a folder`);
  });

  it('refuses a folder it writes into that is read-only, naming it (but for root, whom chmod does not stop)', async function () {
    if (process.getuid?.() === 0) this.skip();
    chmodSync(join(out, 'sub'), 0o555);
    try {
      await rejectsNaming(NEW, `cannot export to ${out}: ${join(out, 'sub')}: permission denied`);
    } finally {
      chmodSync(join(out, 'sub'), 0o755);
    }
  });

  it('leaves the old export whole when a file fails while the new one is written, naming the file', async () => {
    await rejectsNaming([...NEW, { path: 'quotes.csv', content: 'twice' }], `cannot export to ${out}: ${join(out, 'quotes.csv')}: already exists`);
  });

  it('replaces the export whole and keeps the reader\'s files, folders, links and the folder\'s permissions', async () => {
    mkdirSync(join(out, 'sub', 'mine'));
    writeFileSync(join(out, 'sub', 'mine', 'notes.md'), 'notes');
    symlinkSync('sub/mine', join(out, 'shortcut'));
    chmodSync(join(out, 'sub'), 0o750);
    await writeExport(out, NEW);
    assert.deepEqual(snapshot(out), {
      'mentions.csv': 'new mentions', 'quotes.csv': 'new quotes', shortcut: 'link -> sub/mine',
      sub: 'folder', 'sub/a.ann': 'new ann', 'sub/mine': 'folder', 'sub/mine/notes.md': 'notes',
    });
    assert.equal(statSync(join(out, 'sub')).mode & 0o777, 0o750);
    assert.deepEqual(readdirSync(tmp), ['out']);
  });

  it('puts back the whole backup of an export killed between its two renames, and removes what it left', async () => {
    const pid = deadPid();
    const backup = join(tmp, `.out.newslens-backup-${pid}-0a1b2c3d`);
    const before = snapshot(out);
    // Killed after "rename target -> backup", before "rename staged -> target": no target, a whole backup, a whole staging folder.
    await writeExport(join(tmp, 'staged'), NEW);
    renameSync(out, backup);
    renameSync(join(tmp, 'staged'), join(tmp, `.out.newslens-export-${pid}-00000000`));
    await recoverTarget(out);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(readdirSync(tmp), ['out']);
  });

  it('removes the siblings of killed exports beside a whole target, and leaves those of running ones', async () => {
    const pid = deadPid();
    const stale = ['backup', 'discard', 'export'].map((kind) => `.out.newslens-${kind}-${pid}-0a1b2c3d`);
    const running = `.out.newslens-export-${process.pid}-0a1b2c3d`;
    for (const name of [...stale, running, '.out.newslens-export-mine']) mkdirSync(join(tmp, name));
    writeFileSync(join(tmp, stale[0], 'mentions.csv'), 'older');
    const before = snapshot(out);
    await recoverTarget(out);
    assert.deepEqual(snapshot(out), before, 'the target stays: the backup is older than it');
    assert.deepEqual(readdirSync(tmp).sort(), ['.out.newslens-export-mine', running, 'out'].sort());
  });

  it('refuses to replace the folder it is run from', async () => {
    const cwd = process.cwd();
    process.chdir(join(out, 'sub'));
    try {
      await assert.rejects(writeExport(out, NEW), /cannot export to .*out: it holds the current folder/);
    } finally {
      process.chdir(cwd);
    }
    assert.equal(snapshot(out)['mentions.csv'], 'old mentions');
  });

  it('tells whether an export folder is, lies inside or holds an input', () => {
    assert.deepEqual(inputClash(join(tmp, 'c'), [join(tmp, 'x'), join(tmp, 'c')]), { input: join(tmp, 'c'), relation: 'same' });
    assert.deepEqual(inputClash(join(tmp, 'c', 'new', 'out'), [join(tmp, 'c')]), { input: join(tmp, 'c'), relation: 'inside' });
    assert.deepEqual(inputClash(tmp, [join(out, 'mentions.csv')]), { input: join(out, 'mentions.csv'), relation: 'holds' });
    assert.equal(inputClash(join(tmp, 'c-out'), [join(tmp, 'c'), join(tmp, 'c.txt')]), undefined);
    symlinkSync(out, join(tmp, 'alias'));
    assert.equal(inputClash(join(tmp, 'alias', 'sub'), [out])?.relation, 'inside', 'links are followed');
  });
});
