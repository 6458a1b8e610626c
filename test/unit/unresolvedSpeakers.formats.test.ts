import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { annotateText } from '../../src/core/annotate';
import { annotationProblem } from '../../src/core/corpus/annotationCheck';
import { decodeAnnotations, encodeAnnotations, StringTable } from '../../src/core/corpus/annotationCodec';
import { exportFiles } from '../../src/core/export/exportFormats';
import type { ArticleAnnotations } from '../../src/core/model';
import { ROOT } from './seeds';

const TEXT = 'Budget talks stall\n\nThe budget will be late, officials said on Monday.\n\nThe deal is dead, he said.\n';

/** The engine's annotations of TEXT, checked to hold the two unresolved speakers the tests are about. */
function annotated(): ArticleAnnotations {
  const a = annotateText(TEXT, 'budget.txt');
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['officials', null], ['he', null]]);
  return a;
}

describe('unresolved speakers in the output formats', () => {
  it('follow the annotations schema and pass the cache check', () => {
    const a = annotated();
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    assert.ok(validate(JSON.parse(JSON.stringify(a))), JSON.stringify(validate.errors));
    assert.equal(annotationProblem(a, TEXT), undefined);
    const bad = { ...a, quotes: a.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, entity: 'person:x' } })) };
    assert.match(annotationProblem(bad, TEXT) ?? '', /entity id without a name/);
  });

  it('keep a null name through the cache codec', () => {
    const a = annotated();
    const table = new StringTable();
    const back = decodeAnnotations(encodeAnnotations(a, TEXT, table), TEXT, a.file, table.strings);
    assert.deepEqual(back, a);
  });

  it('export an empty speaker name (csv) and no note for the speaker (brat)', () => {
    const docs = [{ name: 'budget.txt', text: TEXT, annotations: annotated() }];
    const csv = exportFiles('csv', docs).find((f) => f.path.endsWith('quotes.csv'))!.content;
    for (const line of csv.trim().split('\n').slice(1)) assert.match(line, /^budget\.txt,indirect,,,said,/);
    const ann = exportFiles('brat', docs).find((f) => f.path.endsWith('.ann'))!.content;
    assert.equal((ann.match(/^R\d+\tSpeaker /gm) ?? []).length, 2);
    assert.doesNotMatch(ann, /\tnull\b|undefined/);
  });
});
