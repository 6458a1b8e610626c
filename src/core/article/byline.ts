// Who wrote the article: the names of a byline ("By Jane Doe") standing with the headline, above the story.

import { bylineNames } from './furniture/bylines';
import { topLines } from './topLines';

// A byline sits with the headline, label and date at the top: a "By ..." line further down is something else.
const TOP_LINES = 6;

/** The names of the article's byline among its first lines ("Jane Doe", "Jane Doe and John Roe"), or null. */
export function bylineAuthor(text: string): string | null {
  for (const line of topLines(text, TOP_LINES)) {
    const names = bylineNames(line);
    if (names) return names.replace(/\s+/g, ' ');
  }
  return null;
}
