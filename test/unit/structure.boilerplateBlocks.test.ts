// A comment box or a related-stories list starts a block of boilerplate only where the page's layout says
// so; the article's prose around the marker stays the article's.
import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/structure';
import type { BlockKind } from '../../src/core/model';

const PARAGRAPHS = [
  'The council voted 6-1 on Tuesday to approve the harbour plan, the mayor said.',
  'Opponents said the plan would cost the city more than it would bring in over the next decade.',
  '"We will keep fighting this in court," said Dana Voss, who leads the residents\' group.',
  'The first works on the pier are due to start in the spring, according to the harbour office.',
];

function kinds(lines: string[]): { kind: BlockKind | undefined; line: string }[] {
  const text = lines.join('\n\n');
  const s = parseArticle(text);
  return lines.map((line) => {
    const at = text.indexOf(line);
    return { line, kind: s.blocks.find((b) => b.start <= at && at < b.end)?.kind };
  });
}

function kindOf(lines: string[], line: string): BlockKind | undefined {
  return kinds(lines).find((k) => k.line === line)?.kind;
}

describe('article structure: where boilerplate blocks start', () => {
  describe('comment boxes', () => {
    it('"Your Comment" in the middle of the article keeps the paragraphs after it', () => {
      const lines = ['Council approves the harbour plan', PARAGRAPHS[0], 'Your Comment', ...PARAGRAPHS.slice(1)];
      assert.equal(kindOf(lines, 'Your Comment'), 'boilerplate');
      for (const p of PARAGRAPHS) assert.equal(kindOf(lines, p), 'paragraph', p);
    });

    it('a marker followed by a short line and then paragraphs of prose keeps the paragraphs', () => {
      const lines = ['Council approves the harbour plan', PARAGRAPHS[0], 'Leave a comment', 'What comes next', ...PARAGRAPHS.slice(1)];
      for (const p of PARAGRAPHS) assert.equal(kindOf(lines, p), 'paragraph', p);
    });

    it('a marker with more prose after it than before keeps that prose (sections under short headings)', () => {
      const lines = ['Council approves the harbour plan', PARAGRAPHS[0], 'Your Comment', 'The vote', PARAGRAPHS[1], 'The cost', PARAGRAPHS[2], 'What comes next', PARAGRAPHS[3]];
      for (const p of PARAGRAPHS) assert.equal(kindOf(lines, p), 'paragraph', p);
    });

    it('a comment box at the end, made of form labels, names, dates, links and short comments, is boilerplate to the end', () => {
      const box = [
        'Leave a reply', 'Name:', 'Email *', 'Website', 'https://example.com/harbour', 'Pat Quill',
        'Jan 3, 2019 5:32 PM', 'This plan is a disgrace, the mayor should resign.', 'Reply', 'Lee Marr', '3 hours ago', 'Agreed.',
      ];
      const lines = ['Council approves the harbour plan', ...PARAGRAPHS, ...box];
      for (const p of PARAGRAPHS) assert.equal(kindOf(lines, p), 'paragraph', p);
      for (const line of box) assert.equal(kindOf(lines, line), 'boilerplate', line);
    });

    it('a marker followed by a paragraph of prose is one line of furniture, not a box', () => {
      const lines = ['Council approves the harbour plan', ...PARAGRAPHS.slice(0, 3), 'Comments (2)', PARAGRAPHS[3]];
      assert.equal(kindOf(lines, 'Comments (2)'), 'boilerplate');
      assert.equal(kindOf(lines, PARAGRAPHS[3]), 'paragraph');
    });
  });

  describe('related-stories lists', () => {
    it('a paragraph ending in a quotation ends the list and stays a paragraph', () => {
      const quoted = 'Voss said on Monday: "We will keep fighting this."';
      const lines = ['Council approves the harbour plan', PARAGRAPHS[0], 'Related News:', 'Harbour plan faces new delay', quoted, PARAGRAPHS[1]];
      assert.equal(kindOf(lines, 'Harbour plan faces new delay'), 'related');
      assert.equal(kindOf(lines, quoted), 'paragraph');
      assert.equal(kindOf(lines, PARAGRAPHS[1]), 'paragraph');
    });

    it('a line that opens a quotation with a colon ends the list', () => {
      const opener = 'The mayor put it this way on Monday:';
      const lines = ['Council approves the harbour plan', PARAGRAPHS[0], 'Read More:', 'Harbour plan faces new delay', opener, PARAGRAPHS[2]];
      assert.equal(kindOf(lines, opener), 'paragraph');
    });
  });
});
