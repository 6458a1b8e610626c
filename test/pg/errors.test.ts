// The user's mistakes with the store are one line on stderr and exit 1 (a wrong call, exit 2), never a
// stack trace, and never show the password, whether it came in the URL or in PGPASSWORD.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticRecord } from '../fixtures/annotationRecords';
import { runBinary } from '../unit/cliRun';
import { ROOT } from '../unit/seeds';
import { freshDatabase, scratch, serverUrl, withDatabase, withUser } from './pgFixture';

/** dist/cli.js with an environment of our own (PGPASSWORD), from the repository root. */
function runWithEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function oneLine(r: { code: number | null; err: string }, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, r.err);
  assert.equal(r.err.split('\n').filter(Boolean).length, 1, `more than one line:\n${r.err}`);
  assert.match(r.err.trimEnd(), pattern);
  assert.doesNotMatch(r.err, /\n\s+at /, 'a stack trace');
}

describe('store errors', () => {
  const password = new URL(serverUrl()).password;
  const seeds = join(ROOT, 'seeds');

  it('an unreachable server: one line, exit 1, for load and query', () => {
    const closed = 'postgres://newslens:secret-pw@127.0.0.1:1/newslens';
    oneLine(runBinary('load', '--pg', closed, seeds), 1, /^newslens: cannot reach PostgreSQL at 127\.0\.0\.1:1\/newslens as newslens: connection refused/);
    const q = runBinary('query', '--pg', closed, 'search', 'x');
    oneLine(q, 1, /connection refused/);
    assert.doesNotMatch(q.err, /secret-pw/);
  });

  it('a URL that is no postgres URL, and no --pg at all', () => {
    oneLine(runBinary('query', '--pg', 'not a url', 'search', 'x'), 1, /^newslens: --pg takes a URL such as postgres:\/\/user@host:5432\/database/);
    oneLine(runBinary('query', '--pg', 'mysql://h/db', 'search', 'x'), 1, /^newslens: --pg takes a postgres:\/\/ or postgresql:\/\/ URL, not mysql:/);
    oneLine(runBinary('load', seeds), 2, /^newslens: load needs --pg URL/);
    oneLine(runBinary('query', '--pg', 'postgres://h/db', 'who', 'x'), 2, /unknown question 'who'/);
  });

  it('a wrong password, a missing one and a missing database: one line each, the password never shown', async () => {
    const bad = withUser(serverUrl(), 'newslens', 'wrong-password-123');
    const r = runBinary('query', '--pg', bad, 'search', 'x');
    oneLine(r, 1, /^newslens: PostgreSQL at 127\.0\.0\.1:\d+\/newslens as newslens: password authentication failed \(give the password in the URL or in PGPASSWORD\)$/);
    assert.doesNotMatch(r.err + r.out, /wrong-password-123/);
    const noPassword = withUser(serverUrl(), 'newslens', null);
    oneLine(runWithEnv({ PGPASSWORD: '' }, 'query', '--pg', noPassword, 'search', 'x'), 1, /the server asks for a password; give it in the URL or in PGPASSWORD/);
    oneLine(runBinary('query', '--pg', withDatabase(serverUrl(), 'no_such_db'), 'search', 'x'), 1, /no such database/);
  });

  it('takes the password from PGPASSWORD and never prints it', async () => {
    const url = withUser(await freshDatabase('pgpassword'), 'newslens', null);
    const r = runWithEnv({ PGPASSWORD: password }, 'load', '--pg', url, seeds);
    assert.equal(r.code, 0, r.err);
    assert.ok(!(r.out + r.err).includes(password), 'the password was printed');
    const q = runWithEnv({ PGPASSWORD: password }, 'query', '--pg', url, 'appearances', 'Alexander Lavrentiev', '--format', 'table');
    assert.equal(q.code, 0, q.err);
    assert.ok(!(q.out + q.err).includes(password));
  });

  it('a query on a database without a store, a missing file and a malformed JSONL line', async () => {
    const url = await freshDatabase('errors_input');
    oneLine(runBinary('query', '--pg', url, 'search', 'x'), 1, /^newslens: this database holds no NewsLens store yet: load articles first/);
    const dir = scratch('malformed');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '');
    const empty = runBinary('load', '--pg', url, file);
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.err, /^load: store schema 0 -> 2 /);
    assert.match(empty.out, /^loaded 0 articles into /);
    oneLine(runBinary('load', '--pg', url, join(scratch('missing'), 'nothing.jsonl')), 2, /^newslens: load: no such file '.*nothing\.jsonl'$/);
    oneLine(runBinary('load', '--pg', url, join(scratch('missing'), 'no-folder')), 2, /^newslens: .*no-folder/);
    writeFileSync(file, `${JSON.stringify(syntheticRecord(1))}\n{"file": "x.txt", "entities": [\n`);
    oneLine(runBinary('load', '--pg', url, file), 1, /^newslens: .*bad\.jsonl:2: not JSON \(/);
    writeFileSync(file, `${JSON.stringify({ ...syntheticRecord(1), entities: [{ start: -1 }] })}\n`);
    oneLine(runBinary('load', '--pg', url, file), 1, /^newslens: .*bad\.jsonl:1: mention 1: "start" must be a whole number from 0, not -1$/);
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'An article line.' })}\n`);
    oneLine(runBinary('load', '--pg', url, file), 1, /bad\.jsonl:1: an article line, not an annotation record \(no "entities"\): annotate it first/);
  });
});
