// One row per attribution rule: a sentence as news writes it, and the quote the engine must find in it
// (its text, cue, speaker as written, and the name of the rule that found it). A new rule is one row here
// plus its entry in src/core/nlp/quoteRules.ts.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { QUOTE_RULE_NAMES, QUOTE_RULES, describeRule, type QuoteRule } from '../../src/core/nlp/quoteRules';
import { ROOT, seed } from './seeds';

interface Row {
  rule: QuoteRule;
  /** The article's body (a headline line is added before it unless `headline` is set). */
  body: string;
  text: string;
  cue: string | null;
  speaker: string | null;
  headline?: boolean;
}

const ROWS: Row[] = [
  { rule: 'headline-source', body: 'Iran: US presence in Syria "illegal"\n\nTEHRAN -- Officials met on Monday.', headline: true, text: '"illegal"', cue: ':', speaker: 'Iran' },
  { rule: 'headline-colon', body: 'Iran says US presence in Syria illegitimate\n\nTEHRAN -- Officials met on Monday.', headline: true, text: 'US presence in Syria illegitimate', cue: 'says', speaker: 'Iran' },
  { rule: 'speaker-label', body: '"WALLACE: Do you accept the result of the election tonight?"', text: '"WALLACE: Do you accept the result of the election tonight?"', cue: ':', speaker: 'WALLACE' },
  { rule: 'dash-byline', body: '"We will win this race and we will win it big." ― Carla Sanchez', text: '"We will win this race and we will win it big."', cue: '―', speaker: 'Carla Sanchez' },
  { rule: 'trailing-cue', body: '“We will not accept any new conditions,” the foreign minister said on Monday.', text: '“We will not accept any new conditions,”', cue: 'said', speaker: 'the foreign minister' },
  { rule: 'leading-cue', body: 'The Iranian Embassy said: “We will not accept any new conditions.”', text: '“We will not accept any new conditions.”', cue: 'said', speaker: 'The Iranian Embassy' },
  { rule: 'name-colon', body: 'More from Jones: "The numbers do not add up for the campaign."', text: '"The numbers do not add up for the campaign."', cue: ':', speaker: 'Jones' },
  { rule: 'in-sentence', body: 'The senator described the bill as “a historic step for the state” in a speech.', text: '“a historic step for the state”', cue: 'described', speaker: 'The senator' },
  { rule: 'previous-sentence', body: 'Senator John Smith said he would vote against the bill. “It is a bad bill for the state.”', text: '“It is a bad bill for the state.”', cue: 'said', speaker: 'Senator John Smith' },
  { rule: 'continues-speaker', body: 'The minister said: “We will rebuild the bridge.”\n\n“It will take two years.”', text: '“It will take two years.”', cue: 'said', speaker: 'The minister' },
  { rule: 'unattributed', body: 'Protesters marched through the city center on Sunday. “No more war,” read one sign.', text: '“No more war,”', cue: null, speaker: null },
  { rule: 'according-to', body: 'According to the police, the suspect fled the scene in a blue car.', text: 'the suspect fled the scene in a blue car', cue: 'According to', speaker: 'the police' },
  { rule: 'asked-question', body: 'Asked whether he would run again next year, the mayor smiled.', text: 'whether he would run again next year', cue: 'Asked', speaker: null },
  { rule: 'reported-clause', body: 'Finance Minister Ali Reza told reporters that the budget would be balanced by next year.', text: 'the budget would be balanced by next year', cue: 'told', speaker: 'Finance Minister Ali Reza' },
  { rule: 'stance-object', body: 'Senator John Smith criticized the new trade agreement with Canada.', text: 'the new trade agreement with Canada', cue: 'criticized', speaker: 'Senator John Smith' },
  { rule: 'passive-agent', body: 'The governor was criticized by some of his rivals for cutting school funding.', text: 'cutting school funding', cue: 'criticized', speaker: 'some of his rivals' },
  { rule: 'passive-unattributed', body: 'The governor was told that the budget would not be balanced.', text: 'the budget would not be balanced', cue: 'told', speaker: null },
  { rule: 'final-attribution', body: 'The budget will be balanced by next year, the finance minister said.', text: 'The budget will be balanced by next year', cue: 'said', speaker: 'the finance minister' },
  { rule: 'hedge', body: 'The House is expected to pass the spending bill before the recess in August.', text: 'The House is expected to pass the spending bill before the recess in August', cue: 'is expected', speaker: null },
];

describe('attribution rules, one row each', function () {
  this.timeout(60000);

  for (const row of ROWS) {
    it(`${row.rule}: ${row.body.split('\n')[0].slice(0, 60)}`, () => {
      const text = row.headline ? `${row.body}\n` : `Test article headline here\n\n${row.body}\n`;
      const quotes = annotateText(text).quotes;
      const q = quotes.find((x) => x.rule === row.rule);
      assert.ok(q, `no quote found by ${row.rule}; found: ${quotes.map((x) => `${x.rule} ${x.text}`).join(' | ')}`);
      assert.deepEqual({ text: q.text, cue: q.cue?.text ?? null, speaker: q.speaker?.text ?? null }, { text: row.text, cue: row.cue, speaker: row.speaker });
    });
  }

  it('names every rule once, in words, and the output schema lists exactly these names', () => {
    assert.equal(new Set(QUOTE_RULE_NAMES).size, QUOTE_RULE_NAMES.length);
    for (const name of QUOTE_RULE_NAMES) assert.ok(describeRule(name).length > 3 && describeRule(name) === QUOTE_RULES[name]);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));
    assert.deepEqual(schema.$defs.quote.properties.rule.enum, QUOTE_RULE_NAMES);
    assert.ok(schema.$defs.quote.required.includes('rule'));
  });

  it('every quote of the seed articles carries a known rule', () => {
    for (const name of ['000', '004'] as const) {
      const quotes = annotateText(seed(name).text).quotes;
      assert.ok(quotes.length > 5);
      for (const q of quotes) assert.ok((QUOTE_RULE_NAMES as string[]).includes(q.rule), q.rule);
    }
  });
});
