/** One training or test sequence: the feature hashes of each token, and (for training) the gold labels. */
export interface FeatureSequence {
  /** Feature hashes of all tokens, token t's at offsets[t]..offsets[t+1]. */
  feats: Uint32Array;
  offsets: Uint32Array;
  gold?: Uint8Array;
}

/** Packs per-token feature lists into a FeatureSequence. */
export function packFeatures(perToken: readonly ArrayLike<number>[], gold?: Uint8Array): FeatureSequence {
  let total = 0;
  for (const f of perToken) total += f.length;
  const feats = new Uint32Array(total);
  const offsets = new Uint32Array(perToken.length + 1);
  let at = 0;
  perToken.forEach((f, t) => {
    offsets[t] = at;
    for (let k = 0; k < f.length; k++) feats[at++] = f[k];
  });
  offsets[perToken.length] = at;
  return { feats, offsets, gold };
}

/**
 * Collects a sequence's feature hashes token by token into one growing buffer (no array per token), then
 * hands out a compact copy. One builder can be reused for any number of sequences.
 */
export class SequenceBuilder {
  private feats = new Uint32Array(1024);
  private n = 0;
  private offsets: number[] = [];

  startToken(): void {
    this.offsets.push(this.n);
  }

  push(h: number): void {
    if (this.n === this.feats.length) {
      const grown = new Uint32Array(this.feats.length * 2);
      grown.set(this.feats);
      this.feats = grown;
    }
    this.feats[this.n++] = h;
  }

  finish(gold?: Uint8Array): FeatureSequence {
    const offsets = Uint32Array.from([...this.offsets, this.n]);
    const out = { feats: this.feats.slice(0, this.n), offsets, gold };
    this.n = 0;
    this.offsets = [];
    return out;
  }
}

/** Token t of the result holds a's features of t, then b's (both of the same length). */
export function mergeSequences(a: FeatureSequence, b: FeatureSequence): FeatureSequence {
  const T = a.offsets.length - 1;
  if (b.offsets.length - 1 !== T) throw new Error('sequences of different lengths');
  const feats = new Uint32Array(a.feats.length + b.feats.length);
  const offsets = new Uint32Array(T + 1);
  let at = 0;
  for (let t = 0; t < T; t++) {
    offsets[t] = at;
    feats.set(a.feats.subarray(a.offsets[t], a.offsets[t + 1]), at);
    at += a.offsets[t + 1] - a.offsets[t];
    feats.set(b.feats.subarray(b.offsets[t], b.offsets[t + 1]), at);
    at += b.offsets[t + 1] - b.offsets[t];
  }
  offsets[T] = at;
  return { feats, offsets, gold: a.gold ?? b.gold };
}
