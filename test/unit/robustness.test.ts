import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { annotateText } from '../../src/core/annotate';
import { assertSpansExact } from './spansExact';
import { seed } from './seeds';

// Pieces that news text is made of, so that random text exercises names, quotes and cues, not only noise.
const piece = fc.oneof(
  fc.constantFrom('Vladimir Putin', 'Putin', 'said', 'told reporters', 'according to', 'that', 'He', 'The minister',
    '“', '”', '"', '‘', '’', "'s", '’s', ', ', '. ', '\n', '\n\n', '\r\n', '\u00a0', '\u200b', '\t', '😀', '𝒳',
    'Tehran', 'Supreme National Security Council', 'News Code 1234', 'Related News:', 'Your Comment', '(MNA)', ' – ',
    'TEHRAN, Jul. 19 (MNA) – ', 'Москва', 'تهران', 'Al-Moallem', 'U.S.', 'Inc.', 'constructor', '__proto__', 'toString',
    'his', 'Trump’s', 'of', 'on', 'for', 'asked whether'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const newsish = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(' '));

describe('engine robustness', function () {
  this.timeout(120000);

  it('never throws and keeps spans exact on random news-like text', () => {
    fc.assert(fc.property(newsish, (text) => assertSpansExact(text, annotateText(text))), { numRuns: 300 });
  });

  it('never throws and keeps spans exact on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertSpansExact(text, annotateText(text))), { numRuns: 200 });
  });

  it('never throws on words that name members of Object.prototype', () => {
    const text = 'Headline here\n\nTrump’s constructor of the plan said his __proto__ on toString was a hasOwnProperty valueOf, and his constructor for it, said Smith’s __proto__ to him.';
    assertSpansExact(text, annotateText(text));
  });

  it('handles the empty file and a file of only boilerplate', () => {
    const empty = annotateText('');
    assert.deepEqual([empty.entities, empty.quotes, empty.title], [[], [], '']);
    const boiler = annotateText('Nov 05, 2018 14:31 Asia/Tehran\n\nNews Code 135875\n\nYour Comment\n\nYou are replying to: .\n  • captcha');
    assert.deepEqual(boiler.entities, []);
    assert.deepEqual(boiler.quotes, []);
  });

  it('keeps offsets exact with CRLF line endings, tabs, zero-width and astral characters', () => {
    const { text } = seed('000');
    const variants = [
      text.replace(/\n/g, '\r\n'),
      `😀🇮🇷 ${text}`.replace(/Tehran/g, 'Teh\u200bran'),
      text.replace(/ /g, '\t'),
    ];
    for (const v of variants) assertSpansExact(v, annotateText(v));
  });

  it('finds the same entities in a CRLF copy of a seed, shifted by the added characters', () => {
    const { text } = seed('004');
    const lf = annotateText(text).entities.map((e) => `${e.type}:${e.text}`);
    const crlf = annotateText(text.replace(/\n/g, '\r\n')).entities.map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(crlf, lf);
  });

  it('reads Persian and Russian script without error', () => {
    const text = 'تهران، ۱۹ تیر (مهر) – معاون دبیر شورای عالی امنیت ملی گفت «همکاری ادامه دارد».\n\n'
      + 'Москва, 19 июля – Специальный представитель президента России Александр Лаврентьев заявил: «Сотрудничество продолжится».';
    assertSpansExact(text, annotateText(text));
  });

  it('survives 10,000 quote marks in a row without a runaway quote', () => {
    for (const mark of ['"', '“', '”', '“”']) {
      const text = `The minister said ${mark.repeat(10000)} and left.\n\nHe spoke again.`;
      const r = annotateText(text);
      assertSpansExact(text, r);
      for (const q of r.quotes) assert.ok(q.end <= text.indexOf('\n\n'), 'no quote crosses the paragraph break');
    }
  });

  it('does not let a quote mark that never closes swallow the rest of the document', () => {
    const paragraphs = ['The minister said “we will act now.', 'Officials met in Paris on Monday.', 'The talks ended without a deal.', 'A statement followed later.'];
    const text = paragraphs.join('\n\n');
    const r = annotateText(text);
    assertSpansExact(text, r);
    const secondParagraph = text.indexOf('Officials');
    for (const q of r.quotes.filter((x) => x.kind === 'direct')) assert.ok(q.end <= secondParagraph, `quote "${q.text}" stays in its paragraph`);
  });

  // 300 KB is about a hundred copies: enough for state leaking or degrading across a long file to show. The
  // big files (1, 2.5 and 5 MB, and 5 MB of copies with this same check) are run by `npm run bench`.
  it('annotates a 300 KB file, finding in its last copy of an article what it finds in the second', () => {
    const { text } = seed('000');
    const article = text.slice(0, text.indexOf('News Code'));
    const copies = Math.ceil(3e5 / (article.length + 2));
    const big = Array.from({ length: copies }, () => article).join('\n\n');
    const r = annotateText(big);
    assertSpansExact(big, r);
    // The first copy has the file's headline and dateline; every later copy is plain body text.
    const inCopy = <T extends { start: number; end: number }>(xs: T[], from: number) => xs.filter((x) => x.start >= from && x.end <= from + article.length);
    const copyAt = (from: number) => inCopy(r.entities, from).map((e) => `${e.type}:${e.start - from}:${e.text}:${e.entity}`);
    const quotesAt = (from: number) => inCopy(r.quotes, from)
      .map((q) => `${q.kind}:${q.start - from}:${q.end - from}:${q.speaker ? `${q.speaker.start - from}:${q.speaker.entity}` : '-'}`);
    const second = article.length + 2;
    const last = big.length - article.length;
    assert.ok(copyAt(second).length > 0 && quotesAt(second).length > 0, 'the article has mentions and quotes');
    assert.deepEqual(copyAt(last), copyAt(second));
    assert.deepEqual(quotesAt(last), quotesAt(second));
  });
});
