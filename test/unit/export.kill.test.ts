// SIGKILL during an export, at random moments: the target must be the old export or the new one, whole
// (or, killed between the swap's two renames, missing with a whole backup beside it), and what the kill
// left must be gone once the next export has cleared up. The child process runs only the core writer (no
// engine), exporting two versions in turn until it is killed, so every moment of an export gets hit.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recoverTarget } from '../../src/core/export/exportSiblings';
import { writeExport } from '../../src/core/export/writeFolder';
import { useTempFolder } from './correctionsFixtures';
import { snapshot } from './folderSnapshot';
import { ROOT } from './seeds';

const WRITER = join(ROOT, 'out', 'src', 'core', 'export', 'writeFolder.js');
const FILE_COUNT = 20;
const LANES = 4;
const TRIALS_PER_LANE = 6;
/** Kills land this long (at most) after the child starts exporting: a few exports' worth. */
const MAX_DELAY_MS = 200;

const files = (v: string) => Array.from({ length: FILE_COUNT }, (_, i) => ({ path: `${i % 3 ? 'sub/' : ''}f${i}.txt`, content: `${v}:${i}:${'x'.repeat(2000)}` }));

/** The child: the two versions in turn, for ever; "go" once the writer is loaded. */
const CHILD = `
const { writeExport } = require(process.argv[1]);
const files = ${files.toString()};
const FILE_COUNT = ${FILE_COUNT};
process.stdout.write('go\\n');
(async () => { for (let k = 0; ; k++) await writeExport(process.argv[2], files(k % 2 ? 'A' : 'B')); })();
`;

/** A reader's own files in the export folder, which every export keeps. */
const MINE = { 'notes.md': 'mine', 'sub/mine.md': 'mine too' };

/** Which whole version the folder holds ('A' or 'B'); fails when it holds a mix, a part or anything else. */
function versionOf(dir: string): string {
  const got = snapshot(dir);
  const whole = (v: string) => ({ ...Object.fromEntries(files(v).map((f) => [f.path, f.content])), ...MINE, sub: 'folder' });
  const v = got['f0.txt']?.[0];
  assert.ok(v === 'A' || v === 'B', `not an export: ${dir}`);
  assert.deepEqual(got, whole(v), `${dir} is not version ${v} whole`);
  return v;
}

/** Starts the child exporting into `out`, kills it a random moment after it starts; resolves to the kill signal. */
function killMidExport(out: string): Promise<NodeJS.Signals | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', CHILD, WRITER, out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_DELAY_MS));
    child.on('error', fail);
    child.on('exit', (code, signal) => (signal ? done(signal) : fail(new Error(`the exporting child stopped by itself (${code}): ${err}`))));
  });
}

/** One lane of trials on its own folder; resolves to how many kills left a staging folder behind. */
async function lane(parent: string): Promise<number> {
  const out = join(parent, 'out');
  await writeExport(out, files('A'));
  for (const [path, content] of Object.entries(MINE)) writeFileSync(join(out, path), content);
  let midWrite = 0;
  for (let trial = 0; trial < TRIALS_PER_LANE; trial++) {
    assert.equal(await killMidExport(out), 'SIGKILL');
    const left = readdirSync(parent).filter((n) => n !== 'out');
    if (left.some((n) => n.startsWith('.out.newslens-export-'))) midWrite++;
    if (readdirSync(parent).includes('out')) versionOf(out);
    else {
      const backups = left.filter((n) => n.startsWith('.out.newslens-backup-'));
      assert.equal(backups.length, 1, `no target and backups ${backups.join(', ')}`);
      versionOf(join(parent, backups[0]));
    }
    // What the next export does first; then the target is whole and alone.
    await recoverTarget(out);
    versionOf(out);
    assert.deepEqual(readdirSync(parent), ['out']);
  }
  return midWrite;
}

describe('export: killed at random moments', function () {
  this.timeout(60000);
  const folder = useTempFolder('newslens-export-kill-');

  it(`leaves the old or the new export whole, and nothing after the next export (${LANES * TRIALS_PER_LANE} kills)`, async () => {
    const tmp = folder();
    const parents = Array.from({ length: LANES }, (_, i) => join(tmp, `lane${i}`));
    for (const p of parents) mkdirSync(p);
    const midWrite = await Promise.all(parents.map(lane));
    // The kills must land while files are being written, or this test would prove little.
    assert.ok(midWrite.reduce((a, b) => a + b) > 0, 'no kill landed while an export was being written');
    const out = join(parents[0], 'out');
    await writeExport(out, files('C'));
    assert.equal(snapshot(out)['f0.txt'].slice(0, 2), 'C:');
    assert.equal(snapshot(out)['notes.md'], 'mine');
    assert.deepEqual(readdirSync(parents[0]), ['out']);
  });
});
