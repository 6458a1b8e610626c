#!/usr/bin/env node
// A throwaway PostgreSQL server for the store's tests and bench (issue 17), from Debian's packages:
//   node scripts/pg/tempServer.mjs [--fast] [-c NAME=VALUE]... [-- COMMAND ARGS...]
// installs Debian's `postgresql` when no server is installed (as root; otherwise it names the apt-get command
// and fails), runs initdb as an unprivileged user (`nobody` when run as root: initdb refuses root) in a new
// temporary folder, starts the server with pg_ctl on a free loopback port (listen_addresses=127.0.0.1, its
// unix socket in that folder), and creates the database `newslens` and a password-authenticated superuser
// `newslens`. With a COMMAND it runs it with NEWSLENS_TEST_PG_URL set and then stops; without, it prints the
// URL and runs until Ctrl+C. The server is stopped and the folder removed on every way out (end, failure,
// SIGINT, SIGTERM). Imported, startTempServer() does the same and returns { url, adminUrl, stop() }.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { atCleanup, freePort } from '../host/proc.mjs';

const PACKAGE = 'postgresql';
const INSTALL = `apt-get install -y --no-install-recommends ${PACKAGE}`;
/** The unprivileged user the server runs as when this script runs as root. */
const SERVER_USER = process.env.NEWSLENS_PG_USER || 'nobody';
const SUPERUSER = 'newslens';
const DATABASE = 'newslens';

const isRoot = () => process.getuid?.() === 0;

/** The newest /usr/lib/postgresql/<version>/bin with a server in it (Debian's layout), or null. */
export function findBindir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (['initdb', 'pg_ctl', 'postgres'].every((p) => existsSync(join(bin, p)))) return bin;
  }
  return null;
}

function apt(args) {
  return spawnSync('apt-get', ['-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The server's bin folder, installing Debian's package first when there is none (root only). */
export function ensurePostgres(log = () => {}) {
  const found = findBindir();
  if (found) return found;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot() || !hasApt) {
    throw new Error(`no PostgreSQL server is installed (looked in /usr/lib/postgresql/*/bin). Install it as root: sudo sh -c 'apt-get update && ${INSTALL}'`);
  }
  log(`installing Debian's ${PACKAGE} (${INSTALL})`);
  // Without package lists (a fresh machine) or with stale ones the install fails: update, then try again.
  let r = apt(['install', '--no-install-recommends', PACKAGE]);
  if (r.status !== 0) {
    apt(['update']);
    r = apt(['install', '--no-install-recommends', PACKAGE]);
  }
  const bin = findBindir();
  if (r.status !== 0 || !bin) throw new Error(`${INSTALL} failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' / ')}`);
  return bin;
}

/** uid and gid of a user, from the system's own `id`. */
function idsOf(user) {
  const id = (flag) => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
  const ids = { uid: id('-u'), gid: id('-g') };
  if (!Number.isInteger(ids.uid) || !Number.isInteger(ids.gid)) throw new Error(`no user '${user}' to run PostgreSQL as`);
  return ids;
}

/** A server command, run as SERVER_USER when this process is root (runuser, from util-linux), from `cwd`. */
function serverCommand(bin, cmd, args, cwd) {
  const program = join(bin, cmd);
  return isRoot() ? { cmd: 'runuser', args: ['-u', SERVER_USER, '--', program, ...args], cwd } : { cmd: program, args, cwd };
}

function runServerCommand(bin, cmd, args, cwd) {
  const c = serverCommand(bin, cmd, args, cwd);
  return new Promise((resolve) => {
    const child = spawn(c.cmd, c.args, { cwd: c.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', (e) => resolve({ code: 127, out: `${out}${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const running = new Set();

/** Stops every server still running and removes its folder, synchronously: the last resort at exit. */
function stopAllSync() {
  for (const s of running) s.stopSync();
}

let exitHandler = false;
/** Ctrl+C, SIGTERM and SIGHUP stop the server through proc.mjs's cleanup; any other exit through stopAllSync. */
function stopOnExit(server) {
  atCleanup(() => server.stop());
  if (exitHandler) return;
  exitHandler = true;
  process.on('exit', stopAllSync);
}

/** The folder, its data directory and settings; initdb as the server user with a password-file superuser. */
async function initCluster(bin, root, password) {
  const pwfile = join(root, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (isRoot()) {
    const { uid, gid } = idsOf(SERVER_USER);
    chownSync(root, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const init = await runServerCommand(bin, 'initdb', ['-D', join(root, 'data'), '-U', SUPERUSER, `--pwfile=${pwfile}`,
    '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'], root);
  rmSync(pwfile, { force: true });
  if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}): ${init.out.trim().split('\n').slice(-5).join(' / ')}`);
}

/** pg_ctl start on a free loopback port (a few tries: another process may take the port first). */
async function startServer(bin, root, settings) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k '${root}'`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
    const r = await runServerCommand(bin, 'pg_ctl', ['-D', join(root, 'data'), '-l', join(root, 'server.log'), '-w', '-t', '60', '-o', options, 'start'], root);
    if (r.code === 0) return port;
    const log = existsSync(join(root, 'server.log')) ? readFileSync(join(root, 'server.log'), 'utf8') : '';
    if (attempt >= 3 || !/could not bind|Address already in use/.test(log)) {
      throw new Error(`pg_ctl start failed (exit ${r.code}): ${`${r.out}\n${log}`.trim().split('\n').slice(-6).join(' / ')}`);
    }
  }
}

/** Settings that trade durability for speed: for tests, whose data dies with the folder anyway. */
const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * Starts a temporary server; resolves to { url (database newslens), adminUrl (database postgres), port, user,
 * password, root, stop() }. `fast` turns durability off (tests); `settings` adds postgres -c settings.
 */
export async function startTempServer({ fast = false, settings = {}, log = () => {} } = {}) {
  const bin = ensurePostgres(log);
  const root = mkdtempSync(join(tmpdir(), 'newslens-pg-'));
  const data = join(root, 'data');
  let started = false;
  const server = {
    root,
    stopSync() {
      running.delete(server);
      if (started && existsSync(join(data, 'postmaster.pid'))) {
        const c = serverCommand(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], root);
        spawnSync(c.cmd, c.args, { cwd: c.cwd, stdio: 'ignore' });
      }
      rmSync(root, { recursive: true, force: true });
    },
    async stop() {
      if (!running.has(server)) return;
      running.delete(server);
      if (started) await runServerCommand(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], root);
      rmSync(root, { recursive: true, force: true });
    },
  };
  running.add(server);
  stopOnExit(server);
  try {
    const password = randomBytes(18).toString('base64url');
    await initCluster(bin, root, password);
    const port = await startServer(bin, root, { ...(fast ? FAST : {}), ...settings });
    started = true;
    const url = (db) => `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/${db}`;
    const admin = new pg.Client({ connectionString: url('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    log(`PostgreSQL ${bin.split('/').at(-2)} on 127.0.0.1:${port} (data in ${data}, running as ${isRoot() ? SERVER_USER : 'this user'})`);
    return Object.assign(server, { url: url(DATABASE), adminUrl: url('postgres'), port, user: SUPERUSER, password, bin });
  } catch (e) {
    server.stopSync();
    throw e;
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const dash = argv.indexOf('--');
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  const own = argv.slice(0, dash >= 0 ? dash : argv.length);
  const settings = Object.fromEntries(own.flatMap((a, i) => (own[i - 1] === '-c' ? [a.split('=')] : [])));
  const server = await startTempServer({ fast: own.includes('--fast'), settings, log: (line) => console.error(`pg: ${line}`) });
  if (!command.length) {
    console.log(server.url);
    console.error('pg: running; Ctrl+C stops it and removes its folder');
    // A pending promise alone would let node exit (and stop the server) at once: a timer keeps it running.
    setInterval(() => {}, 1 << 30);
    return;
  }
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, NEWSLENS_TEST_PG_URL: server.url } });
  const code = await new Promise((resolve) => {
    child.on('error', (e) => { console.error(`pg: ${e.message}`); resolve(127); });
    child.on('close', (c) => resolve(c ?? 1));
  });
  await server.stop();
  process.exitCode = code;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`pg: ${e.message}`);
    process.exitCode = 1;
  });
}
