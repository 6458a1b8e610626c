// The one-line context a list row shows for a mention: its line, cut to about `width` characters around it.

const ELLIPSIS = '…';

/** The text of [lineStart, lineEnd) around [start, end), whitespace folded, shortened to about `width` characters. */
export function snippet(text: string, lineStart: number, lineEnd: number, start: number, end: number, width = 100): string {
  let from = lineStart;
  let to = lineEnd;
  if (to - from > width) {
    const room = Math.max(0, width - (Math.min(end, to) - start));
    from = Math.max(lineStart, start - (room >> 1));
    to = Math.min(lineEnd, from + Math.max(width, end - from));
    from = Math.max(lineStart, Math.min(from, to - width));
    // Cut at word boundaries so the row does not start or end mid-word.
    if (from > lineStart) {
      const space = text.indexOf(' ', from);
      if (space !== -1 && space < start) from = space + 1;
    }
    if (to < lineEnd) {
      const space = text.lastIndexOf(' ', to);
      if (space >= end) to = space;
    }
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? ELLIPSIS : ''}${body}${to < lineEnd ? ELLIPSIS : ''}`;
}
