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

/** Number of tokens in a sequence. */
export function sequenceLength(s: FeatureSequence): number {
  return s.offsets.length - 1;
}
