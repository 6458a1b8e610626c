// An open-addressing table from 32-bit feature hashes to weight rows: two typed arrays, no per-entry
// objects, so a model of a few hundred thousand features loads in milliseconds and costs little heap.

const EMPTY = 0;

export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** keys[i] gets row i. A key of 0 is stored as 1 (0 marks an empty slot): featureKey() does the same. */
  constructor(keys: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < keys.length; i++) this.insert(featureKey(keys[i]), i);
  }

  private insert(key: number, row: number): void {
    let slot = slotOf(key) & this.mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  /** The row of a feature hash, or -1 when the model has no such feature. */
  get(hash: number): number {
    const key = featureKey(hash);
    let slot = slotOf(key) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.rows[slot];
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The stored form of a hash: never 0. */
export function featureKey(hash: number): number {
  return hash >>> 0 || 1;
}

function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}
