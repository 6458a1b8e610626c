// Recognisers for the page's larger furniture (comment boxes, related-story lists) and the headline's shape;
// single furniture lines (captions, bylines, share buttons, tables) are named in ./furniture.

/** The heading of a comment box; whether the box opens there is the layout's to say (./commentBox.ts). */
export function isCommentBoxStart(line: string): boolean {
  return /^(?:Your Comment|Leave a (?:comment|reply)|Post a comment|Add (?:a|your) comment|\d+ Comments?|Comments \(\d+\))\s*:?$/i.test(line)
    || /^You are replying to\s*:/i.test(line);
}

/** "Related News:", "Read More:", "See also:", "Related:" and the like. */
export function isRelatedHeading(line: string): boolean {
  return /^(?:Related(?: News| Stories| Articles| Content| Coverage)?|Read (?:More|Also)|See Also|More (?:News|Stories|on this)|Also Read|Recommended(?: Stories)?|Most (?:Read|Popular)|Trending)\s*:?$/i.test(line);
}

/**
 * A headline in a related-stories list. A line that ends a sentence inside a closing quote or with a colon
 * ('He said: "We will stay."') is a paragraph of the article and ends the list.
 */
export function isRelatedItem(line: string): boolean {
  return looksLikeHeadline(line) && !/(?:[.!?]["”’)]|[:;,])$/.test(line.trim());
}

/** A short line without a closing full stop: a headline rather than body text. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200) return false;
  if (/[.!?]$/.test(t) && !/[A-Z]\.$/.test(t)) return false;
  // Two or more sentences is body text even if the last one lacks a stop.
  return !/[a-z]{2}[.!?]\s+[A-Z]/.test(t);
}
