// The stretches of an article compromise tags one at a time. compromise's sentence splitter re-tests the whole
// run of text since the last sentence end at each full stop it rejects, so a paragraph of "Mr. Mr. Mr. ..." or
// "A. A. A. ..." costs time quadratic in its length, and its document of one long text holds all of it in memory
// at once. Tagging whole blocks, grouped up to CHUNK characters (a long block cut), keeps both linear.
import type { Span } from '../model';
import { packSpans } from '../text/packSpans';

/** The most characters handed to compromise at once. */
export const CHUNK = 3000;

/** Spans of text to tag, in order: whole blocks grouped up to CHUNK characters, long blocks cut. */
export function taggingChunks(text: string, blocks: readonly Span[]): Span[] {
  return packSpans(text, blocks, CHUNK, (_, piece) => piece).map((g) => ({ start: g[0].start, end: g[g.length - 1].end }));
}
