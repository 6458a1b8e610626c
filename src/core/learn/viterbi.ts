/** Scores of one sequence: emissions[t * L + label], transitions[prev * L + next], start[label]. */
export interface Lattice {
  length: number;
  labels: number;
  emissions: Float64Array | Float32Array;
}

export interface Transitions {
  /** Score of label after label, prev * L + next. */
  pair: Float64Array | Float32Array;
  /** Score of a label opening the sequence. */
  start: Float64Array | Float32Array;
  /** allowed[prev * L + next] and row L for the start (see Bilou); undefined allows everything. */
  allowed?: Uint8Array;
  allowedEnd?: Uint8Array;
}

/**
 * The best label sequence under the scores, never using a transition the mask forbids. O(T·L²); the
 * buffers are allocated once per call.
 */
export function viterbi(lat: Lattice, tr: Transitions): Uint8Array {
  const { length: T, labels: L, emissions } = lat;
  const out = new Uint8Array(T);
  if (T === 0) return out;
  const score = new Float64Array(T * L);
  const back = new Int32Array(T * L);
  const ok = (prev: number, next: number) => !tr.allowed || tr.allowed[prev * L + next] === 1;
  for (let y = 0; y < L; y++) score[y] = ok(L, y) ? emissions[y] + tr.start[y] : -Infinity;
  for (let t = 1; t < T; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ok(p, y)) continue;
        const s = score[(t - 1) * L + p] + tr.pair[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + y] = best + emissions[t * L + y];
      back[t * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (tr.allowedEnd && !tr.allowedEnd[y]) continue;
    const s = score[(T - 1) * L + y];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  out[T - 1] = arg;
  for (let t = T - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]];
  return out;
}
