// A structured averaged perceptron (Collins 2002) for label sequences: decode with the current weights,
// move them toward the gold sequence where the decoder was wrong, and return the average of the weights
// over all steps, which generalises far better than the last ones. Deterministic: the order of the
// sequences in each epoch comes from a seeded shuffle.
import { seededRandom, shuffled } from './prng';
import type { FeatureSequence } from './sequence';
import { viterbi, type Transitions } from './viterbi';
import type { LinearWeights } from './linearModel';

export interface PerceptronOptions {
  labels: number;
  epochs: number;
  seed: number;
  /** Transition mask (BILOU constraints) used while training, as at run time. */
  mask?: Pick<Transitions, 'allowed' | 'allowedEnd'>;
  /** Features seen fewer times than this in training get no weights. */
  minCount?: number;
  /** Called after each epoch with the averaged weights so far (for dev scores); return false to stop. */
  onEpoch?: (epoch: number, weights: LinearWeights, mistakes: number) => boolean | void;
}

interface Rows {
  keys: Uint32Array;
  /** For each sequence, the row of each feature (-1 for none), parallel to feats. */
  rows: Int32Array[];
}

/** Gives every feature seen at least minCount times a row. */
function indexFeatures(data: readonly FeatureSequence[], minCount: number): Rows {
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const row = new Map<number, number>();
  for (const [f, n] of counts) if (n >= minCount) row.set(f, row.size);
  const keys = new Uint32Array(row.size);
  for (const [f, r] of row) keys[r] = f;
  return { keys, rows: data.map((s) => Int32Array.from(s.feats, (f) => row.get(f) ?? -1)) };
}

class Weights {
  readonly cur: Float64Array;
  /** Sum over updates of step × delta: the average is cur − acc / step. */
  readonly acc: Float64Array;
  constructor(n: number) {
    this.cur = new Float64Array(n);
    this.acc = new Float64Array(n);
  }
  add(i: number, delta: number, step: number): void {
    this.cur[i] += delta;
    this.acc[i] += step * delta;
  }
  averaged(step: number): Float32Array {
    return Float32Array.from(this.cur, (w, i) => w - this.acc[i] / step);
  }
}

/** Trains a linear sequence model on sequences with gold labels. */
export function trainPerceptron(data: readonly FeatureSequence[], opts: PerceptronOptions): LinearWeights {
  const L = opts.labels;
  const { keys, rows } = indexFeatures(data, opts.minCount ?? 1);
  const emit = new Weights(keys.length * L);
  const pair = new Weights(L * L);
  const start = new Weights(L);
  const random = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  const snapshot = (): LinearWeights => ({ labels: L, keys, weights: emit.averaged(step), pair: pair.averaged(step), start: start.averaged(step) });
  let result = snapshot();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let mistakes = 0;
    for (const i of shuffled(order, random)) {
      const s = data[i];
      const gold = s.gold;
      if (!gold) throw new Error('a training sequence has no gold labels');
      const pred = decodeRows(s, rows[i], emit.cur, pair.cur, start.cur, L, opts.mask);
      mistakes += update(s, rows[i], gold, pred, { emit, pair, start }, L, step);
      step++;
    }
    result = snapshot();
    if (opts.onEpoch?.(epoch, result, mistakes) === false) break;
  }
  return result;
}

function decodeRows(s: FeatureSequence, rows: Int32Array, w: Float64Array, pair: Float64Array, start: Float64Array, L: number, mask?: PerceptronOptions['mask']): Uint8Array {
  const T = s.offsets.length - 1;
  const emissions = new Float64Array(T * L);
  for (let t = 0; t < T; t++) {
    for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) {
      const r = rows[k];
      if (r < 0) continue;
      for (let y = 0; y < L; y++) emissions[t * L + y] += w[r * L + y];
    }
  }
  return viterbi({ length: T, labels: L, emissions }, { pair, start, ...mask });
}

/** Moves the weights from the predicted toward the gold sequence; returns the number of wrong labels. */
function update(s: FeatureSequence, rows: Int32Array, gold: Uint8Array, pred: Uint8Array, w: { emit: Weights; pair: Weights; start: Weights }, L: number, step: number): number {
  let wrong = 0;
  for (let t = 0; t < gold.length; t++) {
    const g = gold[t];
    const p = pred[t];
    if (g !== p) {
      wrong++;
      for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) {
        const r = rows[k];
        if (r < 0) continue;
        w.emit.add(r * L + g, 1, step);
        w.emit.add(r * L + p, -1, step);
      }
    }
    if (t === 0) {
      if (g !== p) {
        w.start.add(g, 1, step);
        w.start.add(p, -1, step);
      }
    } else if (g !== p || gold[t - 1] !== pred[t - 1]) {
      w.pair.add(gold[t - 1] * L + g, 1, step);
      w.pair.add(pred[t - 1] * L + p, -1, step);
    }
  }
  return wrong;
}
