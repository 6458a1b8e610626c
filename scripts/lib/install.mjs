// `npm ci` only when node_modules is missing or no longer matches package-lock.json, so a warm run
// does not reinstall (and does not pull node_modules from under a neighbour's running tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, say } from '../host/proc.mjs';

function readJson(p) {
  return JSON.parse(readFileSync(p, 'utf8'));
}

/** Why node_modules is stale relative to package-lock.json, or undefined when it is current. */
export function staleReason(root) {
  const nodeModules = join(root, 'node_modules');
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  const hidden = join(nodeModules, '.package-lock.json');
  if (!existsSync(hidden)) return 'node_modules was not installed by npm (no node_modules/.package-lock.json)';
  const wanted = readJson(join(root, 'package-lock.json')).packages ?? {};
  const have = readJson(hidden).packages ?? {};
  for (const [key, meta] of Object.entries(wanted)) {
    if (!key.startsWith('node_modules/') || meta.link) continue;
    const got = have[key];
    // npm leaves out optional packages for other platforms (esbuild's per-OS binaries).
    if (!got && meta.optional) continue;
    if (!got) return `${key} is not installed`;
    if (got.version !== meta.version) return `${key} is ${got.version}, package-lock.json wants ${meta.version}`;
    if (!existsSync(join(root, key, 'package.json'))) return `${key} is recorded but missing on disk`;
  }
  const manifest = readJson(join(root, 'package.json'));
  const lockRoot = wanted[''] ?? {};
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (lockRoot[field]?.[name] !== range) return `package.json ${field}.${name} (${range}) is not what package-lock.json recorded`;
    }
  }
  return undefined;
}

/** Runs `npm ci` when needed; returns a short status for the summary, throws with the fix on failure. */
export async function ensureDependencies(root) {
  const reason = staleReason(root);
  if (!reason) return 'up to date';
  say('install', `${reason}: running npm ci`);
  const code = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
  if (code !== 0) {
    throw new Error(`npm ci failed (exit ${code}). If package.json changed, run \`npm install\` to update package-lock.json, then \`npm test\``);
  }
  return `npm ci (${reason})`;
}
