// Where the engine's time goes, stage by stage, on one thread:
//   node stageBench.js CORPUS.json
// prints one JSON line: { seconds per stage, taggerShare } where the tagger is the learned model's own work
// (features, both passes, decoding) and the rules are the hand-written entity rules it reads as evidence.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';
import { findQuotes } from '../../src/core/nlp/quotes';
import { ruleEntities } from '../../src/core/nlp/ruleEntities';
import { findEntities, taggerParts } from '../../src/core/nlp/entities';
import { nerModel } from '../../src/core/nlp/tagger/nerModel';
import { tagSentences } from '../../src/core/nlp/tagger/tagSentences';
import { taggerSentences } from '../../src/core/nlp/tagger/taggerSentences';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parts = taggerParts(nerModel());
const stages = { structure: 0, compromise: 0, rules: 0, tagger: 0, entitiesTotal: 0, quotes: 0 };

function time<T>(stage: keyof typeof stages, fn: () => T): T {
  const t = process.hrtime.bigint();
  const out = fn();
  stages[stage] += Number(process.hrtime.bigint() - t) / 1e9;
  return out;
}

function run(text: string): void {
  const structure = time('structure', () => parseArticle(text));
  const analysis = time('compromise', () => analyse(text, structure));
  const rules = time('rules', () => ruleEntities(text, structure, analysis));
  time('tagger', () => tagSentences(taggerSentences(text, analysis, rules), parts));
  const entities = time('entitiesTotal', () => findEntities(text, structure, analysis));
  time('quotes', () => findQuotes(text, structure, analysis, entities));
}

for (const t of texts.slice(0, 20)) run(t);
for (const k of Object.keys(stages) as (keyof typeof stages)[]) stages[k] = 0;
for (const t of texts) run(t);
// findEntities runs the rules and the tagger again: the engine's own time counts it once.
const engine = stages.structure + stages.compromise + stages.entitiesTotal + stages.quotes;
process.stdout.write(`${JSON.stringify({ ...stages, engine, taggerShare: stages.tagger / engine, rulesShare: stages.rules / engine, compromiseShare: stages.compromise / engine })}\n`);
