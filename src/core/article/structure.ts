import type { ArticleStructure, Block, BlockKind, Span } from '../model';
import { parseDateline } from './dateline';
import { isCommentBoxStart, isRelatedHeading, isRelatedItem, looksLikeHeadline } from './boilerplate';
import { commentBoxOpener } from './commentBox';
import { furnitureOf } from './furniture';
import { isNoTitle } from './titleLine';

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

type Mode = 'body' | 'related' | 'comments';

/** The parse so far: what each following line is read against. */
interface State {
  blocks: Block[];
  headline: Span | null;
  dateline: ArticleStructure['dateline'];
  mode: Mode;
  /** A paragraph has been read: the headline, byline and dateline slots are behind. */
  inBody: boolean;
  /** Whether a comment-box marker at a line opens the box: read from the whole layout at the first marker. */
  opensBox?: (line: number) => boolean;
}

/** Finds headline, dateline, paragraphs and boilerplate of an article; no NLP, linear in the text. */
export function parseArticle(text: string): ArticleStructure {
  const all = lines(text);
  const state: State = { blocks: [], headline: null, dateline: null, mode: 'body', inBody: false };
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const furniture = furnitureKind(all, i, state);
    if (furniture) {
      state.blocks.push({ kind: furniture, start: line.start, end: line.end });
      continue;
    }
    // Strip leading bullets so that "• Putin sends envoy" starts at "Putin".
    const bullet = /^[•·▪►\-*]\s*/.exec(line.text);
    const span: Span = bullet ? { start: line.start + bullet[0].length, end: line.end } : line;
    if (span.end > span.start) readText(text, state, span, all[i - 1], line);
  }
  const { blocks, headline, dateline } = state;
  const title = headline ? text.slice(headline.start, headline.end).replace(/\s+/g, ' ') : fallbackTitle(text, blocks);
  return { title, headline, dateline, blocks };
}

/** 'boilerplate' or 'related' when line i is page furniture or a related headline (mode follows along). */
function furnitureKind(all: Line[], i: number, state: State): BlockKind | null {
  const line = all[i];
  if (state.mode === 'comments') return 'boilerplate';
  if (isCommentBoxStart(line.text)) {
    state.opensBox ??= commentBoxOpener(all.map((l) => l.text));
    if (state.opensBox(i)) state.mode = 'comments';
    return 'boilerplate';
  }
  if (isRelatedHeading(line.text)) {
    state.mode = 'related';
    return 'boilerplate';
  }
  const underHeadline = state.headline !== null && !state.inBody;
  if (furnitureOf(line.text, { underHeadline })) return 'boilerplate';
  if (state.mode === 'related') {
    if (isRelatedItem(line.text)) return 'related';
    state.mode = 'body';
  }
  return null;
}

/** Files a line of text as the headline, the dateline (and the lead after it) or a paragraph. */
function readText(text: string, state: State, span: Span, prevLine: Line | undefined, line: Line): void {
  const { blocks } = state;
  const top = !state.inBody;
  const words = text.slice(span.start, span.end);
  // An id, a date or a URL above the story ("5c33…e1ab", "2016-03-04") is neither its headline nor its first
  // paragraph: as a paragraph it would end the top, and the headline under it would be read as body text.
  if (top && isNoTitle(words)) {
    blocks.push({ kind: 'boilerplate', start: span.start, end: span.end });
    return;
  }
  if (!state.headline && top && looksLikeHeadline(words)) {
    state.headline = span;
    blocks.push({ kind: 'headline', start: span.start, end: span.end });
    return;
  }
  const found = !state.dateline && top ? parseDateline(text, span, state.headline !== null) : null;
  if (found) {
    state.dateline = found;
    blocks.push({ kind: 'dateline', start: found.start, end: found.end });
    const rest = { start: skipSpace(text, found.end, span.end), end: span.end };
    if (rest.end > rest.start) pushParagraph(state, rest);
    return;
  }
  const prev = blocks[blocks.length - 1];
  if (prev && prev.kind === 'paragraph' && prevLine && prev.end === prevLine.end
    && continues(prevLine, line, /\n[ \t\u00a0]*\r?\n/.test(text.slice(prevLine.end, line.start)))) {
    prev.end = span.end;
    return;
  }
  pushParagraph(state, span);
}

function pushParagraph(state: State, span: Span): void {
  state.blocks.push({ kind: 'paragraph', start: span.start, end: span.end });
  state.inBody = true;
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}

/** Without a headline, the first paragraph that can be a title (not a URL or an id in the body), shortened. */
function fallbackTitle(text: string, blocks: Block[]): string {
  const first = blocks.find((b) => b.kind === 'paragraph' && !isNoTitle(text.slice(b.start, b.end)));
  if (!first) return '';
  const words = text.slice(first.start, first.end).replace(/\s+/g, ' ');
  return words.length > 80 ? `${words.slice(0, 77).trimEnd()}…` : words;
}
