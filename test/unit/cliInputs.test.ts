// What the CLI does with inputs it must not read whole: files over the size limit, special files (FIFOs,
// devices, sockets), and a --jobs larger than the machine.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJobs } from '../../src/cli/indexCommand';
import { DEFAULT_MAX_ARTICLE_KB } from '../../src/core/io/sizeLimit';
import { runBinary, runMain } from './cliRun';
import { ROOT } from './seeds';

const STORY = 'Council approves the harbour plan\n\nThe minister said on Monday that the plan would go ahead.\n';

/** A FIFO made by mkfifo; false where there is no mkfifo (the tests that need one are skipped there). */
function makeFifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('CLI inputs: size limit, special files, --jobs', function () {
  this.timeout(60000);
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-inputs-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** A folder with one short story and one article of `kb` KB (plain prose, so only its size can refuse it). */
  function folderWithLargeFile(kb: number): string {
    const dir = join(tmp, 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), STORY);
    const sentence = 'The council met again on Tuesday and the minister said nothing new. ';
    writeFileSync(join(dir, 'large.txt'), `Large file\n\n${sentence.repeat(Math.ceil((kb * 1024) / sentence.length))}`);
    return dir;
  }

  it('skips a file over the default 2 MB limit, naming the file and the limit', async () => {
    const dir = folderWithLargeFile(2200);
    const r = await runMain('annotate', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^warning: skipped .*large\.txt: 2\.15 MB, over the 2 MB limit for one article \(raise it with --max-size MB\)$/m);
    assert.deepEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).file), [join(dir, 'story.txt')]);
  });

  it('skips a 50 MB article with one warning and no stack trace, reading only the size', async () => {
    const dir = folderWithLargeFile(50 * 1024);
    const r = await runMain('annotate', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^warning: skipped .*large\.txt: 50(\.\d+)? MB, over the 2 MB limit for one article \(raise it with --max-size MB\)$/m);
    assert.doesNotMatch(r.err, /\n\s+at |heap out of memory/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('shares its default limit with the editor setting newslens.maxFileSizeKB', () => {
    const settings = require(join(ROOT, 'package.json')).contributes.configuration.properties;
    assert.equal(settings['newslens.maxFileSizeKB'].default, DEFAULT_MAX_ARTICLE_KB);
    assert.equal(DEFAULT_MAX_ARTICLE_KB, 2048);
  });

  it('--max-size sets the limit of annotate, index and export', async () => {
    const dir = folderWithLargeFile(60);
    const small = await runMain('annotate', '--max-size', '0.05', dir);
    assert.match(small.err, /large\.txt: 0\.06 MB, over the 0\.05 MB limit/);
    assert.equal(small.out.trim().split('\n').length, 1);
    const raised = await runMain('annotate', '--max-size', '0.1', dir);
    assert.equal(raised.err, '');
    assert.equal(raised.out.trim().split('\n').length, 2);

    const index = await runMain('index', '--max-size', '0.05', dir);
    assert.equal(index.code, 0, index.err);
    assert.match(index.err, /large\.txt: 0\.06 MB, over the 0\.05 MB limit/);
    assert.match(index.out, /^articles +1$/m);

    const out = join(tmp, 'export');
    const exported = await runMain('export', '--format', 'jsonl', '--out', out, '--max-size', '0.05', dir);
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.err, /large\.txt: 0\.06 MB, over the 0\.05 MB limit/);
    assert.match(exported.out, /^exported 1 article as jsonl/);
  });

  it('exits 2 with a one-line error for a --max-size that is no positive number', async () => {
    for (const value of ['x', '0', '-1', '', 'Infinity']) {
      for (const command of [['annotate'], ['index'], ['export', '--format', 'jsonl', '--out', join(tmp, 'out')]]) {
        const r = await runMain(...command, `--max-size=${value}`, join(ROOT, 'seeds'));
        assert.equal(r.code, 2, `${command[0]} --max-size '${value}': ${r.err}`);
        assert.equal(r.err, `newslens: --max-size takes a positive number of MB, not '${value}'\n`);
      }
    }
  });

  it('documents --max-size and the --jobs cap in --help', async () => {
    const help = (await runMain('--help')).out;
    for (const command of ['annotate', 'index', 'export']) assert.match(help, new RegExp(`newslens ${command} .*\\[--max-size MB\\] \\[--all\\] PATH`));
    assert.match(help, /2 MB as in the editor/);
    assert.match(help, /at most\s+one per core/);
  });

  it('skips a FIFO given as a path or met in a folder without opening it', function () {
    const pipe = join(tmp, 'pipe.txt');
    const dir = join(tmp, 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), STORY);
    if (!makeFifo(pipe) || !makeFifo(join(dir, 'inner.news'))) this.skip();
    // In a child process: a CLI that opened the FIFO would wait for a writer, and runBinary's timeout ends it.
    const r = runBinary('annotate', pipe, dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^warning: skipped .*pipe\.txt: a FIFO \(named pipe\), not a regular file$/m);
    assert.match(r.err, /^warning: skipped .*inner\.news: a FIFO \(named pipe\), not a regular file$/m);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('skips a character device given as a path and a socket met in a folder', async function () {
    if (!existsSync('/dev/null') || process.platform === 'win32') this.skip();
    const dir = join(tmp, 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), STORY);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'socket.txt'), resolve));
    try {
      const r = await runMain('annotate', '/dev/null', dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /^warning: skipped \/dev\/null: a character device, not a regular file$/m);
      assert.match(r.err, /^warning: skipped .*socket\.txt: a socket, not a regular file$/m);
      assert.equal(r.out.trim().split('\n').length, 1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('caps --jobs at the number of cores with a warning', () => {
    const warnings: string[] = [];
    assert.equal(parseJobs('1000', 4, (w) => warnings.push(w)), 4);
    assert.deepEqual(warnings, ['--jobs 1000 is more than the 4 cores of this machine; using 4']);
    assert.equal(parseJobs('4', 4, (w) => warnings.push(w)), 4);
    assert.equal(parseJobs('0', 4, (w) => warnings.push(w)), 0);
    assert.equal(parseJobs(undefined, 4, (w) => warnings.push(w)), undefined);
    assert.equal(warnings.length, 1);
  });

  it('index --jobs 1000 starts no more workers than there are cores', async () => {
    const cores = availableParallelism();
    const dir = join(tmp, 'corpus');
    mkdirSync(dir);
    for (let i = 0; i < cores + 3; i++) writeFileSync(join(dir, `${i}.txt`), STORY.replace('Monday', `day ${i}`));
    // The bundle makes each worker with `new worker_threads.Worker(...)`, looked up when called: count them.
    const threads = require('node:worker_threads') as { Worker: new (...args: unknown[]) => object };
    const RealWorker = threads.Worker;
    let started = 0;
    threads.Worker = class extends RealWorker {
      constructor(...args: unknown[]) {
        super(...args);
        started++;
      }
    };
    try {
      const r = await runMain('index', '--jobs', '1000', dir);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, `warning: --jobs 1000 is more than the ${cores} core${cores === 1 ? '' : 's'} of this machine; using ${cores}\n`);
      assert.match(r.out, new RegExp(`^articles +${cores + 3}$`, 'm'));
      assert.ok(started >= 1 && started <= cores, `${started} workers for ${cores} cores`);
    } finally {
      threads.Worker = RealWorker;
    }
  });
});
