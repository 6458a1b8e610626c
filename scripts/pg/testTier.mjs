#!/usr/bin/env node
// The `pg` tier of `npm test`: the store's tests (test/pg, built to out/test/pg by `node esbuild.mjs --tests`)
// against a real PostgreSQL from Debian's packages, started for them in a temporary folder (tempServer.mjs)
// and stopped afterwards. Its last line is `pg: N passed, M failed`, which scripts/test.mjs counts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTempServer } from './tempServer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const counts = { passes: 0, failures: 0 };

/** Mocha on test/pg with the tier's stats reporter; resolves to its exit code and the stats it wrote. */
function mocha(url) {
  const statsDir = mkdtempSync(join(tmpdir(), 'newslens-pg-stats-'));
  const statsFile = join(statsDir, 'stats.json');
  const args = [join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', join(ROOT, 'test', 'pg', '.mocharc.json'),
    '--reporter', join(ROOT, 'scripts', 'lib', 'mochaSpecStats.cjs'), ...process.argv.slice(2)];
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEWSLENS_TEST_PG_URL: url, NEWSLENS_MOCHA_STATS: statsFile } });
    child.on('close', (code) => {
      const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : null;
      rmSync(statsDir, { recursive: true, force: true });
      resolveRun({ code: code ?? 1, stats });
    });
  });
}

async function main() {
  const missing = [join(ROOT, 'dist', 'cli.js'), join(ROOT, 'out', 'test', 'pg')].filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run node esbuild.mjs --tests)`);
  const started = Date.now();
  const server = await startTempServer({ fast: true, log: (line) => console.log(`pg: ${line}`) });
  try {
    const { code, stats } = await mocha(server.url);
    if (!stats) throw new Error(`mocha exited ${code} without running (no test files, or a file failed to load)`);
    counts.passes += stats.passes;
    counts.failures += stats.failures;
    if (code !== 0 && !stats.failures) counts.failures += 1;
  } finally {
    await server.stop();
    console.log(`pg: server stopped, its folder removed; tier time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

try {
  await main();
} catch (e) {
  counts.failures += 1;
  console.log(`pg: FAILED: ${e.message}`);
}
console.log(`pg: ${counts.passes} passed, ${counts.failures} failed`);
process.exitCode = counts.failures === 0 && counts.passes > 0 ? 0 : 1;
