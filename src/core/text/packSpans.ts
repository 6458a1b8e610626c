// Consecutive spans of a text packed into groups of at most `size` characters, a span longer than that cut
// where a sentence plainly ends ("... talks. The ..."), else at a space. The engine uses it twice: to hand
// compromise stretches it tags in linear time (nlp/taggingChunks.ts) and to read a huge article window by
// window in bounded memory (articleWindows.ts). Ordinary paragraphs are never cut.
import type { Span } from '../model';

// A full stop, question or exclamation mark, closing quotes or brackets, spaces, then a capital: a sentence end.
const SENTENCE_END = /[.!?]["”’')\]]*\s+(?=["“‘(]?\p{Lu})/gu;

/** Groups of consecutive spans, each group at most size characters from its first start to its last end unless one span is longer; such a span is cut first (cut makes a piece of it). */
export function packSpans<T extends Span>(text: string, spans: readonly T[], size: number, cut: (s: T, piece: Span) => T): T[][] {
  const out: T[][] = [];
  let open: T[] = [];
  for (const whole of spans) {
    for (const s of whole.end - whole.start > size ? cutSpan(text, whole, size).map((p) => cut(whole, p)) : [whole]) {
      if (open.length && s.end - open[0].start > size) {
        out.push(open);
        open = [];
      }
      open.push(s);
    }
  }
  if (open.length) out.push(open);
  return out;
}

/** A span longer than size, cut into pieces of at most size characters at sentence ends or spaces. */
function cutSpan(text: string, span: Span, size: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > size) {
    const end = cutPoint(text, start, start + size);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

/** Where to cut text[start, limit): after the last sentence end in its second half, else after the last space, else at limit. */
function cutPoint(text: string, start: number, limit: number): number {
  const half = start + (limit - start) / 2;
  const window = text.slice(start, limit);
  let best = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) best = start + m.index + m[0].length;
  if (best > half) return best;
  const space = window.search(/\s\S*$/);
  if (space > 0 && start + space > half) return start + space + 1;
  // No space at all: a cut between a surrogate pair would leave half a character on each side.
  return /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit;
}
