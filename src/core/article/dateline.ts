import type { Dateline, Span } from '../model';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE = "[A-Z][A-Z'’.\\-]+(?:[ \\u00a0][A-Z][A-Z'’.\\-]+){0,3}(?:,[ \\u00a0][A-Z][A-Za-z.]+(?:[ \\u00a0][A-Z][A-Za-z.]+)?)?";
// "Washington", "New York": a place in title case, taken only before an agency in brackets and a dash.
const TITLE_PLACE = '[A-Z][a-z]+(?:[ \\u00a0][A-Z][a-z]+){0,2}';
const DATE = `(?:${MONTH}[ \\u00a0]\\d{1,2}(?:,?[ \\u00a0]\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[ \\u00a0]${MONTH}(?:[ \\u00a0]\\d{4})?)`;
// A dash after the place: "–", "—", "―" or a spaced "-" / "--" ("WASHINGTON-based" is no dateline).
const DASH = '(?:[ \\u00a0]*[–—―]+|[ \\u00a0]+-{1,2})[ \\u00a0]*';
// After the agency's bracket any dash will do: "(MNA)-", "(Reuters) -".
const AFTER_AGENCY = '[ \\u00a0]*[–—―-]+[ \\u00a0]*';

// "TEHRAN, Jul. 19 (MNA) –", "WASHINGTON (Reuters) -", "LONDON, Jan 3 (Reuters) -", "Washington (AFP) –".
const WIRE = new RegExp(`^(${PLACE})(?:,?[ \\u00a0]+(${DATE}))?[ \\u00a0]*\\(([A-Za-z][A-Za-z .&-]{0,30})\\)${AFTER_AGENCY}`);
const TITLE_WIRE = new RegExp(`^(${TITLE_PLACE})(?:,?[ \\u00a0]+(${DATE}))?[ \\u00a0]*\\(([A-Za-z][A-Za-z &]{0,30})\\)${AFTER_AGENCY}`);
// "OTTAWA —", "STATE COLLEGE, Pa. -", "WASHINGTON ―", "LONDON, Jan 3 --" (a paper's dateline, no agency).
const DASHED = new RegExp(`^(${PLACE})(?:,?[ \\u00a0]+(${DATE}))?${DASH}(?=\\S)`);
// "LONDON 1996-08-30" (a line of its own in wire copy).
const PLACE_DATE_LINE = new RegExp(`^(${PLACE})[ \\u00a0]+(${DATE})$`);
// Labels in capitals that open a story the way a place does: "EXCLUSIVE —", "BREAKING -", "UPDATE —".
const LABEL = /^(?:EXCLUSIVE|BREAKING(?: NEWS)?|UPDATED?|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|VIDEO|PHOTOS?|CORRECTION|NOTE|ALERT|REVIEW|FACT CHECK)$/;

/**
 * The dateline at the start of span, if the text there is one. A dateline without an agency ("OTTAWA —") is
 * taken only under a headline: on an article's first line "PRESS DIGEST - Indonesian newspapers" is its title.
 */
export function parseDateline(text: string, span: Span, underHeadline = true): Dateline | null {
  const line = text.slice(span.start, span.end);
  const wire = WIRE.exec(line) ?? TITLE_WIRE.exec(line);
  if (wire) return make(text, span.start, wire[0].replace(/[ \u00a0]+$/, '').length, wire[1], wire[2], wire[3]);
  const dashed = underHeadline ? DASHED.exec(line) : null;
  if (dashed && isPlaceName(dashed[1])) return make(text, span.start, dashed[0].replace(/[ \u00a0]+$/, '').length, dashed[1], dashed[2], undefined);
  const own = PLACE_DATE_LINE.exec(line);
  if (own) return make(text, span.start, own[0].length, own[1], own[2], undefined);
  return null;
}

/** "ROME", "DES MOINES", "STATE COLLEGE, Pa.": three letters or more, and not a label such as "EXCLUSIVE". */
function isPlaceName(place: string): boolean {
  const name = place.split(',')[0].trim();
  return name.replace(/[^A-Z]/g, '').length >= 3 && !LABEL.test(name);
}

function make(text: string, start: number, length: number, place?: string, date?: string, agency?: string): Dateline {
  return {
    start,
    end: start + length,
    text: text.slice(start, start + length),
    place: place ? place.replace(/,$/, '') : null,
    date: date ?? null,
    agency: agency ?? null,
  };
}
