// Pathological inputs built from news tokens repeated, shared by the hostile-input tests and `npm run bench`.
// Each is a shape that once made a pass super-linear or is one a rule might rescan: a run of abbreviations
// with no sentence end, a name repeated with a possessive, a dateline repeated, unbalanced quote marks.

/** One repeated unit per shape. */
export const HOSTILE_UNITS: Readonly<Record<string, string>> = {
  possessive: 'Russia’s ',
  title: 'Mr. ',
  initial: 'A. ',
  dateline: 'TEHRAN, Jul. 19 ',
  openQuote: '“',
  straightQuote: '"He said ',
  cue: 'he said ',
  according: 'according to ',
  capitals: 'WASHINGTON ',
  lines: 'Ali\n',
  comma: 'Smith, ',
  brackets: '(Reuters) ',
  dash: '— ',
  colon: 'Trump: ',
  ellipsis: '... ',
};

/** The unit repeated to about `chars` characters. */
export function hostileText(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);
}
