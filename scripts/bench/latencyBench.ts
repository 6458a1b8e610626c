// Latency of one article and scaling with file size:
//   node out/bench/latencyBench.js CORPUS.json
import { readFileSync } from 'node:fs';
import { annotateText } from '../../src/core/annotate';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));

/** About `size` characters of real article text, joined paragraph-wise. */
function articleOfSize(size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    n += texts[i].length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const five = articleOfSize(5000);
for (let i = 0; i < 10; i++) annotateText(five);
const samples = Array.from({ length: 40 }, () => time(() => annotateText(five)));
const sizes = [1, 2.5, 5].map((mb) => {
  const text = articleOfSize(mb * 1e6);
  const ms = time(() => annotateText(text));
  return { mb, ms, msPerMB: ms / mb };
});
process.stdout.write(`${JSON.stringify({ fiveKbMedianMs: median(samples), sizes })}\n`);
