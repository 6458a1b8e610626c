import type { Span } from '../model';

// Scoring compares spans after the same trimming on both sides (../shared/data/README.md):
// edge whitespace, punctuation and quote marks, and a trailing possessive 's / ’s.
const EDGE = /[\s\p{P}\p{S}]/u;

/** The span shrunk past edge whitespace, punctuation, quote marks and a trailing 's. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const before = [start, end];
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) end--;
    if (end - start >= 2 && /^['’]s$/i.test(text.slice(end - 2, end))) end -= 2;
    if (before[0] === start && before[1] === end) break;
  }
  return { start, end };
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
