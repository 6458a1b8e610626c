import { strict as assert } from 'node:assert';
import { articleDate, parseDate } from '../../src/core/corpus/articleDate';
import { lineBounds, lineOf, lineStarts } from '../../src/core/text/lineIndex';
import { snippet } from '../../src/core/corpus/snippet';

describe('corpus text helpers', () => {
  it('parses dates with a year and refuses those without', () => {
    assert.equal(parseDate('Nov 05, 2018 14:31 Asia/Tehran'), '2018-11-05');
    assert.equal(parseDate('5 November 2018'), '2018-11-05');
    assert.equal(parseDate('Sept. 3, 2019'), '2019-09-03');
    assert.equal(parseDate('LONDON 1996-08-30'), '1996-08-30');
    assert.equal(parseDate('Jul. 19'), null);
    assert.equal(parseDate('Feb 31, 20190'), null);
  });

  it('dates an article from its dateline, else from a short line near the top', () => {
    const dateline = { start: 0, end: 10, text: '', place: 'X', date: 'Aug 30, 1996', agency: null };
    assert.equal(articleDate('whatever', dateline), '1996-08-30');
    assert.equal(articleDate('Headline\nNov 05, 2018 14:31\n\nBody.', { ...dateline, date: 'Jul. 19' }), '2018-11-05');
    assert.equal(articleDate(`Headline\n\n${'A long paragraph mentioning Nov 05, 2018 in passing. '.repeat(3)}`, null), null);
  });

  it('finds lines and columns with LF and CRLF', () => {
    const text = 'one\r\ntwo\nthree';
    const starts = lineStarts(text);
    assert.deepEqual([...starts], [0, 5, 9]);
    assert.deepEqual([0, 4, 5, 8, 9, 13].map((o) => lineOf(starts, o)), [0, 0, 1, 1, 2, 2]);
    assert.deepEqual(lineBounds(text, starts, 0), [0, 3]);
    assert.deepEqual(lineBounds(text, starts, 2), [9, 14]);
  });

  it('shortens a long line around the mention, at word boundaries, whitespace folded', () => {
    const line = `${'word '.repeat(40)}Vladimir   Putin said${' more'.repeat(40)}`;
    const start = line.indexOf('Vladimir');
    const s = snippet(line, 0, line.length, start, start + 'Vladimir   Putin'.length);
    assert.ok(s.startsWith('…') && s.endsWith('…'), s);
    assert.ok(s.includes('Vladimir Putin said'), s);
    assert.ok(s.length <= 104, String(s.length));
    assert.doesNotMatch(s, /…\S*wor…|…or/);
    assert.equal(snippet('  short\tline  ', 0, 14, 2, 7), 'short line');
  });
});
