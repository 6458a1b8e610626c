// Recognisers for the page furniture that scraped articles carry: none of it is news text.

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** "Nov 05, 2018 14:31 Asia/Tehran [Updated: ...]", "2018-11-05 14:31", "Posted: ...". */
const TIMESTAMP = new RegExp(
  `^(?:(?:Posted|Published|Updated|Last updated)[: ]+)?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2})[ ,T-]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AP]M)?)?(?: ?[A-Z][A-Za-z_]+/[A-Za-z_]+| ?(?:GMT|UTC|[A-Z]{2,4}T)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?(?: ?\\[Updated:[^\\]]*\\])?$`,
  'i',
);

const FURNITURE = [
  /^News (?:Code|ID)\s*:?\s*\d+$/i,
  /^(?:Tags?|Keywords?)\s*:/i,
  /^(?:Share|Print|Email|Send|Tweet|Comments?|Save|Follow us)(?:\s*[|:/•]\s*\w+)*$/i,
  /^(?:Photo|Image|Picture|Credit|Source)\s*:/i,
  /^\d+$/,
  /^(?:captcha|[•·]\s*captcha)$/i,
  /^(?:Advertisement|ADVERTISEMENT|Sponsored)$/,
];

/** A line that is page furniture on its own: timestamps, news codes, share buttons, tags. */
export function isBoilerplateLine(line: string): boolean {
  return TIMESTAMP.test(line) || FURNITURE.some((re) => re.test(line));
}

/** The start of a comment box: everything after it is reader-comment furniture. */
export function isCommentBoxStart(line: string): boolean {
  return /^(?:Your Comment|Leave a (?:comment|reply)|Post a comment|Add (?:a|your) comment|\d+ Comments?|Comments \(\d+\))\s*:?$/i.test(line)
    || /^You are replying to\s*:/i.test(line);
}

/** "Related News:", "Read More:", "See also:", "Related:" and the like. */
export function isRelatedHeading(line: string): boolean {
  return /^(?:Related(?: News| Stories| Articles| Content| Coverage)?|Read (?:More|Also)|See Also|More (?:News|Stories|on this)|Also Read|Recommended(?: Stories)?|Most (?:Read|Popular)|Trending)\s*:?$/i.test(line);
}

/** A short line without a closing full stop: a headline rather than body text. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200) return false;
  if (/[.!?]$/.test(t) && !/[A-Z]\.$/.test(t)) return false;
  // Two or more sentences is body text even if the last one lacks a stop.
  return !/[a-z]{2}[.!?]\s+[A-Z]/.test(t);
}
