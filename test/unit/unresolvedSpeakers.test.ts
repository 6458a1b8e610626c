import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { parseArticle } from '../../src/core/article/structure';
import type { Quote } from '../../src/core/model';
import { analyse } from '../../src/core/nlp/analysis';
import { findQuotes, withoutMarkSpeaker } from '../../src/core/nlp/quotes';

function quotesOf(text: string): Quote[] {
  const structure = parseArticle(text);
  return findQuotes(text, structure, analyse(text, structure), []);
}

/** The quote whose text holds the words. */
function quoteWith(quotes: Quote[], words: string): Quote {
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote with '${words}' among: ${quotes.map((x) => x.text.slice(0, 40)).join(' | ')}`);
  return q;
}

// Three paragraphs in the writer's own voice, outside quote marks: the shape of a column.
const COLUMN_BODY = [
  'I think the council has lost its way on housing, and the numbers show it.',
  'Last week I said the plan would fail, and my neighbours agreed with me.',
  'When I asked the mayor about it, she said “I will look into it” and left.',
].join('\n\n');

describe('unresolved speakers', () => {
  it('keeps an unresolved pronoun speaker\'s span and text, with no name and no entity', () => {
    const text = 'Talks stall again\n\nThe talks will fail, he said on Monday.\n';
    const q = quoteWith(quotesOf(text), 'talks will fail');
    assert.equal(q.speaker?.text, 'he');
    assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'he');
    assert.equal(q.speaker?.name, null);
    assert.equal(q.speaker?.entity, null);
    assert.match(q.speaker?.reason ?? '', /not resolved/);
  });

  it('never names a speaker after the party or place written before a lower-case head noun', () => {
    const text = 'Talks stall again\n\nThe Republican presidential candidate said the talks would fail. Democratic party officials said the vote would wait.\n';
    const quotes = quotesOf(text);
    for (const words of ['talks would fail', 'vote would wait']) {
      const q = quoteWith(quotes, words);
      assert.ok(q.speaker, `a speaker for '${words}'`);
      assert.equal(q.speaker.name, null, `'${q.speaker.text}' is a description, not a name`);
    }
  });

  it('keeps "who" with no antecedent as written, with no name', () => {
    const text = 'Talks stall again\n\nWho said the talks would fail was never clear.\n';
    for (const q of quotesOf(text)) if (q.speaker?.text === 'Who') assert.equal(q.speaker.name, null);
  });

  it('reads a text that opens with "Who," (nothing before it to be the antecedent) without failing', () => {
    const quotes = quotesOf('Who, said "We will win," on Monday.');
    for (const q of quotes) if (q.speaker?.text.startsWith('Who')) assert.equal(q.speaker.name, null);
  });

  it('makes a "speaker" written without a letter (a quote mark, a dash) no speaker at all', () => {
    const base: Quote = { kind: 'direct', start: 0, end: 10, text: '“It works”', cue: null, rule: 'unattributed', speaker: null };
    for (const mark of ['”', '—', '"', '18%']) {
      const q = withoutMarkSpeaker({ ...base, speaker: { start: 10, end: 10 + mark.length, text: mark, entity: null, name: mark } });
      assert.equal(q.speaker, null, mark);
    }
    const named = withoutMarkSpeaker({ ...base, speaker: { start: 10, end: 13, text: 'Lee', entity: null, name: 'Lee' } });
    assert.equal(named.speaker?.name, 'Lee');
  });

  it('gives "I" outside quotes in a column to the byline\'s name', () => {
    const text = `Opinion: The council has lost its way\n\nBy Jane Doe, Columnist\n\n${COLUMN_BODY}\n`;
    const q = quoteWith(quotesOf(text), 'the plan would fail');
    assert.equal(q.speaker?.text, 'I');
    assert.equal(q.speaker?.name, 'Jane Doe');
    assert.equal(q.speaker?.entity, null);
    assert.match(q.speaker?.reason ?? '', /byline/);
  });

  it('gives "I" outside quotes in a column without a byline to "the author", saying so', () => {
    const text = `The council has lost its way\n\n${COLUMN_BODY}\n`;
    const q = quoteWith(quotesOf(text), 'the plan would fail');
    assert.equal(q.speaker?.text, 'I');
    assert.equal(q.speaker?.name, 'the author');
    assert.equal(q.speaker?.entity, null);
    assert.match(q.speaker?.reason ?? '', /the author \(no byline\)/);
  });

  it('never gives "I" inside a direct quote to the author', () => {
    const text = `Opinion: The council has lost its way\n\nBy Jane Doe\n\n${COLUMN_BODY}\n\n“I said the plan would work,” the mayor told reporters.\n`;
    for (const q of quotesOf(text)) {
      const s = q.speaker;
      if (!s || s.text !== 'I') continue;
      const inQuote = text.lastIndexOf('“', s.start) > text.lastIndexOf('”', s.start);
      if (inQuote) assert.notEqual(s.name, 'Jane Doe', `'I' at ${s.start} is quoted`);
    }
  });

  it('gives no "I" of an interview (labelled turns) to the writer', () => {
    const text = `Q&A with the mayor\n\nQ: What went wrong?\n\nA: Well, I think the plan was rushed.\n\n${COLUMN_BODY}\n`;
    for (const q of quotesOf(text)) if (q.speaker?.text === 'I') assert.equal(q.speaker.name, null);
  });

  it('leaves a lone "I" outside quotes in a news report unresolved (no column, no label)', () => {
    const text = 'Council votes on housing\n\nThe council voted on Monday to delay the plan.\n\nI was told the vote would be close, an aide said.\n';
    for (const q of quotesOf(text)) if (q.speaker?.text === 'I') assert.equal(q.speaker.name, null);
  });

  it('writes an unresolved speaker with a null name through the whole engine (annotateText)', () => {
    const a = annotateText('Talks stall again\n\nThe talks will fail, they said on Monday.\n', 'x.txt');
    const q = a.quotes.find((x) => x.speaker?.text === 'they');
    assert.ok(q);
    assert.equal(q.speaker?.name, null);
  });
});
