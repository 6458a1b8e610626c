// The stretches of an article compromise tags one at a time. compromise's sentence splitter re-tests the whole
// run of text since the last sentence end at each full stop it rejects, so a paragraph of "Mr. Mr. Mr. ..." or
// "A. A. A. ..." costs time quadratic in its length, and its document of one long text holds all of it in memory
// at once. Tagging whole blocks, grouped up to CHUNK characters (a long block cut), keeps both linear.
import type { Span } from '../model';
import { packSpans } from '../text/packSpans';

/** The most characters handed to compromise at once. */
const CHUNK = 3000;

/** A stretch of text to tag: where it starts, and its text with everything between its blocks blanked. */
export interface TaggingChunk {
  start: number;
  text: string;
}

/** The stretches to tag, in order: whole blocks grouped up to CHUNK characters, long blocks cut. */
export function* taggingChunks(text: string, blocks: readonly Span[]): Generator<TaggingChunk> {
  for (const group of packSpans(text, blocks, CHUNK, (_, piece) => piece)) yield { start: group[0].start, text: maskedBetween(text, group) };
}

/**
 * The text from the first span's start to the last's end, with what lies between the spans (a boilerplate
 * line skipped among paragraphs) blanked, line breaks kept: offsets within it stay the text's, shifted.
 */
function maskedBetween(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (i > 0) parts.push(text.slice(spans[i - 1].end, spans[i].start).replace(/[^\r\n]/g, ' '));
    parts.push(text.slice(spans[i].start, spans[i].end));
  }
  return parts.join('');
}
