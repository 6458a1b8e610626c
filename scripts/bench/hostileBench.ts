// Time per KB of pathological inputs (news tokens repeated, test/unit/hostileShapes.ts) against ordinary prose,
// each shape measured between two prose runs of the same size so that the machine's load weighs on both:
//   node hostileBench.js CORPUS.json KB
import { readFileSync } from 'node:fs';
import { annotateText } from '../../src/core/annotate';
import { HOSTILE_UNITS, hostileText } from '../../test/unit/hostileShapes';
import { articleOfSize } from './articleText';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const kb = Number(process.argv[3] ?? 128);
const prose = articleOfSize(texts, kb * 1024);

function msPerKb(text: string): number {
  const t = process.hrtime.bigint();
  annotateText(text);
  return Number(process.hrtime.bigint() - t) / 1e6 / (text.length / 1024);
}

msPerKb(articleOfSize(texts, 16 * 1024));
let before = msPerKb(prose);
const shapes = Object.entries(HOSTILE_UNITS).map(([name, unit]) => {
  const ms = msPerKb(hostileText(unit, kb * 1024));
  const after = msPerKb(prose);
  const row = { name, unit, msPerKb: ms, proseMsPerKb: (before + after) / 2, ratio: ms / ((before + after) / 2) };
  before = after;
  return row;
});
console.log(JSON.stringify({ kb, shapes }));
