import { FeatureTable } from './featureTable';
import type { FeatureSequence } from './sequence';
import { viterbi, type Transitions } from './viterbi';

/** What a trained sequence model holds: a weight row per feature, and label-to-label scores. */
export interface LinearWeights {
  labels: number;
  /** Feature hash of each row. */
  keys: Uint32Array;
  /** rows × labels. */
  weights: Float32Array;
  /** labels × labels. */
  pair: Float32Array;
  start: Float32Array;
}

/** A trained linear sequence model, ready to score and decode. */
export class LinearModel {
  private readonly table: FeatureTable;
  private readonly transitions: Transitions;

  constructor(readonly w: LinearWeights, mask?: Pick<Transitions, 'allowed' | 'allowedEnd'>) {
    if (w.weights.length !== w.keys.length * w.labels) throw new Error('weights do not match the feature rows');
    if (w.pair.length !== w.labels * w.labels || w.start.length !== w.labels) throw new Error('transition scores do not match the labels');
    this.table = new FeatureTable(w.keys);
    this.transitions = { pair: w.pair, start: w.start, ...mask };
  }

  /** Emission scores of every token: out[t * labels + y]. */
  emissions(seq: FeatureSequence): Float32Array {
    const L = this.w.labels;
    const T = seq.offsets.length - 1;
    const out = new Float32Array(T * L);
    const weights = this.w.weights;
    for (let t = 0; t < T; t++) {
      for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
        const row = this.table.get(seq.feats[k]);
        if (row < 0) continue;
        const base = row * L;
        for (let y = 0; y < L; y++) out[t * L + y] += weights[base + y];
      }
    }
    return out;
  }

  /** The best label sequence. */
  decode(seq: FeatureSequence): Uint8Array {
    return this.decodeEmissions(this.emissions(seq));
  }

  /** The best label sequence for emission scores already computed (emissions(seq), perhaps added to). */
  decodeEmissions(emissions: Float32Array): Uint8Array {
    const L = this.w.labels;
    return viterbi({ length: emissions.length / L, labels: L, emissions }, this.transitions);
  }
}
