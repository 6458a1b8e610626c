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
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { findDesktopVSCode } from './host/desktop.mjs';
import { parseResultLine, summaryLine } from './host/hostResult.mjs';
import { atCleanup, cleanup, freePort, run, say, startGroup, stopGroup, waitHttp } from './host/proc.mjs';
import { CACHE_DIR, CHROMIUM_ARGS, ensureHost, ProvisionError, REPO_ROOT } from './host/provision.mjs';
import { buildWorkspace, makeProfile, tempDir } from './host/workspace.mjs';
import { findBindir, startTempServer } from './pg/tempServer.mjs';

const SUITE = join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
const TIMEOUT_MS = Number(process.env.NEWSLENS_INTEGRATION_TIMEOUT_MS ?? 300000);
const LOG_DIR = join(CACHE_DIR, 'logs');
/** Generated articles added to the workspace beside the seeds (NEWSLENS_CORPUS_SIZE overrides; 0 = none). */
const CORPUS_SIZE = 200;
/** Generated articles of the busy-corpus workspace, still indexing when its test opens an article. */
const BUSY_CORPUS_SIZE = 3000;
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

/**
 * A 5.8 KB article (the two seeds as one text) in a folder the scan reaches last, so that the test can open
 * it while the 3,000 generated articles before it are still being indexed.
 */
function lateArticle(dir) {
  const text = ['000_d3ddef007ee00481.txt', '004_b614ce07fba6f1af.txt'].map((f) => readFileSync(join(REPO_ROOT, 'seeds', f), 'utf8')).join('\n\n');
  mkdirSync(join(dir, 'zz-late'), { recursive: true });
  writeFileSync(join(dir, 'zz-late', 'late-article.txt'), text);
}

/**
 * The workspaces the suite runs in, one host each. Beyond the first, each has its own test folder
 * (test/integration/suite/workspaces/NAME/), chosen inside the host by the workspace's .newslens-suite file.
 * NEWSLENS_WORKSPACES=seeds,code-only picks some.
 */
async function workspaces() {
  const all = [
    { name: 'seeds', build: async () => buildWorkspace({ generators: await corpusGenerators() }) },
    // Only code, a licence, a package list and a CSV saved as .txt: NewsLens must stay quiet.
    { name: 'code-only', build: () => buildWorkspace({ seeds: join(REPO_ROOT, 'test', 'fixtures', 'code-only') }) },
    { name: 'busy-corpus', build: () => buildWorkspace({ generators: [(dir) => generateBig(dir), lateArticle] }) },
    // Team mode: the seeds, loaded into a temporary PostgreSQL (Debian's; installed first when root may).
    ...(findBindir() || process.getuid?.() === 0 ? [{ name: 'team', build: teamWorkspace }] : []),
  ];
  const wanted = process.env.NEWSLENS_WORKSPACES?.split(',').map((w) => w.trim());
  const chosen = all.filter((w) => !wanted || wanted.includes(w.name));
  for (const w of chosen.filter((c) => c.name !== 'seeds')) {
    const build = w.build;
    w.build = async () => {
      const dir = await build();
      writeFileSync(join(dir, '.newslens-suite'), w.name);
      return dir;
    };
  }
  return chosen;
}

/**
 * The seeds, and a temporary PostgreSQL holding them (`newslens load`), stopped at the workspace's cleanup.
 * .newslens-team.json tells the tests its URL (without the password), the password (which they put in
 * secret storage) and the commands that stop and restart the server mid-session.
 */
async function teamWorkspace() {
  const dir = await buildWorkspace();
  const server = await startTempServer({ fast: true, log: (line) => log(`pg: ${line}`) });
  atCleanup(() => server.stop());
  const code = await run(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'load', '--pg', server.url, '.'], { cwd: dir });
  if (code !== 0) throw new ProvisionError(`newslens load into the team workspace's PostgreSQL failed (exit ${code})`);
  const url = new URL(server.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const data = join(server.root, 'data');
  const pgCtl = (args) => (process.getuid?.() === 0
    ? ['runuser', '-u', process.env.NEWSLENS_PG_USER || 'nobody', '--', join(server.bin, 'pg_ctl'), ...args]
    : [join(server.bin, 'pg_ctl'), ...args]);
  writeFileSync(join(dir, '.newslens-team.json'), JSON.stringify({
    url: url.toString(), password,
    halt: pgCtl(['-D', data, '-m', 'fast', '-w', 'stop']),
    resume: pgCtl(['-D', data, '-l', join(server.root, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${server.port} -c listen_addresses=127.0.0.1 -k '${server.root}' -c fsync=off`, 'start']),
  }, null, 1));
  log(`workspace: seeds, loaded into PostgreSQL on 127.0.0.1:${server.port}, in ${dir}`);
  return dir;
}

async function generateBig(dir) {
  const { generateCorpus } = await import(pathToFileURL(join(REPO_ROOT, 'test', 'fixtures', 'generateCorpus.mjs')).href);
  generateCorpus(dir, BUSY_CORPUS_SIZE);
  log(`workspace: ${BUSY_CORPUS_SIZE} generated articles and a late 5.8 KB article in ${dir}`);
}

async function runIn(workspace, desktop) {
  if (desktop.executable) {
    log(`launcher: desktop VS Code via @vscode/test-electron (${desktop.why}): ${desktop.executable}`);
    return runDesktop(desktop.executable, workspace);
  }
  log(`launcher: offline VS Code server + Chromium (${desktop.why})`);
  return runOffline(workspace);
}

async function main() {
  if (!process.argv.includes('--no-build')) await build();
  for (const f of [SUITE, join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!existsSync(f)) throw new ProvisionError(`${f} is missing; run \`npm run build:tests\` first`);
  }
  const forced = process.env.NEWSLENS_HOST;
  const desktop = forced === 'offline' ? { why: 'NEWSLENS_HOST=offline' } : findDesktopVSCode();
  if (forced === 'desktop' && !desktop.executable) throw new ProvisionError(`NEWSLENS_HOST=desktop, but ${desktop.why}`);
  const outcomes = [];
  for (const w of await workspaces()) {
    log(`workspace ${w.name}`);
    const outcome = await runIn(await w.build(), desktop);
    outcomes.push({ ...outcome, name: w.name });
    await cleanup();
  }
  return outcomes;
}

/** Problems of one host run, each prefixed with its workspace's name. */
function problemsOf(outcome) {
  const problems = [];
  const r = outcome.reported;
  if (outcome.timedOut) problems.push(`timed out after ${TIMEOUT_MS} ms`);
  if (outcome.problem) problems.push(outcome.problem);
  if (!r && !outcome.timedOut) problems.push('the extension host never reported a result (did test/integration/suite/index.js load?)');
  if (r?.error) problems.push(`the suite failed to load: ${r.error.split('\n')[0]}`);
  if (r && r.passes + r.failures === 0) problems.push('no integration tests ran');
  if (r && r.failures === 0 && outcome.hostExitCode !== undefined && outcome.hostExitCode !== 0) {
    problems.push(`extension host exit code ${outcome.hostExitCode} although no test failed`);
  }
  return problems.map((p) => `${outcome.name}: ${p}`);
}

let outcomes = [];
let fatal;
try {
  outcomes = await main();
} catch (e) {
  fatal = e instanceof ProvisionError ? e.message : e?.stack ?? String(e);
}
await cleanup();

const problems = [...(fatal ? [fatal] : []), ...outcomes.flatMap(problemsOf)];
if (!outcomes.length && !fatal) problems.push('no workspace was run (NEWSLENS_WORKSPACES)');
const sum = (key) => outcomes.reduce((n, o) => n + (o.reported?.[key] ?? 0), 0);
const version = outcomes.find((o) => o.reported?.vscode)?.reported.vscode ?? outcomes.find((o) => o.version)?.version ?? 'unknown';
for (const p of problems) console.log(`integration: FAILED: ${p}`);
console.log(summaryLine(version, sum('passes'), sum('failures')));
process.exit(problems.length || sum('failures') > 0 ? 1 : 0);
