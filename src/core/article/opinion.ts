// Whether the page labels the article as opinion writing (a column, an editorial, an op-ed): there the first
// person outside quote marks is the writer's own voice.

import { topLines } from './topLines';

// Section labels printed above an opinion piece or opening its headline ("Opinion: ...", "COMMENTARY").
const LABEL = /^(?:opinion|commentary|column|editorial|op-?ed|perspective|viewpoint|guest column|guest essay)(?:\s*$|\s*[:|–—-]\s)/i;
// ... or closing the headline ("Why we vote | Opinion").
const TRAILING_LABEL = /\s[|:–—-]\s*(?:opinion|commentary|column|editorial|op-?ed)\s*$/i;

// Labels stand with the headline at the top of the page.
const TOP_LINES = 6;

/** Whether one of the article's first lines labels it as opinion writing. */
export function hasOpinionLabel(text: string): boolean {
  for (const line of topLines(text, TOP_LINES)) if (LABEL.test(line) || TRAILING_LABEL.test(line)) return true;
  return false;
}
