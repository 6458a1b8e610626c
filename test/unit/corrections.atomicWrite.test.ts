import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFileAtomic } from '../../src/core/corrections/atomicWrite';
import { loadCorrectionsFile } from '../../src/core/corrections/load';
import { useTempFolder } from './correctionsFixtures';

/** A valid corrections file of `n` entities named after `tag` (about 50 bytes an entity). */
function corrections(tag: string, n: number): string {
  const entities = Array.from({ length: n }, (_, i) => ({ name: `${tag} ${i}`, type: 'person' }));
  return `${JSON.stringify({ version: 1, entities }, null, 2)}\n`;
}

/** Rewrites argv[1] for ever, alternating the texts of the files argv[2] and argv[3]; says "ready" first. */
const WRITER = `
const { readFileSync } = require('node:fs');
const { writeFileAtomic } = require(${JSON.stringify(require.resolve('../../src/core/corrections/atomicWrite'))});
const [file, a, b] = process.argv.slice(1);
const texts = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
process.stdout.write('ready\\n');
(async () => {
  for (let i = 1; ; i++) {
    const r = await writeFileAtomic(file, texts[i % 2]);
    if (!r.ok) { console.error(r.reason); process.exit(2); }
  }
})();
`;

const posixOnly = process.platform === 'win32' ? it.skip : it;

describe('corrections: atomic write, durable and in place', () => {
  const folder = useTempFolder('newslens-write-');

  posixOnly('keeps the mode of the file it replaces (600 stays 600); a new file gets the usual mode', async () => {
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, corrections('A', 1));
    chmodSync(file, 0o600);
    assert.deepEqual(await writeFileAtomic(file, corrections('B', 1)), { ok: true });
    assert.equal(statSync(file).mode & 0o7777, 0o600);
    assert.equal(readFileSync(file, 'utf8'), corrections('B', 1));
    const plain = join(folder(), 'plain.json');
    writeFileSync(plain, '');
    const fresh = join(folder(), 'fresh.json');
    assert.deepEqual(await writeFileAtomic(fresh, '{}'), { ok: true });
    assert.equal(statSync(fresh).mode & 0o7777, statSync(plain).mode & 0o7777);
  });

  posixOnly('writes through a symbolic link (a chain of relative links too), which stays a link', async () => {
    mkdirSync(join(folder(), 'real'));
    mkdirSync(join(folder(), 'ws'));
    const real = join(folder(), 'real', 'data.json');
    writeFileSync(real, corrections('A', 1));
    symlinkSync('../real/data.json', join(folder(), 'ws', 'middle.json'));
    const file = join(folder(), 'ws', '.newslens.json');
    symlinkSync('middle.json', file);
    assert.deepEqual(await writeFileAtomic(file, corrections('B', 1)), { ok: true });
    assert.ok(lstatSync(file).isSymbolicLink());
    assert.equal(readlinkSync(file), 'middle.json');
    assert.ok(lstatSync(join(folder(), 'ws', 'middle.json')).isSymbolicLink());
    assert.equal(readFileSync(real, 'utf8'), corrections('B', 1));
    assert.deepEqual(readdirSync(join(folder(), 'real')), ['data.json']);
    assert.deepEqual(readdirSync(join(folder(), 'ws')).sort(), ['.newslens.json', 'middle.json']);
  });

  posixOnly('creates the file a dangling link points to, and refuses a loop of links', async () => {
    const file = join(folder(), '.newslens.json');
    symlinkSync('target.json', file);
    assert.deepEqual(await writeFileAtomic(file, '{}'), { ok: true });
    assert.ok(lstatSync(file).isSymbolicLink());
    assert.equal(readFileSync(join(folder(), 'target.json'), 'utf8'), '{}');
    symlinkSync('b.json', join(folder(), 'a.json'));
    symlinkSync('a.json', join(folder(), 'b.json'));
    const r = await writeFileAtomic(join(folder(), 'a.json'), '{}');
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /too many symbolic links/);
    assert.deepEqual(readdirSync(folder()).sort(), ['.newslens.json', 'a.json', 'b.json', 'target.json']);
  });

  it('removes what a killed write left at the next write, but not the files of writes in progress', async () => {
    const file = join(folder(), '.newslens.json');
    writeFileSync(file, corrections('A', 1));
    writeFileSync(join(folder(), '..newslens.json.999999999.0123abcd.tmp'), 'half');
    // Writes started one after another overlap (each is big): none may take another's temporary file.
    const writes: Promise<{ ok: boolean }>[] = [];
    for (let i = 0; i < 8; i++) {
      writes.push(writeFileAtomic(file, corrections(`W${i}`, 20000)));
      await sleep(1);
    }
    assert.deepEqual((await Promise.all(writes)).map((w) => w.ok), Array(8).fill(true));
    assert.deepEqual(readdirSync(folder()), ['.newslens.json']);
    assert.match(readFileSync(file, 'utf8'), /"W\d 19999"/);
  });

  it('leaves the old or the new file, whole, when killed at any moment; the next load removes the temporary files', async function () {
    this.timeout(120000);
    const trials = 24;
    const texts = join(folder(), 'texts');
    const dir = join(folder(), 'ws');
    mkdirSync(texts);
    mkdirSync(dir);
    const [a, b] = [corrections('Old', 20000), corrections('New', 20000)];
    writeFileSync(join(texts, 'a'), a);
    writeFileSync(join(texts, 'b'), b);
    const file = join(dir, '.newslens.json');
    writeFileSync(file, a);
    if (process.platform !== 'win32') chmodSync(file, 0o600);
    const seen = { old: 0, new: 0, leftovers: 0 };
    for (let trial = 0; trial < trials; trial++) {
      const child = spawn(process.execPath, ['-e', WRITER, file, join(texts, 'a'), join(texts, 'b')], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = once(child, 'exit');
      await Promise.race([once(child.stdout, 'data'), exited]);
      // Past the start-up, into the writes: each takes a few milliseconds.
      const delay = Math.floor(Math.random() * 40);
      await sleep(delay);
      child.kill('SIGKILL');
      const [code, signal] = await exited;
      assert.equal(signal, 'SIGKILL', `trial ${trial}: the writer stopped by itself (exit ${code})`);
      const text = readFileSync(file, 'utf8');
      assert.ok(text === a || text === b, `trial ${trial}, killed after ${delay} ms: the file is neither text whole (${text.length} characters)`);
      if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600, `trial ${trial}: mode`);
      seen[text === a ? 'old' : 'new']++;
      seen.leftovers += readdirSync(dir).length - 1;
      const warnings: string[] = [];
      assert.equal(loadCorrectionsFile(file, (l) => warnings.push(l)).entities.length, 20000);
      assert.deepEqual(warnings, []);
      assert.deepEqual(readdirSync(dir), ['.newslens.json'], `trial ${trial}: a temporary file survived the next load`);
    }
    // The kills must have landed inside writes, and writes must have finished, or nothing was tested.
    assert.ok(seen.leftovers > 0 && seen.new > 0, JSON.stringify(seen));
  });
});
