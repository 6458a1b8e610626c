// Hostile inputs: news tokens repeated into shapes that once made a pass super-linear (a run of "Mr. " with no
// sentence end took 28 s for 64 KB), and articles longer than one window. The time per KB of each shape against
// ordinary prose is measured by `npm run bench`; here each must finish within a generous bound and report
// exact spans.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { annotateText } from '../../src/core/annotate';
import { WINDOW } from '../../src/core/articleWindows';
import { packSpans } from '../../src/core/text/packSpans';
import { HOSTILE_UNITS, hostileText } from './hostileShapes';
import { assertSpansExact } from './spansExact';

describe('hostile inputs', function () {
  this.timeout(60000);

  for (const [name, unit] of Object.entries(HOSTILE_UNITS)) {
    it(`reads 24 KB of ${JSON.stringify(unit)} repeated (${name}) with exact spans`, () => {
      const text = hostileText(unit, 24 * 1024);
      assertSpansExact(text, annotateText(text));
    });
  }

  it('reads generated repetitions of news tokens with exact spans', () => {
    const token = fc.constantFrom(...Object.values(HOSTILE_UNITS), 'said ', '” ', 'Obama ', 'the ', '\n\n', ', ', '. ');
    const shape = fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer({ min: 200, max: 1500 }))
      .map(([units, times]) => units.join('').repeat(times).slice(0, 6000));
    fc.assert(fc.property(shape, (text) => assertSpansExact(text, annotateText(text))), { numRuns: 12, seed: 20261202 });
  });

  it('links names across the windows of an article longer than one window', () => {
    const filler = 'The envoy met officials in Tehran on Tuesday to discuss trade, energy and security in the region, aides said.';
    const parts = ['Putin meets Iranian envoy\n\nRussian President Vladimir Putin met the envoy in Moscow on Monday.'];
    while (parts.join('\n\n').length < WINDOW + 2000) parts.push(filler);
    parts.push('“We will keep working together,” Putin said after the talks.');
    const text = parts.join('\n\n');
    const r = annotateText(text);
    assertSpansExact(text, r);
    const putin = r.entities.filter((m) => m.type === 'person' && /Putin$/.test(m.text));
    assert.ok(putin.length >= 3 && putin[putin.length - 1].start > WINDOW, 'Putin named in the first and the last window');
    assert.deepEqual(new Set(putin.map((m) => m.entity)), new Set([putin[0].entity]));
    const last = r.quotes.find((q) => q.text.includes('keep working together'));
    assert.equal(last?.speaker?.entity, putin[0].entity);
    assert.equal(last?.speaker?.name, 'Vladimir Putin');
  });

  it('packs spans into groups of at most the size, cutting a long one at a sentence end', () => {
    const text = `${'The talks went on. '.repeat(20)}\n\n${'x'.repeat(50)}`;
    const spans = [{ start: 0, end: 380 }, { start: 382, end: 432 }];
    const groups = packSpans(text, spans, 100, (_, piece) => piece);
    for (const g of groups) assert.ok(g[g.length - 1].end - g[0].start <= 100);
    const pieces = groups.flat();
    assert.equal(pieces[0].start, 0);
    assert.equal(pieces[pieces.length - 1].end, 432);
    for (let i = 1; i < pieces.length; i++) assert.ok(pieces[i].start >= pieces[i - 1].end);
    // Cut after "on. ", never inside a word.
    for (const p of pieces.slice(0, -2)) assert.match(text.slice(p.start, p.end), /on\. $/);
  });

  it('never cuts between the halves of a character outside the basic plane', () => {
    const text = '😀'.repeat(100);
    const pieces = packSpans(text, [{ start: 0, end: text.length }], 33, (_, piece) => piece).flat();
    for (const p of pieces) assert.doesNotMatch(text.slice(p.start, p.end), /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});
