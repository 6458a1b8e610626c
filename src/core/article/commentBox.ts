// Where a page's comment box begins. A "Your Comment" or "Leave a reply" line is the heading of a form; it
// opens the box (everything after it is reader-comment furniture) only where the layout says so: at the end
// of the article, followed by furniture (form labels, names, dates, links, "Reply"), with no run of prose
// after it. Anywhere else it is one line of furniture, and the paragraphs after it stay the article's.

import { isCommentBoxStart, isRelatedHeading } from './boilerplate';
import { furnitureOf } from './furniture';

/**
 * Prose lines in a row that say the article goes on after the marker: reader comments are broken up by
 * their names, dates and buttons, an article's paragraphs follow one another.
 */
const PROSE_RUN = 3;

/** A form label with at most a short value: "Name:", "Email *", "You are replying to: .". */
const FORM_LABEL = /^[^.!?:]{1,40}(?::\s*\S{0,20}|\s\*)$/;
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/** A line a comment box is made of: a form label, a link, a short line without a sentence end (a name, a date, "Reply"), other furniture. */
function isBoxLine(line: string): boolean {
  if (FORM_LABEL.test(line) || LINK.test(line) || isCommentBoxStart(line) || isRelatedHeading(line)) return true;
  if (line.split(/\s+/).length <= 8 && !/[.!?]["”’]?$/.test(line)) return true;
  return furnitureOf(line, { underHeadline: false }) !== null;
}

/**
 * Reads the layout of an article's trimmed lines once (when its first marker is met) and answers, for a
 * comment-box marker at line i, whether the box opens there and runs to the end of the article.
 */
export function commentBoxOpener(lines: readonly string[]): (i: number) => boolean {
  const n = lines.length;
  const prose = lines.map((l) => !isBoxLine(l));
  // proseBefore[i]: characters of prose in lines 0..i-1; runAhead[i]: a run of PROSE_RUN prose lines starts at i or later.
  const proseBefore = [0];
  for (let i = 0; i < n; i++) proseBefore.push(proseBefore[i] + (prose[i] ? lines[i].length : 0));
  const runAhead: boolean[] = new Array<boolean>(n + 1).fill(false);
  for (let i = n - 1, run = 0; i >= 0; i--) {
    run = prose[i] ? run + 1 : 0;
    runAhead[i] = runAhead[i + 1] || run >= PROSE_RUN;
  }
  return (i) => {
    if (i + 1 < n && prose[i + 1]) return false;
    // Near the end: less prose after the marker than before it.
    const after = proseBefore[n] - proseBefore[i + 1];
    return after <= proseBefore[i] && !runAhead[i + 1];
  };
}
