// `npm run bench`: throughput, latency and memory of the engine against raw compromise, measured in the same run.
// Uses the articles of ../shared/data/polnear_train.jsonl when present, else the seed articles repeated.
import * as esbuild from 'esbuild';
import { COMPROMISE_ALIASES } from './compromiseAliases.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

await esbuild.build({
  entryPoints: ['scripts/bench/engineBench.ts', 'scripts/bench/pairBench.ts', 'scripts/bench/stageBench.ts', 'scripts/bench/latencyBench.ts', 'scripts/bench/hostileBench.ts', 'scripts/bench/memoryBench.ts', 'scripts/bench/corpusBench.ts', 'scripts/bench/correctionsBench.ts', 'scripts/bench/scaleBench.ts'].map((p) => join(root, p)),
  outdir: work, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  absWorkingDir: root, alias: COMPROMISE_ALIASES,
  // jsonc-parser (corrections) bundles from its ESM build only, as in esbuild.mjs.
  mainFields: ['module', 'main'],
});

function loadTexts() {
  const train = resolve(root, '..', 'shared', 'data', 'polnear_train.jsonl');
  if (existsSync(train)) {
    const texts = readFileSync(train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
    return { source: 'polnear_train.jsonl', texts };
  }
  const seeds = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  return { source: 'seeds/ repeated (../shared/data not found)', texts: Array.from({ length: 200 }, (_, i) => seeds[i % seeds.length]) };
}

// The bundles run from a temporary folder: point them at the repository's trained models.
process.env.NEWSLENS_MODELS ??= join(root, 'models');
const { source, texts } = loadTexts();
const corpus = join(work, 'corpus.json');
writeFileSync(corpus, JSON.stringify(texts));
const child = (script, ...args) => JSON.parse(execFileSync(process.execPath, [join(work, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));

console.log(`corpus: ${texts.length} articles, ${(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6).toFixed(2)} MB, from ${source}`);
// Throughput: both sides in one process, article by article in turn (see pairBench.ts). Peak memory: each
// side alone in its own process.
const pair = child('pairBench.js', corpus);
const rss = { raw: child('engineBench.js', 'raw', corpus).peakRssMB, engine: child('engineBench.js', 'engine', corpus).peakRssMB };
const row = (side, label) => `  ${label.padEnd(40)} ${pair[side].mbPerSec.toFixed(3).padStart(7)} MB/s ${pair[side].docsPerSec.toFixed(1).padStart(8)} docs/s   peak RSS ${rss[side].toFixed(0).padStart(4)} MB`;
console.log('one thread (both sides in one process, article by article in turn; peak RSS of each side alone):');
console.log(row('raw', 'raw compromise (nlp+people+orgs+places+quotes)'.slice(0, 40)));
console.log(row('engine', 'NewsLens engine (everything)'));
console.log(`  ratio engine/raw throughput: ${(pair.engine.mbPerSec / pair.raw.mbPerSec).toFixed(2)} (target >= 1.30)`);
const stages = child('stageBench.js', corpus);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log(`  engine time by stage: compromise ${pct(stages.compromiseShare)}, entity rules ${pct(stages.rulesShare)}, learned tagger ${pct(stages.taggerShare)} (features, two passes, Viterbi), quotes ${pct(stages.quotesShare)} (rules, attribution tagger, speaker ranker)`);
console.log(`  office phrase scan (corpus index, per upsert): ${pct(stages.officesShare)} of engine time`);

const lat = child('latencyBench.js', corpus);
console.log(`latency: 5 KB article, median after warm-up: ${lat.fiveKbMedianMs.toFixed(1)} ms (target < 30 ms)`);
for (const s of lat.sizes) console.log(`  ${String(s.mb).padStart(4)} MB file: ${(s.ms / 1000).toFixed(2)} s, ${(s.msPerMB / 1000).toFixed(2)} s/MB${s.badSpans ? `  FAILED: ${s.badSpans} spans not equal to the text at their offsets` : ''}`);
const first = lat.sizes[0].msPerMB;
const last = lat.sizes[lat.sizes.length - 1].msPerMB;
console.log(`  time per MB, 5 MB vs 1 MB: ${(last / first).toFixed(2)}x (linear = about 1)`);
const c = lat.copies;
const copiesOk = c.lastEqualsSecond && !c.badSpans;
console.log(`  ${String(c.mb).padStart(4)} MB file of ${c.copies} copies of one article: ${(c.ms / 1000).toFixed(2)} s; last copy ${c.lastEqualsSecond ? 'yields what the second yields' : 'DIFFERS from the second'} (${c.mentionsPerCopy} mentions, ${c.quotesPerCopy} quotes a copy)${c.badSpans ? `; ${c.badSpans} spans not equal to the text` : ''}${copiesOk ? '' : '  FAILED'}`);
if (!copiesOk || lat.sizes.some((s) => s.badSpans)) process.exitCode = 1;

// Hostile input (issue 12): the worst time per KB over pathological shapes against prose, and the memory of
// huge articles read window by window.
const hostile = child('hostileBench.js', corpus, '128');
const worst = hostile.shapes.reduce((a, b) => (b.ratio > a.ratio ? b : a));
console.log(`hostile input, ${hostile.kb} KB of each shape against as much prose (time per KB; target: worst <= 3x prose):`);
for (const h of hostile.shapes) console.log(`  ${h.name.padEnd(14)} ${JSON.stringify(h.unit).padEnd(20)} ${h.msPerKb.toFixed(1).padStart(7)} ms/KB  prose ${h.proseMsPerKb.toFixed(1).padStart(6)} ms/KB  ${h.ratio.toFixed(2)}x`);
console.log(`  worst: ${worst.name} at ${worst.ratio.toFixed(2)}x prose${worst.ratio > 3 ? '  (over the 3x target)' : ''}`);
console.log('memory of one huge article, peak above an engine that has read one 64 KB article (target <= 40 MB per MB):');
for (const mb of [1, 5, 20]) {
  const m = child('memoryBench.js', corpus, String(mb));
  console.log(`  ${String(mb).padStart(3)} MB article: ${m.seconds.toFixed(0).padStart(4)} s, peak RSS ${m.peakMB.toFixed(0)} MB over ${m.baseMB.toFixed(0)} MB: ${m.perMB.toFixed(1)} MB per MB${m.perMB > 40 ? '  (over the target)' : ''}`);
}

// A corrections file of 100,000 names, each kind in a fresh process (the CLI loads it cold).
const loads = ['entities', 'aliases'].map((kind) => child('correctionsBench.js', kind, work));
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`corrections file: ${loads.map((l) => `${l.count.toLocaleString('en')} ${l.kind === 'aliases' ? 'aliases of one entity' : 'entities'} ${sec(l.loadMs + l.matcherMs)} (read ${sec(l.loadMs)}, matcher ${sec(l.matcherMs)})${l.ok ? '' : '  FAILED'}`).join('; ')} (target < 2 s each)`);
if (loads.some((l) => !l.ok)) process.exitCode = 1;

// Corpus index: cold index with the worker pool vs raw compromise, warm start, one change, heap, scaling,
// query latency. NEWSLENS_BENCH_ARTICLES sets the corpus size (default 10,000; the cold index of 10,000
// articles takes a few minutes on 2 cores).
const workerScript = join(root, 'dist', 'worker.js');
if (existsSync(workerScript)) {
  console.log(`corpus index (NEWSLENS_BENCH_ARTICLES=${process.env.NEWSLENS_BENCH_ARTICLES ?? '10000'}):`);
  execFileSync(process.execPath, ['--expose-gc', join(work, 'corpusBench.js'), corpus, workerScript, work], { stdio: 'inherit' });
  console.log('archive scale in the editor\'s index (articles of real size):');
  execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(work, 'scaleBench.js'), corpus, workerScript, work], { stdio: 'inherit' });
} else {
  console.log('corpus index: skipped (dist/worker.js not built; run `node esbuild.mjs`)');
}

// The archive job (scale/dask) on a local cluster of two worker processes against the CLI's own worker pool on
// the same 2,002 articles: the tier's own run, its timing lines kept (NEWSLENS_BENCH_DASK=0 leaves it out).
if (process.env.NEWSLENS_BENCH_DASK !== '0') {
  console.log('archive job on Dask, local cluster of 2 workers (scale/dask/check.mjs):');
  let log;
  try {
    log = execFileSync(process.execPath, [join(root, 'scale', 'dask', 'check.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    log = String(e.stdout ?? '');
    process.exitCode = 1;
  }
  const timings = log.slice(log.indexOf('dask: timings'));
  for (const line of timings.split('\n').filter((l) => /^\s+(job|CLI|one-machine)|^dask: overhead|^dask: \d+ checks/.test(l))) console.log(`  ${line.trim()}`);
}

// The team store on PostgreSQL (issue 17), opt-in: NEWSLENS_BENCH_PG=1 (NEWSLENS_BENCH_PG_ARTICLES sets the
// number of articles, default 100,000). A temporary server from Debian's packages (scripts/pg/tempServer.mjs),
// durable (fsync on), with shared_buffers at 1 GB as a team's server would have it (the default 128 MB is
// sized for small machines), removed afterwards.
if (process.env.NEWSLENS_BENCH_PG === '1') {
  console.log(`team store on PostgreSQL (NEWSLENS_BENCH_PG_ARTICLES=${process.env.NEWSLENS_BENCH_PG_ARTICLES ?? '100000'}):`);
  await esbuild.build({
    entryPoints: [join(root, 'scripts', 'bench', 'storeBench.ts')], outdir: work, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'warning', absWorkingDir: root, external: ['pg-native'],
  });
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'pg', 'tempServer.mjs'), '-c', 'shared_buffers=1GB', '--', process.execPath, join(work, 'storeBench.js'), join(root, 'dist', 'cli.js'), work], { stdio: 'inherit' });
  } catch {
    process.exitCode = 1;
  }
}
