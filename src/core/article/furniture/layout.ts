// Lines that are layout rather than words: separators, tables, style sheets, page numbers, news codes, tags.

import type { FurniturePattern } from './pattern';

/**
 * A table row: three or more cells parted by tabs or runs of spaces, each cell short, and a number among
 * them or tabs between them ("Candidate\tVotes\tShare", "Ohio    1,234    45%"). A paragraph typed with two
 * spaces after each full stop has long cells, so it is no table. Rows written with single spaces (wire
 * sports tables: "Japan 3 2 1 0 6 2 7") hold real names and stay text.
 */
function isTableRow(line: string): boolean {
  const cells = line.split(/\t+| {2,}/);
  if (cells.length < 3 || cells.some((c) => c.split(' ').length > 6)) return false;
  return line.includes('\t') || cells.some((c) => /^[-+$€£]?\d[\d.,:%]*$/.test(c));
}

export const LAYOUT: readonly FurniturePattern[] = [
  // ".", "*", "***", "* * *", "—", "___.", "}" (quote marks excepted: a lone ” may close a quoted paragraph)
  { name: 'separator', match: /^[^\p{L}\p{N}"“”„‘’'«»]+$/u },
  // "17" (a page number), "3-1", "9,306,000 11,346,000" (rows of figures); "60." may head a list item, so stays.
  { name: 'numbers', match: /^(?:\d+|[-+$€£]?\d[\d.,:;%/()+]*(?:[\s\-–]+[-+$€£(]?\d[\d.,:;%/()+]*)+)$/ },
  { name: 'table row', match: isTableRow },
  // ".image-wrap {", "text-align: left;", "width:100%;" (a style sheet pasted with the text)
  { name: 'style sheet', match: /^(?:[.#@]?[a-z][\w-]*(?:[\s>+~,.#:]+[\w-]+)*\s*\{|[a-z][a-z-]*\s*:\s*[^\s;:]+(?:\s[^\s;:]+){0,3}\s*;)$/ },
  { name: 'news code', match: /^News (?:Code|ID)\s*:?\s*\d+$/i },
  { name: 'tags', match: /^(?:Tags?|Keywords?)\s*:/i },
  { name: 'captcha', match: /^(?:captcha|[•·]\s*captcha)$/i },
];
