import type { ArticleStructure, Block, BlockKind, Span } from '../model';
import { parseDateline } from './dateline';
import { isBoilerplateLine, isCommentBoxStart, isRelatedHeading, looksLikeHeadline } from './boilerplate';

interface Line extends Span {
  /** The line without its edge whitespace (offsets in start/end are of the trimmed text). */
  text: string;
}

/** Splits text into non-empty lines, trimmed of edge whitespace (incl. NBSP and bullets' padding). */
function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

// A hard-wrapped paragraph continues on the next line when the sentence is visibly unfinished.
function continues(prev: Line, next: Line, gapHasBlankLine: boolean): boolean {
  if (gapHasBlankLine) return false;
  return !/[.!?:;"”’)\]]$/.test(prev.text) && /^[\p{Ll}(“"‘'0-9]/u.test(next.text);
}

/** Finds headline, dateline, paragraphs and boilerplate of an article; no NLP, linear in the text. */
export function parseArticle(text: string): ArticleStructure {
  const all = lines(text);
  const blocks: Block[] = [];
  let headline: Span | null = null;
  let dateline: ArticleStructure['dateline'] = null;
  let mode: 'body' | 'related' | 'comments' = 'body';

  const push = (kind: BlockKind, span: Span) => {
    blocks.push({ kind, start: span.start, end: span.end });
  };

  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (mode === 'comments' || isCommentBoxStart(line.text)) {
      mode = 'comments';
      push('boilerplate', line);
      continue;
    }
    if (isRelatedHeading(line.text)) {
      mode = 'related';
      push('boilerplate', line);
      continue;
    }
    if (isBoilerplateLine(line.text)) {
      push('boilerplate', line);
      continue;
    }
    if (mode === 'related') {
      if (looksLikeHeadline(line.text)) {
        push('related', line);
        continue;
      }
      mode = 'body';
    }
    // Strip leading bullets so that "• Putin sends envoy" starts at "Putin".
    const bullet = /^[•·▪►\-*]\s*/.exec(line.text);
    const span: Span = bullet ? { start: line.start + bullet[0].length, end: line.end } : line;
    if (span.end <= span.start) continue;
    if (!headline && !blocks.some((b) => b.kind === 'paragraph') && looksLikeHeadline(text.slice(span.start, span.end))) {
      headline = span;
      push('headline', span);
      continue;
    }
    if (!dateline && !blocks.some((b) => b.kind === 'paragraph')) {
      const found = parseDateline(text, span);
      if (found) {
        dateline = found;
        push('dateline', found);
        if (found.end < span.end) {
          const rest = { start: skipSpace(text, found.end, span.end), end: span.end };
          if (rest.end > rest.start) push('paragraph', rest);
        }
        continue;
      }
    }
    const prev = blocks[blocks.length - 1];
    const prevLine = all[i - 1];
    if (prev && prev.kind === 'paragraph' && prevLine && prev.end === prevLine.end
      && continues(prevLine, line, /\n[ \t\u00a0]*\r?\n/.test(text.slice(prevLine.end, line.start)))) {
      prev.end = span.end;
      continue;
    }
    push('paragraph', span);
  }

  const title = headline ? text.slice(headline.start, headline.end).replace(/\s+/g, ' ') : fallbackTitle(text, blocks);
  return { title, headline, dateline, blocks };
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}

function fallbackTitle(text: string, blocks: Block[]): string {
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (!first) return '';
  const words = text.slice(first.start, first.end).replace(/\s+/g, ' ');
  return words.length > 80 ? `${words.slice(0, 77).trimEnd()}…` : words;
}
