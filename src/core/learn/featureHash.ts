// Features are 32-bit hashes, never strings: a template's seed is hashed with its values, so extracting a
// feature allocates nothing and a model file stores numbers, not the words it was trained on.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of s, continuing from h. */
export function hashString(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes one more 32-bit value into h (a separator first, so ("ab","c") and ("a","bc") differ). */
export function hashMix(h: number, v: number): number {
  h ^= 0x9e;
  h = Math.imul(h, FNV_PRIME);
  h ^= v;
  h = Math.imul(h, FNV_PRIME);
  // A final avalanche so that nearby inputs spread over the table.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The seed of a named feature template. */
export function templateSeed(name: string): number {
  return hashString(name + '\u0000');
}

/** Hash of template + one string value ("w=clinton"). */
export function feature(seed: number, value: string): number {
  return hashMix(hashString(value, seed), value.length);
}

/** Hash of template + the stretch s[from, to) — a prefix or suffix without slicing a new string. */
export function featureRange(seed: number, s: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return hashMix(h >>> 0, to - from);
}

/** Hash of template + two string values ("w-1|w=former|president"). */
export function feature2(seed: number, a: string, b: string): number {
  return hashMix(hashString(b, hashMix(hashString(a, seed), a.length)), b.length);
}
