import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { parseArticle } from '../../src/core/article/structure';
import { furnitureOf } from '../../src/core/article/furniture';
import type { BlockKind } from '../../src/core/model';

const HEADLINE = 'Council approves the new harbour plan';
const BODY = 'The council voted 6-1 on Tuesday to approve the plan, the mayor said.';

/** The kind of the block that holds `line` when it stands between a headline and a body paragraph. */
function kindOf(line: string): BlockKind | undefined {
  const text = `${HEADLINE}\n\n${line}\n\n${BODY}`;
  const at = text.indexOf(line);
  const s = parseArticle(text);
  assert.equal(s.title, HEADLINE);
  return s.blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

/** The same, with the line after the first paragraph (where a byline-shaped line is no byline). */
function kindInBody(line: string): BlockKind | undefined {
  const text = `${HEADLINE}\n\n${BODY}\n\n${line}\n\n${BODY}`;
  const at = text.indexOf(line);
  return parseArticle(text).blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

describe('article structure: furniture of wire and web copy', () => {
  const furniture: Record<string, string[]> = {
    'photo captions and credits': [
      'FILE PHOTO: The harbour master walks along the pier in Portsmith, May 1, 2018.',
      '(REUTERS/Dana Voss)',
      'REUTERS/Dana Voss',
      'Dana Voss/CBC',
      'Dana Voss/AFP/Getty Images',
      'Dana Voss / Reuters.',
      'Pat Quill via Getty Images.',
      'Getty.',
      'Photo: Dana Voss',
      '(Photo by Dana Voss/Getty Images)',
      'Image copyright Getty Images',
      'Credit: Dana Voss',
      'The harbour master walks along the pier in Portsmith. (REUTERS/Dana Voss)',
      'The harbour master walks along the pier on May 1, 2018. REUTERS/Dana Voss/File Photo',
      'Getty Images Pat Quill, the harbour master, on the pier.',
    ],
    'editing and reporting lines': [
      'Reporting by Dana Voss; Editing by Pat Quill',
      '(Reporting by Dana Voss in Portsmith; Additional reporting by Lee Marr; Editing by Pat Quill.)',
      'Additional reporting by Dana Voss',
      '--additional reporting by Dana Voss.',
      'Writing by Dana Voss; Editing by Pat Quill',
      'Compiled by Dana Voss',
      'Dana Voss contributed reporting.',
      'Marr reported from Portsmith. Harbour Press writer Dana Voss contributed from Eastfield.',
      'Contributing: Dana Voss, Pat Quill',
    ],
    'prompts to the reader': [
      'Article Continued Below',
      'Story continues below advertisement',
      'Click here to read the full report.',
      'Read more: Council delays vote on harbour plan',
      'Share this article',
      'Share on Facebook',
      'Subscribe to our newsletter.',
      'For more, sign up for the Harbour Watch newsletter.',
      'Follow Dana Voss on Twitter @danavoss.',
      'Follow us on Instagram',
      'Do you support the plan? Like the page:',
      'Advertisement',
      'Twitter: @danavoss',
    ],
    'bylines and stamps': [
      'By Dana Voss',
      'By DANA VOSS and PAT QUILL',
      'By Dana Voss, Reuters',
      'Dana Voss, Reuters',
      'Dana Voss | The Harbour Press',
      'BYLINE: Dana Voss.',
      'Author Dana Voss',
      'Posted: Jan. 3, 2019 5:32 PM',
      'Updated 3 hours ago',
      '9:05 p.m.',
      'This article has been updated to include comments from Mayor Pat Quill.',
      'Copyright 2016 The Harbour Press. All rights reserved.',
    ],
    'separators, tables and style sheets': [
      '.',
      '*',
      '***',
      '—',
      '___.',
      'Candidate\tVotes\tShare',
      'Dana Voss    1,234    45%',
      '9,306,000 11,346,000 17,166,000',
      '.image-wrap {',
      'text-align: left;',
    ],
  };
  for (const [group, lines] of Object.entries(furniture)) {
    describe(group, () => {
      for (const line of lines) {
        it(`'${line}' is boilerplate`, () => assert.equal(kindOf(line), 'boilerplate'));
      }
    });
  }

  describe('text that only looks like furniture stays text', () => {
    const paragraphs = [
      'The photo, taken by a bystander, shows Pat Quill leaving the building.',
      'By 2020, the city had doubled its budget for the harbour.',
      'By Monday, the Senate had voted on the plan.',
      'Share prices fell 3 percent on Monday.',
      'Follow the money, the senator said.',
      'Reporting by the Harbour Press has shown that the plan was changed twice.',
      'The poll was taken by phone last week (Reuters/Ipsos).',
      'Most of the money was contributed from Eastfield.',
      'Getty Images said on Monday that it would sell the archive.',
      'Updated figures released on Monday show 3 million visitors.',
      'He said it was over.  Then he left the room.  Nobody followed him out of it.',
      'Japan 3 2 1 0 6 2 7',
      'The council is sold on the plan / or so it says.',
    ];
    for (const p of paragraphs) {
      it(`'${p}' stays a paragraph`, () => assert.equal(kindOf(p), 'paragraph'));
    }

    it('a name and an outlet after the first paragraph are text, not a byline', () => {
      assert.equal(kindInBody('Pat Quill, Harbour Master'), 'paragraph');
      assert.equal(kindOf('Pat Quill, Harbour Master'), 'boilerplate');
    });

    it('a name alone under the headline stays text (wire copy tags it as a person)', () => {
      assert.equal(kindOf('Dana Voss'), 'paragraph');
    });

    it('a lone closing quote mark is not a separator', () => {
      assert.equal(furnitureOf('”', { underHeadline: false }), null);
      assert.equal(furnitureOf('***', { underHeadline: false }), 'separator');
    });
  });

  describe('headlines are still found', () => {
    for (const headline of ['By Land And Sea', 'Ted Cruz, Marco Rubio Clash Over Taxes', 'Clinton/Kaine Ticket Heads To Ohio']) {
      it(`'${headline}'`, () => {
        assert.equal(parseArticle(`${headline}\n\nBy Dana Voss\n\n${BODY}`).title, headline);
      });
    }

    it('under a caption and its credit', () => {
      const text = `FILE PHOTO: The pier in Portsmith.\nREUTERS/Dana Voss\n${HEADLINE}\n\n${BODY}`;
      assert.equal(parseArticle(text).title, HEADLINE);
    });
  });

  describe('datelines', () => {
    const cases: [string, string, string | null, string][] = [
      ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'WASHINGTON', 'Reuters', 'The Senate voted on Tuesday.'],
      ['LONDON, Jan 3 (Reuters) - Shares rose.', 'LONDON', 'Reuters', 'Shares rose.'],
      ['OTTAWA — The House rose for the summer.', 'OTTAWA', null, 'The House rose for the summer.'],
      ['STATE COLLEGE, Pa. - The rally began late.', 'STATE COLLEGE, Pa.', null, 'The rally began late.'],
      ['WASHINGTON ― The vote was close.', 'WASHINGTON', null, 'The vote was close.'],
      ['Washington (AFP) – Talks resumed.', 'Washington', 'AFP', 'Talks resumed.'],
    ];
    for (const [line, place, agency, lead] of cases) {
      it(`'${line}'`, () => {
        const text = `${HEADLINE}\n\nBy Dana Voss\n\n${line}`;
        const s = parseArticle(text);
        assert.equal(s.dateline?.place, place);
        assert.equal(s.dateline?.agency, agency);
        assert.equal(text.slice(s.blocks[s.blocks.length - 1].start), lead);
      });
    }

    it('a label in capitals is no place: "EXCLUSIVE — ..."', () => {
      assert.equal(parseArticle(`${HEADLINE}\n\nEXCLUSIVE — The mayor told us.`).dateline, null);
    });

    it('a dashed title on the first line is no dateline: "PRESS DIGEST - Harbour newspapers"', () => {
      assert.equal(parseArticle('PRESS DIGEST - Harbour newspapers - Aug 30.\n\nThe papers lead with the plan.').dateline, null);
    });
  });

  describe('through annotateText, furniture yields no entity', () => {
    const lines = [
      'FILE PHOTO: Harbour master Lee Marr walks along the pier in Eastfield.',
      'REUTERS/Dana Voss',
      'Kim Oduya/AFP/Getty Images',
      '(Reporting by Rob Tallis in Eastfield; Editing by Pat Quill)',
      'Article Continued Below',
      'By Sam Brennick, Reuters',
    ];
    const text = `${HEADLINE}\n\n${lines[5]}\n\n${lines[0]}\n${lines[1]}\n\nMayor Jane Smith of Portsmith said on Tuesday that the plan would go ahead.\n\n`
      + `${lines[2]}\n\n${lines[4]}\n\nJane Smith spoke in Portsmith.\n\n${lines[3]}\n`;
    const ann = annotateText(text);

    it('finds the people of the news text', () => {
      assert.ok(ann.entities.some((e) => e.type === 'person' && e.name === 'Jane Smith'));
    });

    for (const line of lines) {
      it(`nothing in '${line}'`, () => {
        const start = text.indexOf(line);
        const inside = ann.entities.filter((e) => e.start < start + line.length && start < e.end);
        assert.deepEqual(inside.map((e) => e.text), []);
      });
    }

    it('no quote in the furniture either', () => {
      for (const q of ann.quotes) assert.doesNotMatch(q.text, /Reporting|Editing|Getty|FILE PHOTO/);
    });
  });
});
