// What a furniture pattern is: named data that the driver in ./index.ts runs over each line.

/** Where in the article a line is, for patterns that only hold in one place. */
export interface LinePlace {
  /** A headline has been found and no paragraph yet: the byline's slot ("Jane Doe, Reuters"). */
  underHeadline: boolean;
}

/** One shape of page furniture: a caption, a byline, a share button, a table row... */
export interface FurniturePattern {
  /** What such a line is, e.g. 'photo credit' (shown by tests and when debugging a layout). */
  name: string;
  /** Only between the headline and the first paragraph, where a headline-like line is a byline. */
  underHeadlineOnly?: boolean;
  /** A regular expression the whole trimmed line must match, or a test of the line. */
  match: RegExp | ((line: string) => boolean);
}

/** Whether the pattern holds for this line at this place. */
export function holds(p: FurniturePattern, line: string, place: LinePlace): boolean {
  if (p.underHeadlineOnly && !place.underHeadline) return false;
  return typeof p.match === 'function' ? p.match(line) : p.match.test(line);
}
