#!/usr/bin/env node
// `npm start`: install what is missing, build, then open seeds/ in a VS Code with NewsLens loaded.
//   1. desktop:  `code` on PATH -> code --extensionDevelopmentPath=<repo> seeds
//   2. download: online and a display -> a VS Code from @vscode/test-electron's download (cached in .vscode-test/)
//   3. web:      otherwise code-server from the offline cache (scripts/host/provision.mjs) on 127.0.0.1,
//                NewsLens linked into a temp extensions dir; prints the URL and serves until Ctrl+C.
// NEWSLENS_START_MODE=desktop|download|web forces a route; PORT picks the web route's port.
import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { createWriteStream, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { which } from './host/desktop.mjs';
import { cleanup, freePort, isStopping, run, say, startGroup, waitHttp } from './host/proc.mjs';
import { CACHE_DIR, ensureHost, ProvisionError, REPO_ROOT } from './host/provision.mjs';
import { makeProfile } from './host/workspace.mjs';
import { ensureDependencies } from './lib/install.mjs';

const SEEDS = join(REPO_ROOT, 'seeds');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const log = (...a) => say('start', ...a);

/** True when the VS Code update server resolves and answers within a few seconds. */
async function online() {
  const host = 'update.code.visualstudio.com';
  try {
    await Promise.race([lookup(host), new Promise((_, reject) => setTimeout(() => reject(new Error('dns timeout')), 2500))]);
    const res = await fetch(`https://${host}/api/releases/stable`, { signal: AbortSignal.timeout(4000) });
    return res.ok;
  } catch {
    return false;
  }
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function chooseRoute() {
  const forced = process.env.NEWSLENS_START_MODE;
  if (forced) {
    if (!['desktop', 'download', 'web'].includes(forced)) throw new ProvisionError(`NEWSLENS_START_MODE=${forced}: use desktop, download or web`);
    return { route: forced, why: `NEWSLENS_START_MODE=${forced}` };
  }
  const code = which('code');
  if (code) return { route: 'desktop', why: `\`code\` on PATH (${code})` };
  if (!hasDisplay()) return { route: 'web', why: 'no `code` on PATH and no display for a downloaded VS Code' };
  if (await online()) return { route: 'download', why: 'no `code` on PATH; the VS Code download server answers' };
  return { route: 'web', why: 'no `code` on PATH and no VS Code download server (offline)' };
}

async function startDesktop() {
  const code = which('code');
  if (!code) throw new ProvisionError('no `code` on PATH');
  // The CLI hands over to the running VS Code (or starts one) and returns.
  const status = await run(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, SEEDS], { shell: process.platform === 'win32' });
  if (status !== 0) throw new ProvisionError(`code exited with ${status}`);
  log('opened seeds/ in VS Code with NewsLens from this folder (Developer: Reload Window after `npm run build`)');
}

async function startDownloaded() {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  const executable = await downloadAndUnzipVSCode({ cachePath: CACHE_DIR });
  log(`VS Code from ${executable}; close its window or press Ctrl+C to stop`);
  const child = spawn(executable, [
    `--extensionDevelopmentPath=${REPO_ROOT}`, SEEDS,
    `--user-data-dir=${join(CACHE_DIR, 'start-user-data')}`, `--extensions-dir=${join(CACHE_DIR, 'start-extensions')}`,
    '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust',
  ], { stdio: 'inherit' });
  process.on('SIGINT', () => child.kill('SIGTERM'));
  await new Promise((resolve) => child.on('exit', resolve));
}

async function startWeb() {
  const host = await ensureHost({ browser: false });
  const profile = makeProfile();
  // An extensions dir holding only NewsLens: the repo itself, under <publisher>.<name>-<version>.
  const extensionFolder = join(profile.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  symlinkSync(REPO_ROOT, extensionFolder, 'dir');
  const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
  mkdirSync(join(CACHE_DIR, 'logs'), { recursive: true });
  const logFile = join(CACHE_DIR, 'logs', 'start-code-server.log');
  const out = createWriteStream(logFile);
  const server = startGroup(host.nodeBin, [
    host.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    SEEDS,
  ], {
    cwd: REPO_ROOT,
    // code-server writes its config and state under XDG dirs (the home directory otherwise).
    env: { ...host.env, XDG_CONFIG_HOME: profile.xdg, XDG_DATA_HOME: profile.xdg, XDG_CACHE_HOME: profile.xdg, TMPDIR: profile.tmp },
  });
  server.stdout.pipe(out);
  server.stderr.pipe(out);
  await waitHttp(`http://127.0.0.1:${port}/healthz`, { child: server, timeoutMs: 90000 });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(SEEDS)}`;
  console.log('');
  console.log(`  NewsLens ${manifest.version} in VS Code ${host.vscodeVersion} (code-server, offline route)`);
  console.log(`  open: ${url}`);
  console.log(`  log:  ${logFile}`);
  console.log('  After `npm run build`, run "Developer: Reload Window" in the browser. Ctrl+C stops the server.');
  console.log('');
  const { code, signal } = await server.exited;
  if (isStopping()) return new Promise(() => {}); // the signal handler finishes the cleanup and exits
  throw new ProvisionError(`code-server exited on its own (${code ?? signal}); see ${logFile}`);
}

try {
  await ensureDependencies(REPO_ROOT);
  log('building (node esbuild.mjs)');
  const built = await run(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT });
  if (built !== 0) throw new ProvisionError(`build failed (exit ${built}); run \`npm run build\` to see why`);
  const { route, why } = await chooseRoute();
  log(`route: ${route} (${why})`);
  if (route === 'desktop') await startDesktop();
  else if (route === 'download') await startDownloaded();
  else await startWeb();
  await cleanup();
} catch (e) {
  console.error(`start: ${e instanceof ProvisionError ? e.message : e?.stack ?? e}`);
  await cleanup();
  process.exit(1);
}
