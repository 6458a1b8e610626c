import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';
import { documentContext } from '../../src/core/nlp/tagger/documentContext';
import { FAMILIES, sentenceFeatures } from '../../src/core/nlp/tagger/features';
import { EMPTY_LEXICON } from '../../src/core/nlp/tagger/lexicon';
import { wordShape } from '../../src/core/nlp/tagger/shape';
import { taggerViews } from '../../src/core/nlp/tagger/taggerViews';

const ALL = Object.keys(FAMILIES);

/** Feature hashes of every sentence of a text, every family on, with rule spans on random stretches. */
function featuresOf(text: string, firstPass = false): number {
  const structure = parseArticle(text);
  const analysis = analyse(text, structure);
  const rules = text.length > 4 ? [{ start: 1, end: Math.min(text.length, 9), type: 'person' }] : [];
  let sentences = taggerViews(text, analysis, rules);
  if (firstPass) sentences = sentences.map((s) => ({ ...s, firstPass: s.words.map((_, i) => (i % 3 ? '' : 'U-place')) }));
  const doc = documentContext(sentences);
  let n = 0;
  for (const s of sentences) {
    const seq = sentenceFeatures(s, doc, EMPTY_LEXICON, ALL);
    assert.equal(seq.offsets.length, s.words.length + 1);
    for (const f of seq.feats) assert.ok(Number.isInteger(f) && f >= 0 && f < 2 ** 32);
    n += seq.feats.length;
  }
  return n;
}

describe('tagger features', function () {
  this.timeout(60000);

  it('never throw on any string, and are 32-bit hashes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.boolean(), (s, pass) => {
      featuresOf(s, pass);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      featuresOf(s);
    }), { numRuns: 300 });
  });

  it('are the same for the same text (no hidden state between articles)', () => {
    const text = 'WASHINGTON (Reuters) - Senator Jane Roe said on Monday the Federal Reserve would act.\nRoe said so.';
    const once = featuresOf(text);
    featuresOf('Something else entirely, about Paris and Berlin.');
    assert.equal(featuresOf(text), once);
  });

  it('shapes collapse runs of one class', () => {
    assert.equal(wordShape('Clinton'), 'Xx');
    assert.equal(wordShape('U.S.'), 'X.X.');
    assert.equal(wordShape('1996-08-22'), 'd-d-d');
    assert.equal(wordShape('McDonald'), 'XxXx');
  });
});
