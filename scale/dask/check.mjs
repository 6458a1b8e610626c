#!/usr/bin/env node
// CI tier for the Dask job (scale/dask/): `node scale/dask/check.mjs [--articles N] [--keep]`.
// Installs Debian's python3-distributed/-dask/-pandas when missing (run-local.sh --ensure: as root; otherwise
// it names the apt-get command and the tier fails), writes the two seeds plus N generated articles (default
// 2,000) as one JSONL input, and runs the job on a LocalCluster of two worker processes. It checks:
//   (a) one article row per input line, no error rows;
//   (b) every article-level entity gets the corpus id and canonical name of the one-machine answer,
//       `node dist/cli.js annotate --input jsonl INPUT | node dist/cli.js link -`;
//   (c) in the seeds, Lavrentiev is one corpus entity, and so is the Supreme National Security Council
//       (written with and without "of Iran");
//   (d) a second run with a worker SIGKILLed while its annotate subprocess runs gives the same output;
//   (e) on six short articles, each its own partition, linking that does merge ids across articles (a bare
//       "Putin" -> Vladimir Putin, "Donald Trump" -> Donald J. Trump) gives the one-machine answer too: in
//       the seeds and the generated corpus every entity keeps its own id, so (b) alone would not show it.
// Prints each run's wall time and articles/second, the time of `annotate --input jsonl INPUT --jobs 2` on
// the same input and the overhead ratio (dask / CLI); the last line is `dask: N checks passed, M failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../../test/fixtures/generateCorpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = join(ROOT, 'seeds');
const WORKERS = 2;

const { values: opts } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } } });
const counts = { passed: 0, failed: 0 };

function check(name, ok, detail = '') {
  counts[ok ? 'passed' : 'failed']++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

const RUN_TIMEOUT_MS = 240_000;

/**
 * Runs a command in its own process group, echoing its output indented; resolves to {code, out, err,
 * seconds}. Past RUN_TIMEOUT_MS the whole group (a job's LocalCluster workers too) is killed: a hung job
 * fails the tier instead of holding CI.
 */
function run(cmd, args, { quiet = false, stdout = 'pipe' } = {}) {
  const started = process.hrtime.bigint();
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'], detached: true });
    const timer = setTimeout(() => {
      console.log(`    (timed out after ${RUN_TIMEOUT_MS / 1000} s: killing ${cmd})`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch { /* already gone */ }
    }, RUN_TIMEOUT_MS);
    let out = '';
    let err = '';
    const echo = (chunk) => {
      if (!quiet) process.stdout.write(String(chunk).replace(/^(?=.)/gm, '    '));
    };
    child.stdout?.on('data', (d) => {
      out += d;
      echo(d);
    });
    child.stderr.on('data', (d) => {
      err += d;
      echo(d);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ code: 127, out, err: `${err}${e.message}`, seconds: 0 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code: code ?? 1, out, err, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}

function readTable(dir, table) {
  const folder = join(dir, table);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort()
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
}

/** Every part file of every table, by name: the bytes a re-run must reproduce. */
function tableFiles(dir) {
  const files = new Map();
  for (const t of ['articles', 'mentions', 'entities', 'quotes', 'entity_links']) {
    const folder = join(dir, t);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).sort()) files.set(`${t}/${f}`, readFileSync(join(folder, f), 'utf8'));
  }
  return files;
}

/** The input: the seeds (ids = file names), then the generated corpus, one {id, text} line each. */
function writeInput(dir, n) {
  const generated = generateCorpus(dir, n);
  const files = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f)),
    ...readdirSync(generated).sort().map((f) => join(generated, f)),
  ];
  const input = join(dir, 'input.jsonl');
  writeFileSync(input, files.map((f) => JSON.stringify({ id: basename(f), text: readFileSync(f, 'utf8') })).join('\n') + '\n');
  return { input, ids: files.map((f) => basename(f)) };
}

/** Articles whose entities `link` merges across articles: one line each, so each is its own partition. */
const LINKING = {
  'link-1': 'Putin meets Erdogan in Sochi\n\nSOCHI, Russia (Reuters) - Russian President Vladimir Putin met Turkish President Tayyip Erdogan on Monday.\n\n“We have agreed on a ceasefire,” Putin told reporters after the talks.',
  'link-2': 'Kremlin says talks went well\n\nMOSCOW (Reuters) - Putin said on Tuesday that the talks in Sochi had gone well and that a deal was close.\n\nThe Kremlin did not give details, officials said.',
  'link-3': 'Trump signs order\n\nWASHINGTON (Reuters) - U.S. President Donald J. Trump signed an executive order on Friday, the White House said.\n\n“This is a great day,” Trump said.',
  'link-4': 'Senate reacts to order\n\nWASHINGTON (Reuters) - Senators criticised Donald Trump on Saturday for the order he signed.\n\nTrump said the order would stand.',
  'link-5': 'Council meets\n\nTEHRAN (MNA) - The Supreme National Security Council of Iran met on Sunday, Iran’s state media said.',
  'link-6': 'Iran council statement\n\nTEHRAN (MNA) - Iran’s Supreme National Security Council said on Monday it would respond.',
};

const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `annotate --input jsonl INPUT | link -` on one machine: {run, answer: Map(article-level entity -> line)}. */
async function oneMachine(input, outFile) {
  const run_ = await run('bash', ['-o', 'pipefail', '-c',
    `${q(process.execPath)} ${q(CLI)} annotate --input jsonl ${q(input)} | ${q(process.execPath)} ${q(CLI)} link - > ${q(outFile)}`]);
  const answer = new Map((run_.code === 0 ? readFileSync(outFile, 'utf8').split('\n').filter(Boolean) : []).map((l) => {
    const o = JSON.parse(l);
    return [o.entity, o];
  }));
  return { run: run_, answer };
}

/** How the job's entity_links differ from the one-machine answer (empty: identical ids and names). */
function linkDiffs(outDir, answer) {
  const diffs = [];
  const jobIds = new Map();
  for (const l of readTable(outDir, 'entity_links')) {
    const o = answer.get(l.entity);
    if (!o) diffs.push(`${l.entity}: not in the one-machine answer`);
    else if (o.id !== l.id || o.name !== l.name) diffs.push(`${l.entity}: job ${l.id} "${l.name}", one machine ${o.id} "${o.name}"`);
    if (jobIds.has(l.entity) && jobIds.get(l.entity) !== l.id) diffs.push(`${l.entity}: two ids in the job (${jobIds.get(l.entity)}, ${l.id})`);
    jobIds.set(l.entity, l.id);
  }
  for (const e of answer.keys()) if (!jobIds.has(e)) diffs.push(`${e}: missing from the job`);
  return { diffs, entities: jobIds.size };
}

const fmt = (s) => s.toFixed(1);
const rate = (n, s) => (s > 0 ? (n / s).toFixed(1) : '-');

async function main() {
  const started = Date.now();
  console.log('dask: Debian packages (python3-distributed, python3-dask, python3-pandas)');
  const ensured = await run('bash', [join(HERE, 'run-local.sh'), '--ensure'], { quiet: true });
  if (!check('python3 with dask.distributed', ensured.code === 0, ensured.code === 0 ? ensured.out.trim() : ensured.err.trim())) return;
  const python = ensured.out.trim().split('\n').pop();
  const versions = await run(python, ['-c', 'import dask, distributed, pandas; print(f"dask {dask.__version__}, distributed {distributed.__version__}, pandas {pandas.__version__}")'], { quiet: true });
  console.log(`    ${versions.out.trim()}`);

  if (!existsSync(CLI) || !(await run(process.execPath, [CLI, '--help'], { quiet: true })).out.includes('newslens link')) {
    console.log('dask: building dist/ (node esbuild.mjs)');
    await run(process.execPath, ['esbuild.mjs']);
  }
  const help = await run(process.execPath, [CLI, '--help'], { quiet: true });
  if (!check('dist/cli.js has `annotate --input jsonl` and `link`', help.out.includes('newslens link') && help.out.includes('--input'), 'rebuild with `node esbuild.mjs`')) return;

  const dir = mkdtempSync(join(tmpdir(), 'newslens-dask-'));
  try {
    const { input, ids } = writeInput(dir, Number(opts.articles));
    console.log(`dask: input ${input}: ${ids.length} articles (2 seeds + ${ids.length - 2} generated)`);

    console.log(`dask: the CLI alone: node dist/cli.js annotate --input jsonl INPUT --jobs ${WORKERS} > /dev/null`);
    const cli = await run(process.execPath, [CLI, 'annotate', '--input', 'jsonl', input, '--jobs', String(WORKERS)], { stdout: 'ignore' });
    check('CLI run', cli.code === 0, `${fmt(cli.seconds)} s, ${rate(ids.length, cli.seconds)} articles/s`);

    console.log('dask: the one-machine answer: node dist/cli.js annotate --input jsonl INPUT | node dist/cli.js link -');
    const { run: one, answer: oneMachineAnswer } = await oneMachine(input, join(dir, 'one-machine.jsonl'));
    check('one-machine run', one.code === 0 && oneMachineAnswer.size > 0, `${fmt(one.seconds)} s, ${oneMachineAnswer.size} article-level entities`);

    const jobArgs = (out) => [input, '--out', out, '--workers', String(WORKERS)];
    console.log(`dask: the job: python3 scale/dask/newslens_job.py INPUT --out OUT --workers ${WORKERS}`);
    const out1 = join(dir, 'out-1');
    const job = await run(python, [join(HERE, 'newslens_job.py'), ...jobArgs(out1)]);
    check('job run', job.code === 0, `${fmt(job.seconds)} s wall, ${rate(ids.length, job.seconds)} articles/s`);

    // (a) one article row per input article, none an error
    const articles = readTable(out1, 'articles');
    const got = articles.map((a) => a.id).sort();
    const want = [...ids].sort();
    check('(a) one article row per input article', got.length === want.length && got.every((id, i) => id === want[i]),
      `${got.length} rows for ${want.length} articles`);
    const errors = articles.filter((a) => a.error != null);
    check('(a) no error rows', articles.length > 0 && errors.length === 0, errors.length ? `${errors.length}, first: ${JSON.stringify(errors[0])}` : '');
    const mentions = readTable(out1, 'mentions');
    const entitiesCount = articles.reduce((s, a) => s + (a.n_entities ?? 0), 0);
    check('(a) every entity of every article is a mention row', mentions.length === entitiesCount && mentions.length > 0,
      `${mentions.length} mention rows, ${entitiesCount} entities in the article rows`);

    // (b) the same corpus ids and names as the one-machine run
    const linked = linkDiffs(out1, oneMachineAnswer);
    check('(b) every article-level entity: same corpus id and name as one machine', oneMachineAnswer.size > 0 && linked.diffs.length === 0,
      `${linked.entities} entities in the job, ${oneMachineAnswer.size} in the one-machine answer${linked.diffs.length ? `; ${linked.diffs.length} differ: ${linked.diffs.slice(0, 5).join('; ')}` : ''}`);
    const unlinked = mentions.filter((m) => m.entity == null);
    check('(b) every mention has a corpus entity', mentions.length > 0 && unlinked.length === 0, unlinked.length ? `${unlinked.length} without, first ${JSON.stringify(unlinked[0])}` : '');
    const entities = readTable(out1, 'entities');
    const entityIds = new Set(entities.map((e) => e.id));
    const perId = new Map();
    for (const m of mentions) perId.set(m.entity, (perId.get(m.entity) ?? 0) + 1);
    const badCounts = entities.filter((e) => perId.get(e.id) !== e.mentions);
    check('(b) entities table: one row per corpus entity, mention counts add up',
      entities.length > 0 && entityIds.size === entities.length && entityIds.size === perId.size && badCounts.length === 0,
      `${entities.length} rows, ${entityIds.size} ids, ${perId.size} ids in mentions${badCounts.length ? `; first mismatch ${JSON.stringify(badCounts[0])}` : ''}`);

    // (c) the seeds' Lavrentiev and Supreme National Security Council are one corpus entity each
    const seedIds = new Set(ids.slice(0, 2));
    const seedCheck = (label, pick, extra) => {
      const ms = mentions.filter((m) => seedIds.has(m.doc) && pick(m));
      const docs = new Set(ms.map((m) => m.doc));
      const corpus = new Set(ms.map((m) => m.entity));
      const texts = [...new Set(ms.map((m) => m.text))];
      check(`(c) ${label}: one corpus entity in both seeds`, docs.size === 2 && corpus.size === 1 && !corpus.has(null) && extra(texts),
        `${ms.length} mentions in ${docs.size} seeds (${texts.map((t) => `"${t}"`).join(', ')}) -> ${[...corpus].join(', ')}`);
    };
    seedCheck('Lavrentiev', (m) => m.text.includes('Lavrentiev'), () => true);
    seedCheck('Supreme National Security Council', (m) => m.text.includes('Supreme National Security Council'),
      (texts) => texts.some((t) => t.includes('of Iran')) && texts.some((t) => !t.includes('of Iran')));

    // (d) a worker killed mid-annotate: the same output, nothing lost or doubled
    console.log('dask: the job again, one worker SIGKILLed while its annotate subprocess runs');
    const out2 = join(dir, 'out-2');
    const killed = await run(python, [join(HERE, 'fault_check.py'), ...jobArgs(out2)]);
    const faultLine = killed.out.split('\n').reverse().find((l) => l.startsWith('fault: {'));
    const fault = faultLine ? JSON.parse(faultLine.slice('fault: '.length)) : {};
    check('(d) job run with a worker killed', killed.code === 0, `${fmt(killed.seconds)} s wall, ${rate(ids.length, killed.seconds)} articles/s`);
    check('(d) a worker was SIGKILLed during annotate', Boolean(fault.killed_pid) && (fault.tasks ?? []).some((t) => t.startsWith('newslens-annotate')),
      fault.killed_pid ? `pid ${fault.killed_pid} at ${fault.at_seconds} s running ${(fault.tasks ?? []).join(', ')}` : (fault.error ?? 'no report'));
    check('(d) the nanny started a new worker; the node subprocess died with the old one',
      Array.isArray(fault.workers_after) && fault.workers_after.length === WORKERS && fault.child_gone === true,
      `workers ${JSON.stringify(fault.workers_before)} -> ${JSON.stringify(fault.workers_after)} in ${fault.restarted_in} s; node child gone: ${fault.child_gone}`);
    const articles2 = readTable(out2, 'articles').map((a) => a.id).sort();
    const mentions2 = readTable(out2, 'mentions');
    check('(d) same article ids as the undisturbed run', got.length > 0 && articles2.length === got.length && articles2.every((id, i) => id === got[i]),
      `${articles2.length} vs ${got.length}`);
    check('(d) same mention count as the undisturbed run', mentions.length > 0 && mentions2.length === mentions.length, `${mentions2.length} vs ${mentions.length}`);
    const files1 = tableFiles(out1);
    const files2 = tableFiles(out2);
    const differ = [...new Set([...files1.keys(), ...files2.keys()])].filter((f) => files1.get(f) !== files2.get(f));
    check('(d) every table file byte-identical to the undisturbed run', files1.size > 0 && differ.length === 0,
      `${files1.size} files${differ.length ? `; differ: ${differ.slice(0, 5).join(', ')}` : ''}`);

    // (e) linking that merges across articles and partitions
    console.log('dask: linking across partitions: 6 short articles, one file (so one partition) each, read by a glob');
    const linkInput = join(dir, 'linking.jsonl');
    const lines = Object.entries(LINKING).map(([id, text]) => JSON.stringify({ id, text }));
    writeFileSync(linkInput, lines.join('\n') + '\n');
    mkdirSync(join(dir, 'linking'));
    lines.forEach((l, i) => writeFileSync(join(dir, 'linking', `part-${i}.jsonl`), l + '\n'));
    const { answer: linkAnswer } = await oneMachine(linkInput, join(dir, 'linking-one-machine.jsonl'));
    const out3 = join(dir, 'out-linking');
    const small = await run(python, [join(HERE, 'newslens_job.py'), join(dir, 'linking', '*.jsonl'), '--out', out3, '--workers', String(WORKERS)]);
    const summary3 = existsSync(join(out3, '_summary.json')) ? JSON.parse(readFileSync(join(out3, '_summary.json'), 'utf8')) : {};
    check('(e) job run, one partition per article', small.code === 0 && summary3.partitions === Object.keys(LINKING).length,
      `${fmt(small.seconds)} s, ${summary3.partitions} partitions`);
    const merged = [...linkAnswer.values()].filter((o) => o.entity !== o.id);
    const small3 = linkDiffs(out3, linkAnswer);
    check('(e) same corpus ids and names as one machine, merges included', merged.length >= 2 && small3.diffs.length === 0,
      `merged by the one-machine run: ${merged.map((o) => `${o.entity} -> ${o.id}`).join(', ') || 'none'}${small3.diffs.length ? `; ${small3.diffs.length} differ: ${small3.diffs.slice(0, 5).join('; ')}` : ''}`);
    const mentions3 = readTable(out3, 'mentions');
    for (const [label, docs, word] of [['Putin', ['link-1', 'link-2'], 'Putin'], ['Trump', ['link-3', 'link-4'], 'Trump']]) {
      const ms = mentions3.filter((m) => docs.includes(m.doc) && m.text.includes(word));
      const ids3 = new Set(ms.map((m) => m.entity));
      check(`(e) ${label}: one corpus entity across articles in different partitions`, new Set(ms.map((m) => m.doc)).size === 2 && ids3.size === 1 && !ids3.has(null),
        `${[...new Set(ms.map((m) => `"${m.text}"`))].join(', ')} -> ${[...ids3].join(', ')}`);
    }

    console.log('dask: timings');
    console.log(`    job (2 workers):          ${fmt(job.seconds)} s, ${rate(ids.length, job.seconds)} articles/s (LocalCluster start included)`);
    console.log(`    job, one worker killed:   ${fmt(killed.seconds)} s, ${rate(ids.length, killed.seconds)} articles/s`);
    console.log(`    CLI annotate --jobs ${WORKERS}:     ${fmt(cli.seconds)} s, ${rate(ids.length, cli.seconds)} articles/s`);
    console.log(`    one-machine annotate|link: ${fmt(one.seconds)} s`);
    if (cli.seconds > 0) console.log(`dask: overhead ratio ${(job.seconds / cli.seconds).toFixed(2)} (dask ${fmt(job.seconds)} s / CLI ${fmt(cli.seconds)} s, ${ids.length} articles, ${WORKERS} workers)`);
  } finally {
    if (opts.keep) console.log(`dask: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    console.log(`dask: tier time ${fmt((Date.now() - started) / 1000)} s`);
  }
}

try {
  await main();
} catch (e) {
  check('check.mjs ran to the end', false, e.stack ?? String(e));
}
console.log(`dask: ${counts.passed} checks passed, ${counts.failed} failed`);
process.exitCode = counts.failed === 0 && counts.passed > 0 ? 0 : 1;
