import { strict as assert } from 'node:assert';
import { emptyEntityCounts, entityReport, scoreEntities, SCORED_TYPES, type EntityErrors, type GoldEntity } from '../../src/core/eval/entityScore';
import type { EntityType, Mention } from '../../src/core/model';

const TEXT = 'Theresa May said Brexit would happen in London on Christmas Eve.';

function span(surface: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(surface);
  return { start, end: start + surface.length, text: surface };
}

function predicted(type: EntityType, surface: string): Mention {
  return { ...span(surface), type, entity: `${type}:x`, name: surface };
}

function gold(type: GoldEntity['type'], surface: string): GoldEntity {
  return { ...span(surface), type };
}

describe('entity scoring', () => {
  it('scores person, organisation and place only: misc predictions and MISC gold are neither hits nor errors', () => {
    const counts = emptyEntityCounts();
    const errors: EntityErrors = { missed: [], spurious: [] };
    scoreEntities(TEXT, [predicted('person', 'Theresa May'), predicted('misc', 'Brexit'), predicted('misc', 'Christmas')],
      [gold('PERSON', 'Theresa May'), gold('LOC', 'London'), gold('MISC', 'Brexit'), gold('MISC', 'Christmas Eve')], counts, errors);
    assert.deepEqual(Object.keys(counts).sort(), [...SCORED_TYPES].sort());
    assert.deepEqual(errors.spurious, []);
    assert.deepEqual(errors.missed.map((e) => [e.type, e.text]), [['place', 'London']]);
    const report = entityReport(counts);
    assert.deepEqual(Object.keys(report.exact).sort(), ['all', ...SCORED_TYPES].sort());
    assert.deepEqual([report.exact.all.predicted, report.exact.all.gold, report.exact.all.precision], [1, 2, 1]);
  });
});
