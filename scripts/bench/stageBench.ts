// Where the engine's time goes, on one thread:
//   node stageBench.js CORPUS.json
// prints one JSON line: seconds per stage and shares of the engine's time. Each article is annotated once
// through the engine's own stages (structure, compromise, entities, quotes), then analysed afresh and only
// the entity rules and the learned tagger (features, both passes, Viterbi) are timed: no cached word or
// feature data is shared between the two measurements.
import { readFileSync } from 'node:fs';
import { officePhrases } from '../../src/core/corpus/offices';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';
import { findEntities, taggerParts } from '../../src/core/nlp/entities';
import { findQuotes } from '../../src/core/nlp/quotes';
import { ruleEntities } from '../../src/core/nlp/ruleEntities';
import { nerModel } from '../../src/core/nlp/tagger/nerModel';
import { tagSentences } from '../../src/core/nlp/tagger/tagSentences';
import { taggerViews } from '../../src/core/nlp/tagger/taggerViews';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parts = taggerParts(nerModel());
const stages = { structure: 0, compromise: 0, entities: 0, quotes: 0, rules: 0, tagger: 0, offices: 0 };

function time<T>(stage: keyof typeof stages, fn: () => T): T {
  const t = process.hrtime.bigint();
  const out = fn();
  stages[stage] += Number(process.hrtime.bigint() - t) / 1e9;
  return out;
}

function run(text: string): void {
  const structure = time('structure', () => parseArticle(text));
  const analysis = time('compromise', () => analyse(text, structure));
  const entities = time('entities', () => findEntities(text, structure, analysis));
  time('quotes', () => findQuotes(text, structure, analysis, entities));
  const fresh = analyse(text, structure);
  const rules = time('rules', () => ruleEntities(text, structure, fresh));
  time('tagger', () => tagSentences(taggerViews(text, fresh, rules), parts));
  // The corpus index scans every upserted text for office phrases ("the Russian president"): not engine time.
  time('offices', () => officePhrases(text));
}

for (const t of texts.slice(0, 20)) run(t);
for (const k of Object.keys(stages) as (keyof typeof stages)[]) stages[k] = 0;
for (const t of texts) run(t);
const engine = stages.structure + stages.compromise + stages.entities + stages.quotes;
process.stdout.write(`${JSON.stringify({ ...stages, engine, taggerShare: stages.tagger / engine, rulesShare: stages.rules / engine, compromiseShare: stages.compromise / engine, quotesShare: stages.quotes / engine, officesShare: stages.offices / engine })}\n`);
