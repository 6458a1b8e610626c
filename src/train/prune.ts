import type { LinearWeights } from '../core/learn/linearModel';

/** Drops feature rows whose weights are all near zero; the rest keep their order. */
export function prune(w: LinearWeights, epsilon: number): LinearWeights {
  const L = w.labels;
  const keep: number[] = [];
  for (let r = 0; r < w.keys.length; r++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(w.weights[r * L + y]));
    if (max >= epsilon) keep.push(r);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((r, k) => weights.set(w.weights.subarray(r * L, (r + 1) * L), k * L));
  return { ...w, keys: Uint32Array.from(keep, (r) => w.keys[r]), weights };
}
