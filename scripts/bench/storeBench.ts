// The team store on PostgreSQL (issue 17), opt-in (NEWSLENS_BENCH_PG=1 npm run bench):
//   node scripts/pg/tempServer.mjs -- node storeBench.js CLI WORKDIR
// on the server in NEWSLENS_TEST_PG_URL (tempServer.mjs starts one). Writes N synthesized annotation records
// (NEWSLENS_BENCH_PG_ARTICLES, default 100,000; made up by test/fixtures/annotationRecords.ts, not by running
// the NLP engine, which would take hours), loads them with `newslens load` (load throughput), loads them again
// (every one unchanged), then times the store's queries as the editor would ask them: the first page of
// appearances of the most frequent person, name prefix search, quote full-text search, each p50/p99 over
// many runs (target: p99 under 20 ms).
import { spawnSync } from 'node:child_process';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Client } from 'pg';
import { appearances, namesStartingWith, searchQuotes } from '../../src/store/queries';
import { syntheticRecord, WORDS } from '../../test/fixtures/annotationRecords';

const [cli, work] = process.argv.slice(2);
const url = process.env.NEWSLENS_TEST_PG_URL;
const articles = Number(process.env.NEWSLENS_BENCH_PG_ARTICLES ?? 100_000);
const RUNS = 300;
const TARGET_MS = 20;

async function writeRecords(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${JSON.stringify(syntheticRecord(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** `newslens load` in its own process; its summary line and wall time. */
function load(file: string): { seconds: number; summary: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'load', '--pg', url!, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`newslens load failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return { seconds: (performance.now() - t0) / 1000, summary: r.stdout.trim() };
}

interface Latency { p50: number; p99: number; slowest: string }

/**
 * p50 and p99 in ms of RUNS calls after a warm-up, call i asking `args[i % args.length]`, and the argument
 * whose own slowest call was the slowest.
 */
async function latency<T>(args: readonly T[], run: (arg: T) => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < 20; i++) await run(args[i % args.length]);
  const times: number[] = [];
  const worst = new Map<T, number>();
  for (let i = 0; i < RUNS; i++) {
    const arg = args[i % args.length];
    const t0 = performance.now();
    await run(arg);
    const ms = performance.now() - t0;
    times.push(ms);
    worst.set(arg, Math.max(worst.get(arg) ?? 0, ms));
  }
  times.sort((a, b) => a - b);
  const [slowArg, slowMs] = [...worst].reduce((a, b) => (b[1] > a[1] ? b : a));
  return { p50: times[Math.floor(RUNS * 0.5)], p99: times[Math.ceil(RUNS * 0.99) - 1], slowest: `${JSON.stringify(slowArg)} ${slowMs.toFixed(1)} ms` };
}

function report(label: string, t: Latency, detail: string): boolean {
  const ok = t.p99 < TARGET_MS;
  console.log(`  ${label.padEnd(38)} p50 ${t.p50.toFixed(2).padStart(6)} ms  p99 ${t.p99.toFixed(2).padStart(6)} ms  ${detail}; slowest ${t.slowest}${ok ? '' : `  (over the ${TARGET_MS} ms target)`}`);
  return ok;
}

const PREFIXES = ['ann', 'bor', 'var', 'kalo', 'mer', 'sato', 'ele', 'tor', 'dmi', 'zhou', 'pri', 'wo', 'united', 'par', 'vla', 'ri'];

async function queries(client: Client): Promise<boolean> {
  const frequent = await client.query<{ id: string; mention_count: number; article_count: number }>('SELECT entity AS id, mention_count, article_count FROM entity_counts ORDER BY mention_count DESC LIMIT 1');
  const top = frequent.rows[0];
  const entities = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM entities')).rows[0].n;
  const quotes = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM quotes')).rows[0].n;
  // Words from the most frequent (in most quotes) down the long tail, and made-up rare ones.
  const words = [WORDS[0], WORDS[2], WORDS[10], WORDS[40], WORDS[WORDS.length - 1], 'kalomer', 'vinsa tor', '"ceasefire budget"', 'talks -sanctions', 'zenpa'];
  const counts: number[] = [];
  for (const w of words) counts.push((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM quotes WHERE search @@ websearch_to_tsquery('english', $1)", [w])).rows[0].n);
  const ok = [
    report('appearances, first 100', await latency([top.id], (id) => appearances(client, id, { limit: 100 })), `(${top.id}: ${top.mention_count} mentions in ${top.article_count} articles)`),
    report('name prefix search, 20 most mentioned', await latency(PREFIXES, (p) => namesStartingWith(client, p, 20)), `(${PREFIXES.length} prefixes, ${entities} entities)`),
    report('quote full-text search, first 50', await latency(words, (w) => searchQuotes(client, w, { limit: 50 })), `(${words.length} queries matching ${Math.min(...counts)} to ${Math.max(...counts)} of ${quotes} quotes)`),
  ];
  return ok.every(Boolean);
}

async function main(): Promise<void> {
  if (!url || !cli || !work) throw new Error('usage: NEWSLENS_TEST_PG_URL=postgres://… node storeBench.js CLI WORKDIR');
  const file = join(work, 'store-bench.jsonl');
  let t0 = performance.now();
  await writeRecords(file, articles);
  console.log(`  ${articles.toLocaleString('en')} synthesized annotation records (not run through the NLP engine), ${(statSync(file).size / 1e6).toFixed(0)} MB of JSONL, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const first = load(file);
  console.log(`  load, all new:       ${(articles / first.seconds).toFixed(0).padStart(6)} articles/s (${first.seconds.toFixed(1)} s wall, process start included)`);
  const again = load(file);
  console.log(`  load, all unchanged: ${(articles / again.seconds).toFixed(0).padStart(6)} articles/s (${again.seconds.toFixed(1)} s)`);
  console.log(`    ${first.summary.replace(/ into PostgreSQL at \S+ as \S+/, '')}`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    t0 = performance.now();
    // What autovacuum would do within a minute of a large load; done now so that the plans are the steady ones.
    await client.query('VACUUM ANALYZE');
    const size = (await client.query<{ s: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0].s;
    const buffers = (await client.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0].shared_buffers;
    console.log(`  VACUUM ANALYZE ${((performance.now() - t0) / 1000).toFixed(1)} s; database ${size}, shared_buffers ${buffers}`);
    console.log(`  query latency over ${RUNS} runs each, one connection, after 20 warm-up runs (target: p99 < ${TARGET_MS} ms):`);
    if (!(await queries(client))) process.exitCode = 1;
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.log(`  store bench FAILED: ${(e as Error).message}`);
  process.exitCode = 1;
});
