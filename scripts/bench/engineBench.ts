// One side of the engine benchmark, run in its own process so that peak memory is its own (throughput
// against raw compromise is measured by pairBench.ts, both sides in one process):
//   node out/bench/engineBench.js raw|engine CORPUS.json
// prints one JSON line: { side, docs, bytes, seconds, mbPerSec, docsPerSec, peakRssMB }.
import { readFileSync } from 'node:fs';
import { engineSide, rawSide } from './sides';

const [side, corpusFile] = process.argv.slice(2);
const texts: string[] = JSON.parse(readFileSync(corpusFile, 'utf8'));

const run = side === 'raw' ? rawSide : engineSide;
// Warm-up: the JIT and compromise's lazy lexicon setup are not part of steady-state throughput.
for (const t of texts.slice(0, 20)) run(t);
let sink = 0;
const started = process.hrtime.bigint();
for (const t of texts) sink += run(t);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
process.stdout.write(`${JSON.stringify({
  side,
  docs: texts.length,
  bytes,
  seconds,
  mbPerSec: bytes / 1e6 / seconds,
  docsPerSec: texts.length / seconds,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  found: sink,
})}\n`);
