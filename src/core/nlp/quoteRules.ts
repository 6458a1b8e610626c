// The names of the ways news attributes speech, one per attribution rule of the quote engine. Every quote the
// engine outputs carries the name of the rule that found it (`rule` in the JSON output); the editor's hover
// shows it in words ("found by: according to"). A new rule gets its name and words here first.

/** Rule name → what it reads, in words (for the hover and docs/output-format.md). */
export const QUOTE_RULES = {
  // Direct quotes, in the order the engine tries them.
  'headline-source': 'a headline source before a colon',
  'speaker-label': 'a speaker label opening the quote',
  'dash-byline': 'a dash and a name closing the quote',
  'trailing-cue': 'a cue right after the quote',
  'leading-cue': 'a cue before the quote',
  'colon-intro': 'a cue and a colon ending the paragraph before',
  'name-colon': 'a name before a colon',
  'in-sentence': 'a cue of the quote’s sentence',
  'sentence-subject': 'the subject of the quote’s sentence',
  'previous-sentence': 'reported speech in the sentence before',
  'continues-speaker': 'the speaker of the quote before',
  'shared-speaker': 'the speaker of the quote it is joined to',
  unattributed: 'no attribution in the text',
  // Reported speech.
  'according-to': 'according to',
  'asked-question': 'a question put to the speaker',
  'reported-clause': 'a verb of saying and the clause it reports',
  'stance-object': 'a verb of stance and its object',
  'passive-agent': 'a passive verb of saying and its agent',
  'passive-unattributed': 'a passive verb of saying with no agent',
  'final-attribution': 'an attribution closing the sentence',
  hedge: 'a forecast nobody is said to hold',
  'noun-cue': 'a noun of speech and its owner',
  'headline-colon': 'a headline source before a colon',
  learned: 'the reported-speech model, learned from annotated news',
} as const;

export type QuoteRule = keyof typeof QUOTE_RULES;

export const QUOTE_RULE_NAMES = Object.keys(QUOTE_RULES) as QuoteRule[];

/** The rule's name in words, or the name itself for a rule this engine does not know (an older cache). */
export function describeRule(rule: string): string {
  return Object.hasOwn(QUOTE_RULES, rule) ? QUOTE_RULES[rule as QuoteRule] : rule;
}
