// Spacing and case of a stretch of text, shared by the entity rules (nlp), within-article linking
// (articleLinks) and the comparison keys of names (nameKeys.ts).

/** Normalised spacing of a stretch of text: NBSPs and runs of white space become one space. */
export function spaced(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "LONDON" -> "London", "NEW YORK" -> "New York"; leaves mixed-case text alone. */
export function titleCase(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
