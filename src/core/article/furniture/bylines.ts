// Who wrote, reported and edited the article, and when it was posted: bylines, the wire's "Reporting by ...;
// Editing by ..." line, "X contributed reporting", update and copyright notes.

import { isAffiliation, isPeopleList } from './names';
import type { FurniturePattern } from './pattern';

/** "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Reuters", "Author Cecil Foster", "BYLINE: Jane Doe." */
function isByline(line: string): boolean {
  return bylineNames(line) !== null;
}

/** The names a byline line gives ("By Jane Doe, Reuters" -> "Jane Doe"), or null for a line that is no byline. */
export function bylineNames(line: string): string | null {
  const m = /^(?:By|BY|Byline|BYLINE|Author|AUTHOR|Written by|Words by|Story by)\s*:?\s+(.+?)\.?$/.exec(line);
  if (!m) return null;
  return isPeopleList(m[1]) ? m[1] : namesBeforeOutlet(m[1]);
}

/**
 * "Jane Doe, Reuters", "Jane Doe | The Canadian Press": names, then whom they write for. A name alone on its
 * line ("Larry Fine" under a wire headline) is a byline too, but also a list item or a caption's subject, and
 * the outlet is what tells: without it the line stays text.
 */
function isNameAndOutlet(text: string): boolean {
  return namesBeforeOutlet(text) !== null;
}

/** The names of "Jane Doe, Reuters" or "Jane Doe, Columnist" ("Jane Doe"), or null when the line is not so. */
function namesBeforeOutlet(text: string): string | null {
  const m = /^(.+?)\s*(?:\||·|•|,|\s[-–—]\s)\s*([^|·•,]+)$/.exec(text);
  return m !== null && isPeopleList(m[1]) && isAffiliation(m[2]) ? m[1] : null;
}

/** Lower-case words of a wire credit line: "(Reporting by X in Boston; Additional reporting by Y; Editing by Z)". */
const CREDIT_LINE_WORD = /^(?:by|and|in|from|at|with|of|the|for|additional|further|reporting|writing|editing|edited|compiled|produced|research|graphics|translation|translated|photography|video|fact-checking)$/;

/** "Reporting by ...; Editing by ...", "--additional reporting by Jane Doe.", "Compiled by ..." */
function isEditingLine(line: string): boolean {
  const m = /^[(\-–—\s]*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|compiled|produced|research|graphics|translated)(?:\s+and\s+\w+)?\s+by\s+/i.exec(line);
  if (!m) return false;
  // A sentence ("Reporting by the Post has shown ...") has lower-case words of its own.
  return line.slice(m[0].length).split(/[\s;,.()]+/).every((w) => !/^\p{Ll}/u.test(w) || CREDIT_LINE_WORD.test(w));
}

/** One sentence naming a contributor: "Associated Press writer Jane Doe contributed from Albuquerque." */
const CONTRIBUTOR_SENTENCE = new RegExp(
  '^(?:(?:\\p{Lu}[\\p{L}.\'’-]*,?|and|of|the|staff|writers?|reporters?|correspondents?|editors?)\\s+){1,12}(?:also\\s+)?'
  + '(contributed(?:\\s+reporting)?(?:\\s+to\\s+(?:this|the)\\s+(?:report|story|article))?|reported)'
  + '(?:\\s+(?:from|in)\\s+\\p{Lu}[^!?]*)?\\.?$',
  'u',
);

/** "Jane Doe contributed reporting." or "Doe reported from Los Angeles. John Roe contributed from Albuquerque." */
function isContributorLine(line: string): boolean {
  const sentences = line.split(/(?<=[a-z]{2}[.!?])\s+(?=\p{Lu})/u);
  const matches = sentences.map((s) => CONTRIBUTOR_SENTENCE.exec(s));
  return matches.every((m) => m !== null && (m[1] !== 'reported' || /\sfrom\s/.test(m[0])))
    && matches.some((m) => m?.[1].startsWith('contributed'));
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';

/** "Nov 05, 2018 14:31 Asia/Tehran [Updated: ...]", "2018-11-05 14:31", "Posted: Jan 3, 2019". */
const TIMESTAMP = new RegExp(
  `^(?:(?:Posted|Published|Updated|Last updated)[: ]+)?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2})[ ,T-]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AP]M)?)?(?: ?[A-Z][A-Za-z_]+/[A-Za-z_]+| ?(?:GMT|UTC|[A-Z]{2,4}T)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?(?: ?\\[Updated:[^\\]]*\\])?$`,
  'i',
);

export const BYLINES: readonly FurniturePattern[] = [
  // "By Jane Doe", "By JANE DOE and JOHN ROE", "Author Cecil Foster"; never "By 2020, the plan ..."
  { name: 'byline', match: isByline },
  // "Jane Doe, Reuters", "Jane Doe | The Canadian Press": under the headline only, where no title-case
  // headline ("Ted Cruz, Marco Rubio Clash") can be read this way.
  { name: 'name and outlet', underHeadlineOnly: true, match: (line) => isNameAndOutlet(line.replace(/\.$/, '')) },
  { name: 'editing line', match: isEditingLine },
  { name: 'contributor line', match: isContributorLine },
  // "Contributing: Jane Doe, John Roe" (a paper's end note)
  { name: 'contributing label', match: /^Contributing(?:\s+(?:writers?|reporters?|editors?))?\s*:/i },
  { name: 'timestamp', match: TIMESTAMP },
  // "Updated 5:32 PM ET", "Posted 3 hours ago", "Published: Monday, Jan. 3 | Updated: ...": a stamp, short, its
  // time right after the label ("Updated figures show 3 million ..." is a sentence).
  { name: 'posted or updated', match: new RegExp(`^(?:Posted|Published|Updated|Last updated|First published|Modified)(?:\\s*:\\s*|\\s+(?:on|at)\\s+|\\s+)(?:\\d|${MONTH}|${WEEKDAY}|today|yesterday|just now)(?=.{0,90}$)`, 'i') },
  // "9:05 p.m.", "11 a.m. ET": the time stamps of a live blog.
  { name: 'clock time', match: /^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)(?:\s+[A-Z]{2,4})?\.?$/ },
  // "This article has been updated to include ...", "This is a developing story and will be updated."
  { name: 'update note', match: /^(?:This|The)\s+(?:article|story|post|piece|report|item)\b[^"“”]{0,160}\b(?:has been|was|will be|had been)\s+(?:updated|corrected|amended)\b/i },
  { name: 'developing note', match: /^(?:This is a (?:developing|breaking)(?: news)? story|This story is developing)\b/i },
  // "Copyright 2016 The Associated Press. All rights reserved.", "© 2019 Reuters"
  { name: 'copyright', match: /^(?=[^"“”]{0,200}$)(?:(?:Copyright|COPYRIGHT|\(c\))\s*©?\s*\d{4}|©|.*\bAll rights reserved\b|.*\bmay not be (?:published|reproduced|redistributed)\b)/u },
];
