import type { Dateline, Span } from '../model';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE = "[A-Z][A-Z'’.\\-]+(?:[ \\u00a0][A-Z][A-Z'’.\\-]+){0,3}(?:,[ \\u00a0][A-Z][A-Za-z.]+(?:[ \\u00a0][A-Z][A-Za-z.]+)?)?";
const DATE = `(?:${MONTH}[ \\u00a0]\\d{1,2}(?:,?[ \\u00a0]\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[ \\u00a0]${MONTH}(?:[ \\u00a0]\\d{4})?)`;

// "TEHRAN, Jul. 19 (MNA) –", "WASHINGTON (Reuters) -", "LONDON 1996-08-30" (a line of its own in wire copy).
const WIRE = new RegExp(`^(${PLACE})(?:,?[ \\u00a0]+(${DATE}))?[ \\u00a0]*\\(([A-Za-z][A-Za-z .&-]{0,30})\\)[ \\u00a0]*[–—-]+[ \\u00a0]*`);
const PLACE_DATE_LINE = new RegExp(`^(${PLACE})[ \\u00a0]+(${DATE})$`);

/** The dateline at the start of span, if the text there is one. */
export function parseDateline(text: string, span: Span): Dateline | null {
  const line = text.slice(span.start, span.end);
  const wire = WIRE.exec(line);
  if (wire) return make(text, span.start, wire[0].replace(/[ \u00a0]+$/, '').length, wire[1], wire[2], wire[3]);
  const own = PLACE_DATE_LINE.exec(line);
  if (own) return make(text, span.start, own[0].length, own[1], own[2], undefined);
  return null;
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
