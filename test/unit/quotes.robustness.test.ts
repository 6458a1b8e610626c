import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/structure';
import type { Quote } from '../../src/core/model';
import { analyse } from '../../src/core/nlp/analysis';
import { findQuotes } from '../../src/core/nlp/quotes';

function quotesOf(text: string): Quote[] {
  const structure = parseArticle(text);
  return findQuotes(text, structure, analyse(text, structure), []);
}

function assertSane(text: string, quotes: Quote[]): void {
  const inBounds = (s: { start: number; end: number; text: string }) => {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `[${s.start}, ${s.end}) within ${text.length}`);
    assert.equal(text.slice(s.start, s.end), s.text);
  };
  for (const q of quotes) {
    inBounds(q);
    if (q.speaker) inBounds(q.speaker);
    if (q.cue) inBounds(q.cue);
    assert.ok(q.kind === 'direct' || q.kind === 'indirect');
  }
}

const piece = fc.oneof(
  fc.constantFrom('“', '”', '"', "''", '``', '‘', '’', '«', '»', '„', ' said ', ' says that ', ', he said. ', 'according to ',
    'Putin', 'The Russian envoy', 'He', 'who', ', adding ', 'Saying ', 'Reminding ', ': ', '. ', '\n', '\n\n', '\u00a0', '—', '―', 'Assad: ',
    'Related News:', 'News Code 1', '(R-Fla.)', 'Mr. ', 'U.S. '),
  fc.string({ maxLength: 10 }),
);

describe('quotes robustness', function () {
  this.timeout(120000);

  it('never throws and keeps spans in bounds on random news-like text', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 50 }).map((xs) => xs.join('')), (text) => {
      assertSane(text, quotesOf(text));
    }), { numRuns: 150 });
  });

  it('reads an article whose first word is a verb of saying', () => {
    for (const text of ['Saying the vote was rigged, the mayor left the hall.', 'Reminding voters of the deadline, officials said the polls close at eight.']) {
      assertSane(text, quotesOf(text));
    }
  });

  it('never lets one open mark swallow the rest of the document', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something plain.`);
    paragraphs[3] = 'He said “this quote is never closed.';
    const text = paragraphs.join('\n\n');
    const quotes = quotesOf(text);
    assertSane(text, quotes);
    for (const q of quotes.filter((x) => x.kind === 'direct')) assert.ok(!q.text.includes('\n'), 'bounded by its paragraph');
  });

  // How time grows with article size is measured by `npm run bench` (1, 2.5 and 5 MB), not in a timed unit test.
  it('handles a long article of repeated attributions', () => {
    const para = '“We will keep working,” the minister said. Officials said that the talks would resume, according to Reuters.';
    const big = Array.from({ length: 400 }, () => para).join('\n\n');
    const quotes = quotesOf(big);
    assertSane(big, quotes);
    assert.equal(quotes.filter((q) => q.kind === 'direct').length, 400);
  });
});
