// Throughput of the engine against raw compromise, measured in one process, article by article in turn:
//   node pairBench.js CORPUS.json
// prints one JSON line: { bytes, docs, raw: { seconds, mbPerSec, docsPerSec }, engine: { ... } }.
// Both sides see the same machine at the same moment: on a shared machine a burst of load from elsewhere
// slows both, instead of deciding the ratio as it can when the two sides run minutes apart. The order
// within each pair alternates so that neither side always runs on the caches the other warmed.
// (Peak memory is measured per side in its own process by engineBench.ts.)
import { readFileSync } from 'node:fs';
import { engineSide, rawSide } from './sides';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const t of texts.slice(0, 20)) {
  rawSide(t);
  engineSide(t);
}
const seconds = { raw: 0, engine: 0 };
let sink = 0;
const timed = (side: 'raw' | 'engine', text: string) => {
  const started = process.hrtime.bigint();
  sink += side === 'raw' ? rawSide(text) : engineSide(text);
  seconds[side] += Number(process.hrtime.bigint() - started) / 1e9;
};
texts.forEach((t, i) => {
  const order = i % 2 ? (['raw', 'engine'] as const) : (['engine', 'raw'] as const);
  for (const side of order) timed(side, t);
});
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const side = (s: number) => ({ seconds: s, mbPerSec: bytes / 1e6 / s, docsPerSec: texts.length / s });
process.stdout.write(`${JSON.stringify({ bytes, docs: texts.length, raw: side(seconds.raw), engine: side(seconds.engine), found: sink })}\n`);
