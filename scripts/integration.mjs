#!/usr/bin/env node
// Runs the integration suite (test/integration/suite, compiled to out/) inside a real VS Code extension host.
//
//   node scripts/integration.mjs [--no-build]
//
// Two launchers for the one suite:
//   desktop  a desktop VS Code (VSCODE_EXECUTABLE_PATH, or `code` on PATH) through @vscode/test-electron;
//   offline  the VS Code server inside code-server (from .vscode-test/, see scripts/host/provision.mjs) with
//            its smoke-test driver, driven by Debian's Chromium through playwright-core. Needs only the npm
//            registry and apt.
// NEWSLENS_HOST=desktop|offline forces one. NEWSLENS_INTEGRATION_TIMEOUT_MS (default 300000) bounds the run;
// NEWSLENS_TEST_GREP filters tests; NEWSLENS_CORPUS_SIZE (default 200, 0 = none) sizes the generated corpus;
// NEWSLENS_HOST_LOG=all prints the host's whole log, not just test output.
// Ends with exactly one line `host: VS Code <version>, <N> passing, <M> failing`; exits non-zero when a
// test failed, no test ran, the run timed out or the host never reported.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { findDesktopVSCode } from './host/desktop.mjs';
import { parseResultLine, summaryLine } from './host/hostResult.mjs';
import { atCleanup, cleanup, freePort, run, say, startGroup, stopGroup, waitHttp } from './host/proc.mjs';
import { CACHE_DIR, CHROMIUM_ARGS, ensureHost, ProvisionError, REPO_ROOT } from './host/provision.mjs';
import { buildWorkspace, makeProfile, tempDir } from './host/workspace.mjs';

const SUITE = join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
const TIMEOUT_MS = Number(process.env.NEWSLENS_INTEGRATION_TIMEOUT_MS ?? 300000);
const LOG_DIR = join(CACHE_DIR, 'logs');
/** Generated articles added to the workspace beside the seeds (NEWSLENS_CORPUS_SIZE overrides; 0 = none). */
const CORPUS_SIZE = 200;
const log = (...a) => say('integration', ...a);

/** Workbench log lines that are not test output (the offline host logs its own housekeeping too). */
const NOISE = /open-vsx|ENOTFOUND|Creation of workbench contribution|authentication provider|Canceled|Service ?Worker|Creating a socket|connection token|grace-time|AgentHost|AccountPolicy|builtin extensions cache|\[driver\]/;

async function build() {
  log('building (node esbuild.mjs --tests)');
  const code = await run(process.execPath, ['esbuild.mjs', '--tests'], { cwd: REPO_ROOT });
  if (code !== 0) throw new ProvisionError(`build failed (exit ${code}); run \`npm run build:tests\` to see why`);
}

// ----------------------------------------------------------------------------------------- desktop

/** Every process below `pid`, parents before children (pgrep -P exists on Linux and macOS). */
function descendants(pid) {
  let children = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // pgrep exits 1 when there are none
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

async function runDesktop(executable, workspace) {
  const { runTests } = await import('@vscode/test-electron');
  const profile = makeProfile();
  const resultFile = join(tempDir('result'), 'result.json');
  let reported;
  const tee = new Writable({
    write(chunk, _enc, done) {
      process.stdout.write(chunk);
      reported = parseResultLine(chunk) ?? reported;
      done();
    },
  });
  const timer = setTimeout(() => killChildren(), TIMEOUT_MS);
  let timedOut = false;
  function killChildren() {
    timedOut = true;
    log(`timed out after ${TIMEOUT_MS} ms; stopping VS Code`);
    // test-electron does not expose its child, and Electron spawns helpers: kill our whole subtree.
    for (const pid of descendants(process.pid).reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  let exitError;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${profile.userData}`, `--extensions-dir=${profile.extensions}`],
      extensionTestsEnv: { NEWSLENS_RESULT_FILE: resultFile },
      stdout: tee,
    });
  } catch (e) {
    exitError = e;
  } finally {
    clearTimeout(timer);
  }
  if (!reported && existsSync(resultFile)) reported = JSON.parse(readFileSync(resultFile, 'utf8'));
  return { reported, timedOut, problem: exitError && !reported ? String(exitError.message ?? exitError) : undefined };
}

// ----------------------------------------------------------------------------------------- offline

async function startServer(host, profile) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, 'integration-server.log');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const out = createWriteStream(logFile);
    const server = startGroup(host.nodeBin, [
      join(host.vscodeDir, 'out', 'server-main.js'),
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms',
      '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
      '--user-data-dir', profile.userData, '--server-data-dir', profile.serverData, '--extensions-dir', profile.extensions,
    ], { cwd: host.vscodeDir, env: { ...host.env, TMPDIR: profile.tmp } });
    server.stdout.pipe(out);
    server.stderr.pipe(out);
    try {
      await waitHttp(`http://127.0.0.1:${port}/`, { child: server, timeoutMs: 60000 });
      return { server, port, logFile };
    } catch (e) {
      await stopGroup(server.pid);
      if (attempt >= 3) throw new Error(`VS Code server did not start: ${e.message}; see ${logFile}`, { cause: e });
      log(`server did not come up on port ${port} (${e.message}); retrying`);
    }
  }
}

async function runOffline(workspace) {
  const host = await ensureHost({ browser: true });
  const profile = makeProfile();
  const { server, port, logFile } = await startServer(host, profile);
  log(`VS Code server ${host.vscodeVersion} on 127.0.0.1:${port} (log: ${logFile})`);

  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile.browser, {
    executablePath: host.chromium, headless: true, args: CHROMIUM_ARGS,
  });
  atCleanup(() => context.close());
  const page = context.pages()[0] ?? await context.newPage();

  const hostLog = createWriteStream(join(LOG_DIR, 'integration-host.log'));
  const all = process.env.NEWSLENS_HOST_LOG === 'all';
  let reported;
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : String(message);
    hostLog.write(`[${level}] ${text}\n`);
    reported = parseResultLine(text) ?? reported;
    // A message is judged by its first line, so the stack under a noisy error goes with it.
    if (all || !NOISE.test(text.split('\n').find((l) => l.trim()) ?? '')) console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  server.exited.then(({ code, signal }) => finish({ serverDied: `VS Code server exited (${code ?? signal}); see ${logFile}` }));
  const timer = setTimeout(() => finish({ timedOut: true }), TIMEOUT_MS);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO_ROOT)],
    ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const end = await finished;
  clearTimeout(timer);
  log(end.timedOut ? `timed out after ${TIMEOUT_MS} ms (NEWSLENS_INTEGRATION_TIMEOUT_MS)`
    : end.serverDied ?? `extension host exited with code ${end.code}`);
  hostLog.end();
  return {
    reported,
    timedOut: Boolean(end.timedOut),
    problem: end.serverDied,
    version: host.vscodeVersion,
    hostExitCode: end.code,
  };
}

// -------------------------------------------------------------------------------------------- main

/** The synthetic corpus (test/fixtures/generateCorpus.mjs) written into the workspace's generated/ folder. */
async function corpusGenerators() {
  const size = Number(process.env.NEWSLENS_CORPUS_SIZE ?? CORPUS_SIZE);
  const generator = join(REPO_ROOT, 'test', 'fixtures', 'generateCorpus.mjs');
  if (!size) return [];
  if (!existsSync(generator)) throw new ProvisionError(`${generator} is missing; set NEWSLENS_CORPUS_SIZE=0 to run without the corpus`);
  const { generateCorpus } = await import(pathToFileURL(generator).href);
  return [(dir) => { generateCorpus(dir, size); log(`workspace: seeds + ${size} generated articles in ${dir}`); }];
}

async function main() {
  if (!process.argv.includes('--no-build')) await build();
  for (const f of [SUITE, join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!existsSync(f)) throw new ProvisionError(`${f} is missing; run \`npm run build:tests\` first`);
  }
  const workspace = await buildWorkspace({ generators: await corpusGenerators() });
  const forced = process.env.NEWSLENS_HOST;
  const desktop = forced === 'offline' ? { why: 'NEWSLENS_HOST=offline' } : findDesktopVSCode();
  if (forced === 'desktop' && !desktop.executable) throw new ProvisionError(`NEWSLENS_HOST=desktop, but ${desktop.why}`);

  let outcome;
  if (desktop.executable) {
    log(`launcher: desktop VS Code via @vscode/test-electron (${desktop.why}): ${desktop.executable}`);
    outcome = await runDesktop(desktop.executable, workspace);
  } else {
    log(`launcher: offline VS Code server + Chromium (${desktop.why})`);
    outcome = await runOffline(workspace);
  }
  return outcome;
}

let outcome;
let fatal;
try {
  outcome = await main();
} catch (e) {
  fatal = e instanceof ProvisionError ? e.message : e?.stack ?? String(e);
}
await cleanup();

const r = outcome?.reported;
const problems = [];
if (fatal) problems.push(fatal);
if (outcome?.timedOut) problems.push(`timed out after ${TIMEOUT_MS} ms`);
if (outcome?.problem) problems.push(outcome.problem);
if (outcome && !r && !outcome.timedOut) problems.push('the extension host never reported a result (did test/integration/suite/index.js load?)');
if (r?.error) problems.push(`the suite failed to load: ${r.error.split('\n')[0]}`);
if (r && r.passes + r.failures === 0) problems.push('no integration tests ran');
if (r && r.failures === 0 && outcome.hostExitCode !== undefined && outcome.hostExitCode !== 0) {
  problems.push(`extension host exit code ${outcome.hostExitCode} although no test failed`);
}
for (const p of problems) console.log(`integration: FAILED: ${p}`);
console.log(summaryLine(r?.vscode ?? outcome?.version ?? 'unknown', r?.passes ?? 0, r?.failures ?? 0));
process.exit(problems.length || !r || r.failures > 0 ? 1 : 0);
