// Process helpers shared by the launchers: child processes in their own process group, cleanup that
// also runs on Ctrl+C / SIGTERM, free ports and waiting for an HTTP server to answer.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** Prints a line prefixed with the launcher's name, so host output and harness output stay apart. */
export function say(tag, ...parts) {
  console.log(`[${tag}]`, ...parts);
}

/** Runs a command to completion with inherited stdio; resolves with its exit code (signal -> 128+n). */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

/** Runs a command and collects its stdout (stderr passes through); rejects on a non-zero exit. */
export function capture(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}

const groups = new Set();
const tempDirs = new Set();
const hooks = [];
let handlersInstalled = false;
let stopping = false;

/** True once Ctrl+C / SIGTERM started the shutdown: servers exiting now are expected, not failures. */
export function isStopping() {
  return stopping;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Synchronous last resort for process 'exit': SIGKILL every group still alive, delete temp dirs. */
function cleanupSync() {
  for (const pgid of groups) signalGroup(pgid, 'SIGKILL');
  groups.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanupSync);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      stopping = true;
      say('host', `${signal}: stopping servers and removing temp dirs`);
      cleanup().finally(() => process.exit(code));
    });
  }
}

/** Registers a directory to delete at exit (normal exit, Ctrl+C or SIGTERM). */
export function removeAtExit(dir) {
  installHandlers();
  tempDirs.add(dir);
  return dir;
}

/** Registers an async function to run first during cleanup (e.g. closing the browser). */
export function atCleanup(fn) {
  installHandlers();
  hooks.push(fn);
}

/**
 * Starts a long-running server in a new session and process group (detached: true calls setsid(2)),
 * so that stopping it can take every helper it spawns (extension host, file watcher, pty host) along.
 */
export function startGroup(cmd, args, options = {}) {
  installHandlers();
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (child.pid) groups.add(child.pid);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is still there after graceMs. */
export async function stopGroup(pgid, graceMs = 3000) {
  groups.delete(pgid);
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
}

let cleaning;
/**
 * Runs the cleanup hooks, stops every started group and removes every registered temp dir. Callers at the
 * same time share one run; a later call (the next workspace's host is done) cleans what was started since.
 */
export function cleanup() {
  cleaning ??= (async () => {
    for (const fn of hooks.splice(0).reverse()) {
      try {
        await fn();
      } catch (e) {
        say('host', 'cleanup hook failed:', e?.message ?? e);
      }
    }
    await Promise.all([...groups].map((pgid) => stopGroup(pgid)));
    cleanupSync();
  })().finally(() => { cleaning = undefined; });
  return cleaning;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers with a 2xx/3xx status; fails early if `child` exits first. */
export async function waitHttp(url, { timeoutMs = 60000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child?.exited.then(() => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before ${url} answered`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      if (res.status < 400) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}
