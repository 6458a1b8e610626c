#!/usr/bin/env node
// `npm test`: every tier, in order, each streamed as it runs:
//   install (npm ci when node_modules is missing/stale) -> build -> lint -> typecheck -> unit -> integration -> e2e -> report -> dask
//   -> pg.
// No tier is skipped quietly: a tier that cannot run fails and says which command to run. The last line is
//   tests: N passed, M failed
// summing the unit (mocha) and integration (extension host) counts; a test tier that could not report its
// counts adds 1 to M. Exits non-zero when any tier failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSummaryLine } from './host/hostResult.mjs';
import { run } from './host/proc.mjs';
import { REPO_ROOT } from './host/provision.mjs';
import { tempDir } from './host/workspace.mjs';
import { ensureDependencies } from './lib/install.mjs';

const bin = (name) => join(REPO_ROOT, 'node_modules', '.bin', name);
const tiers = [];
const counts = { passed: 0, failed: 0 };

function banner(name, command) {
  console.log(`\n=== ${name}: ${command}`);
}

/** Records a tier's outcome; `fix` is the command a person runs to see or repeat just that tier. */
function record(name, ok, started, detail, fix) {
  tiers.push({ name, ok, seconds: (Date.now() - started) / 1000, detail, fix });
  if (!ok) console.error(`=== ${name}: FAILED${detail ? ` (${detail})` : ''}${fix ? `; rerun with \`${fix}\`` : ''}`);
}

async function tier(name, command, args, fix) {
  banner(name, [command, ...args].join(' ').replace(REPO_ROOT + '/', ''));
  const started = Date.now();
  const code = await run(command, args, { cwd: REPO_ROOT });
  record(name, code === 0, started, code === 0 ? '' : `exit ${code}`, fix);
  return code === 0;
}

async function unitTier(built) {
  const name = 'unit';
  banner(name, 'mocha (spec from .mocharc.json)');
  const started = Date.now();
  if (!built) {
    counts.failed += 1;
    return record(name, false, started, 'not run: the build failed', 'npm run build:tests');
  }
  const statsFile = join(tempDir('mocha'), 'stats.json');
  const code = await run(process.execPath, [join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--reporter', join(REPO_ROOT, 'scripts', 'lib', 'mochaSpecStats.cjs')],
  { cwd: REPO_ROOT, env: { ...process.env, NEWSLENS_MOCHA_STATS: statsFile } });
  if (!existsSync(statsFile)) {
    counts.failed += 1;
    return record(name, false, started, `mocha exited ${code} without running (no test files, or a file failed to load)`, 'npm run test:unit');
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  counts.passed += stats.passes;
  counts.failed += stats.failures;
  const ok = code === 0 && stats.failures === 0 && stats.passes > 0;
  const detail = `${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} pending` : ''}`;
  if (stats.passes + stats.failures === 0) counts.failed += 1;
  return record(name, ok, started, stats.passes + stats.failures === 0 ? 'no unit tests ran' : detail, 'npm run test:unit');
}

/** Runs a test script, streaming its output, and returns its exit code and the last 4 KB it printed. */
function runScript(script, args) {
  let tail = '';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      tail = (tail + d).slice(-4096);
    });
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, tail }));
  });
}

/** A tier that runs a script whose output ends with a count line; `parse` reads {passes, failures, label} from it. */
async function scriptTier(name, built, script, args, parse, fix) {
  banner(name, `node ${script} ${args.join(' ')}`);
  const started = Date.now();
  if (!built) {
    counts.failed += 1;
    return record(name, false, started, 'not run: the build failed', 'npm run build:tests');
  }
  const { code, tail } = await runScript(script, args);
  const summary = parse(tail);
  if (summary) {
    counts.passed += summary.passes;
    counts.failed += summary.failures;
  }
  const reported = summary && summary.passes + summary.failures > 0;
  if (code !== 0 && !(summary?.failures > 0)) counts.failed += 1; // crashed, timed out or ran nothing
  const detail = reported ? `${summary.label}${summary.passes} passed, ${summary.failures} failed` : 'no results reported';
  return record(name, code === 0 && reported, started, code === 0 ? detail : `${detail}; exit ${code}`, fix);
}

const integrationTier = (built) => scriptTier('integration', built, 'scripts/integration.mjs', ['--no-build'], (tail) => {
  const s = parseSummaryLine(tail);
  return s && { ...s, label: `VS Code ${s.version}: ` };
}, 'npm run test:integration');

const e2eTier = (built) => scriptTier('e2e', built, 'test/e2e/workbench.mjs', [], (tail) => {
  const m = /^e2e: (\d+) passed, (\d+) failed$/m.exec(tail);
  return m && { passes: Number(m[1]), failures: Number(m[2]), label: 'workbench in Chromium: ' };
}, 'npm run test:e2e');

const reportTier = (built) => scriptTier('report', built, 'test/e2e/report.mjs', [], (tail) => {
  const m = /^report: (\d+) passed, (\d+) failed$/m.exec(tail);
  return m && { passes: Number(m[1]), failures: Number(m[2]), label: 'report page in Chromium: ' };
}, 'node esbuild.mjs && node test/e2e/report.mjs');

// The archive job on a local Dask cluster of two worker processes (installs Debian's python3-distributed when
// missing and root, as the e2e tier does for Chromium): same ids as one machine, a killed worker survived.
const daskTier = (built) => scriptTier('dask', built, 'scale/dask/check.mjs', [], (tail) => {
  const m = /^dask: (\d+) checks passed, (\d+) failed$/m.exec(tail);
  return m && { passes: Number(m[1]), failures: Number(m[2]), label: 'Dask job on a local cluster: ' };
}, 'node esbuild.mjs && node scale/dask/check.mjs');

// The team store (src/store, `newslens load` and `query`) against a real PostgreSQL from Debian's packages, in a
// temporary folder as an unprivileged user (installs `postgresql` when missing and root, as the dask tier does).
const pgTier = (built) => scriptTier('pg', built, 'scripts/pg/testTier.mjs', [], (tail) => {
  const m = /^pg: (\d+) passed, (\d+) failed$/m.exec(tail);
  return m && { passes: Number(m[1]), failures: Number(m[2]), label: 'store on PostgreSQL: ' };
}, 'node esbuild.mjs --tests && node scripts/pg/testTier.mjs');

async function main() {
  const started = Date.now();
  banner('install', 'npm ci if node_modules is missing or stale');
  try {
    record('install', true, started, await ensureDependencies(REPO_ROOT));
  } catch (e) {
    record('install', false, started, e.message, 'npm ci');
    return;
  }
  const built = await tier('build', process.execPath, ['esbuild.mjs', '--tests'], 'npm run build:tests');
  await tier('lint', bin('eslint'), ['.'], 'npm run lint');
  await tier('typecheck', bin('tsc'), ['--noEmit', '-p', '.'], 'npm run typecheck');
  await unitTier(built);
  await integrationTier(built);
  await e2eTier(built);
  await reportTier(built);
  await daskTier(built);
  await pgTier(built);
}

const t0 = Date.now();
await main();
console.log('\n=== summary');
for (const t of tiers) {
  const status = t.ok ? 'ok    ' : 'FAILED';
  console.log(`  ${t.name.padEnd(12)} ${status} ${t.seconds.toFixed(1).padStart(6)} s  ${t.detail ?? ''}${!t.ok && t.fix ? `  -> ${t.fix}` : ''}`);
}
console.log(`  total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = tiers.every((t) => t.ok) && tiers.length === 10 ? 0 : 1;
