// BIO tags over token sequences: Begin and Inside of a span, Outside. Half the labels of BILOU (bilou.ts), so
// decoding is cheaper where spans are long and their ends are marked by punctuation anyway (reported content).
import type { TokenSpan } from './bilou';

/** What a span labelling scheme gives a sequence model: its labels, their allowed order, encoding and decoding. */
export interface SpanScheme {
  readonly labels: string[];
  readonly size: number;
  /** allowed[prev * n + next]; row n (one past the labels) is the sequence start. */
  readonly allowed: Uint8Array;
  readonly allowedEnd: Uint8Array;
  encode(spans: readonly TokenSpan[], n: number): Uint8Array;
  decode(labels: ArrayLike<number>): TokenSpan[];
}

export class Bio implements SpanScheme {
  readonly labels: string[];
  readonly allowed: Uint8Array;
  readonly allowedEnd: Uint8Array;

  constructor(readonly types: readonly string[]) {
    this.labels = ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
    const n = this.labels.length;
    this.allowed = new Uint8Array((n + 1) * n);
    this.allowedEnd = new Uint8Array(n).fill(1);
    for (let next = 0; next < n; next++) {
      const inside = next > 0 && next % 2 === 0;
      // I-t only continues B-t or I-t; everything else may follow anything, or open the sequence.
      this.allowed[n * n + next] = inside ? 0 : 1;
      for (let prev = 0; prev < n; prev++) this.allowed[prev * n + next] = !inside || (prev > 0 && this.typeOf(prev) === this.typeOf(next)) ? 1 : 0;
    }
  }

  get size(): number {
    return this.labels.length;
  }

  private typeOf(label: number): number {
    return (label - 1) >> 1;
  }

  encode(spans: readonly TokenSpan[], n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (const s of spans) {
      const t = this.types.indexOf(s.type);
      if (t < 0) throw new Error(`unknown span type '${s.type}'`);
      out[s.start] = 1 + 2 * t;
      for (let i = s.start + 1; i < s.end; i++) out[i] = 2 + 2 * t;
    }
    return out;
  }

  /** The spans a label sequence holds; an I without its B opens a span, as an unconstrained decoder may give. */
  decode(labels: ArrayLike<number>): TokenSpan[] {
    const out: TokenSpan[] = [];
    let open: TokenSpan | null = null;
    for (let i = 0; i < labels.length; i++) {
      const y = labels[i];
      const type = y > 0 ? this.types[this.typeOf(y)] : '';
      if (y > 0 && y % 2 === 0 && open && open.type === type) {
        open.end = i + 1;
        continue;
      }
      if (open) out.push(open);
      open = y > 0 ? { start: i, end: i + 1, type } : null;
    }
    if (open) out.push(open);
    return out;
  }
}
