// BILOU tags over token sequences: Begin, Inside, Last of a multi-token span, Unit for a one-token span,
// Outside. Richer than BIO, which helps linear taggers find the ends of names (Ratinov and Roth 2009).

/** A typed run of tokens [start, end) — token indices, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

const PARTS = ['B', 'I', 'L', 'U'] as const;

/** The BILOU label of word k of an n-word span of the given type ("U-place", "B-person", "L-person"). */
export function bilouLabel(k: number, n: number, type: string): string {
  return `${n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}-${type}`;
}
type Part = (typeof PARTS)[number] | 'O';

/** The label set for some span types, and which label may follow which. */
export class Bilou {
  readonly labels: string[];
  /** allowed[prev * n + next]; row n (one past the labels) is the sequence start. */
  readonly allowed: Uint8Array;
  /** Labels a sequence may end on. */
  readonly allowedEnd: Uint8Array;

  constructor(readonly types: readonly string[]) {
    this.labels = ['O', ...types.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
    const n = this.labels.length;
    this.allowed = new Uint8Array((n + 1) * n);
    this.allowedEnd = new Uint8Array(n);
    for (let next = 0; next < n; next++) {
      const [np, nt] = this.split(next);
      this.allowedEnd[next] = np === 'O' || np === 'L' || np === 'U' ? 1 : 0;
      // After the start, O, L and U: a span may only open (B, U) or stay outside.
      const opens = np === 'O' || np === 'B' || np === 'U';
      this.allowed[n * n + next] = opens ? 1 : 0;
      for (let prev = 0; prev < n; prev++) {
        const [pp, pt] = this.split(prev);
        const inside = pp === 'B' || pp === 'I';
        this.allowed[prev * n + next] = (inside ? (np === 'I' || np === 'L') && nt === pt : opens) ? 1 : 0;
      }
    }
  }

  get size(): number {
    return this.labels.length;
  }

  /** [part, type] of a label index. */
  split(label: number): [Part, string] {
    if (label === 0) return ['O', ''];
    const k = label - 1;
    return [PARTS[k % 4], this.types[Math.floor(k / 4)]];
  }

  private index(part: Part, type: string): number {
    const t = this.types.indexOf(type);
    if (t < 0) throw new Error(`unknown span type '${type}'`);
    return 1 + t * 4 + PARTS.indexOf(part as (typeof PARTS)[number]);
  }

  /** Labels for n tokens holding the given non-overlapping spans. */
  encode(spans: readonly TokenSpan[], n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (const s of spans) {
      if (s.end - s.start === 1) out[s.start] = this.index('U', s.type);
      else {
        out[s.start] = this.index('B', s.type);
        for (let i = s.start + 1; i < s.end - 1; i++) out[i] = this.index('I', s.type);
        out[s.end - 1] = this.index('L', s.type);
      }
    }
    return out;
  }

  /** The spans a label sequence holds; an ill-formed run (as from an unconstrained decoder) is closed where it breaks. */
  decode(labels: ArrayLike<number>): TokenSpan[] {
    const out: TokenSpan[] = [];
    let open: TokenSpan | null = null;
    for (let i = 0; i < labels.length; i++) {
      const [part, type] = this.split(labels[i]);
      if (open && (part === 'O' || part === 'B' || part === 'U' || type !== open.type)) {
        out.push(open);
        open = null;
      }
      if (part === 'U') out.push({ start: i, end: i + 1, type });
      else if (part === 'B' || (part !== 'O' && !open)) open = { start: i, end: i + 1, type };
      else if (open) open.end = i + 1;
      if (open && part === 'L') {
        out.push(open);
        open = null;
      }
    }
    if (open) out.push(open);
    return out;
  }
}
