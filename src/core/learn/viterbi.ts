/** Scores of one sequence: emissions[t * L + label]. */
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

// For each label, the labels allowed before it (BILOU allows 2 of 17 before an I or L, 9 before the rest):
// the inner loop visits only those. Cached per mask.
const predecessorCache = new WeakMap<Uint8Array, Int32Array[]>();

function predecessors(allowed: Uint8Array | undefined, L: number): Int32Array[] {
  const hit = allowed && predecessorCache.get(allowed);
  if (hit && hit.length === L) return hit;
  const out: Int32Array[] = [];
  for (let y = 0; y < L; y++) {
    const prev: number[] = [];
    for (let p = 0; p < L; p++) if (!allowed || allowed[p * L + y]) prev.push(p);
    out.push(Int32Array.from(prev));
  }
  if (allowed) predecessorCache.set(allowed, out);
  return out;
}

// Working buffers, grown as needed and reused: decoding allocates nothing but its result.
let scoreBuf = new Float64Array(4096);
let backBuf = new Uint8Array(4096);

function buffers(n: number): { score: Float64Array; back: Uint8Array } {
  if (scoreBuf.length < n) {
    scoreBuf = new Float64Array(n * 2);
    backBuf = new Uint8Array(n * 2);
  }
  return { score: scoreBuf, back: backBuf };
}

/**
 * The best label sequence under the scores, never using a transition the mask forbids. O(T·L·P), P the
 * allowed predecessors of a label; the buffers are allocated once per call.
 */
export function viterbi(lat: Lattice, tr: Transitions): Uint8Array {
  const { length: T, labels: L, emissions } = lat;
  if (L > 256) throw new Error('viterbi: at most 256 labels');
  const out = new Uint8Array(T);
  if (T === 0) return out;
  const { score, back } = buffers(T * L);
  const pair = tr.pair;
  const pred = predecessors(tr.allowed, L);
  for (let y = 0; y < L; y++) score[y] = !tr.allowed || tr.allowed[L * L + y] ? emissions[y] + tr.start[y] : -Infinity;
  for (let t = 1; t < T; t++) {
    const prevRow = (t - 1) * L;
    for (let y = 0; y < L; y++) {
      const ps = pred[y];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k];
        const s = score[prevRow + p] + pair[p * L + y];
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
