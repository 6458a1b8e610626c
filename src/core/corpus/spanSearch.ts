// Which span covers an offset: binary search over spans sorted by start, with a running maximum of ends
// so that nested or overlapping spans (an indirect quote inside a longer one) are still found.
import type { Span } from '../model';

/** Spans sorted by start, searchable by offset in O(log n) plus the spans that overlap there. */
export class SpanSearch {
  private readonly order: Uint32Array;
  private readonly maxEnd: Float64Array;

  constructor(private readonly spans: readonly Span[]) {
    const order = Array.from(spans.keys()).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
    this.order = Uint32Array.from(order);
    this.maxEnd = new Float64Array(order.length);
    let max = -1;
    order.forEach((i, k) => { max = Math.max(max, spans[i].end); this.maxEnd[k] = max; });
  }

  /** Index (into the spans given) of the shortest span with start <= offset < end, or -1. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.order.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[this.order[mid]].start <= offset) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let best = -1;
    for (let k = last; k >= 0 && this.maxEnd[k] > offset; k--) {
      const s = this.spans[this.order[k]];
      if (s.end > offset && (best === -1 || s.end - s.start < this.spans[best].end - this.spans[best].start)) best = this.order[k];
    }
    return best;
  }
}
