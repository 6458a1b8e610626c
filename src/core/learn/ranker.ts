// A linear ranker: each candidate (a speaker for a quote, say) is a bag of feature hashes, its score the sum
// of their weights, and the best-scoring candidate wins. Trained as an averaged ranking perceptron: where the
// top candidate is wrong, the weights move toward the best-scoring right one and away from the winner.
// Deterministic: the order of the groups in each epoch comes from a seeded shuffle.
import { FeatureTable } from './featureTable';
import { seededRandom, shuffled } from './prng';
import type { FeatureSequence } from './sequence';

/** One choice: its candidates are the "tokens" of a FeatureSequence; gold[k] is 1 for a right candidate. */
export type RankGroup = FeatureSequence;

export interface RankWeights {
  keys: Uint32Array;
  weights: Float32Array;
}

export interface RankerOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far; return false to stop. */
  onEpoch?: (epoch: number, weights: RankWeights, mistakes: number) => boolean | void;
}

/** Scores of a group's candidates under weights looked up by row. */
function scoresOf(g: RankGroup, weightOf: (hash: number) => number): Float64Array {
  const n = g.offsets.length - 1;
  const out = new Float64Array(n);
  for (let c = 0; c < n; c++) for (let k = g.offsets[c]; k < g.offsets[c + 1]; k++) out[c] += weightOf(g.feats[k]);
  return out;
}

/** The index of the highest score (the first on a tie), or -1 for no candidates. */
export function argmax(scores: ArrayLike<number>, keep: (c: number) => boolean = () => true): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (keep(c) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

export function trainRanker(groups: readonly RankGroup[], opts: RankerOptions): RankWeights {
  const row = new Map<number, number>();
  for (const g of groups) for (const f of g.feats) if (!row.has(f)) row.set(f, row.size);
  const keys = new Uint32Array(row.size);
  for (const [f, r] of row) keys[r] = f;
  const cur = new Float64Array(keys.length);
  const acc = new Float64Array(keys.length);
  let step = 1;
  const add = (g: RankGroup, c: number, delta: number) => {
    for (let k = g.offsets[c]; k < g.offsets[c + 1]; k++) {
      const r = row.get(g.feats[k])!;
      cur[r] += delta;
      acc[r] += step * delta;
    }
  };
  const averaged = (): RankWeights => ({ keys, weights: Float32Array.from(cur, (w, i) => w - acc[i] / step) });
  const random = seededRandom(opts.seed);
  let result = averaged();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let mistakes = 0;
    for (const i of shuffled(groups.map((_, k) => k), random)) {
      const g = groups[i];
      if (!g.gold) throw new Error('a training group has no gold labels');
      const scores = scoresOf(g, (h) => cur[row.get(h)!]);
      const predicted = argmax(scores);
      const right = argmax(scores, (c) => g.gold![c] === 1);
      if (predicted >= 0 && right >= 0 && g.gold[predicted] !== 1) {
        mistakes++;
        add(g, right, 1);
        add(g, predicted, -1);
      }
      step++;
    }
    result = averaged();
    if (opts.onEpoch?.(epoch, result, mistakes) === false) break;
  }
  return result;
}

/** A trained ranker, ready to score candidates. */
export class Ranker {
  private readonly table: FeatureTable;
  constructor(readonly w: RankWeights) {
    if (w.keys.length !== w.weights.length) throw new Error('ranker weights do not match its features');
    this.table = new FeatureTable(w.keys);
  }

  scores(g: RankGroup): Float64Array {
    return scoresOf(g, (h) => {
      const r = this.table.get(h);
      return r < 0 ? 0 : this.w.weights[r];
    });
  }
}
