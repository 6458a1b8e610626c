import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/structure';
import type { ArticleStructure, BlockKind } from '../../src/core/model';
import { seed } from './seeds';

function blocksOf(text: string, s: ArticleStructure, kind: BlockKind): string[] {
  return s.blocks.filter((b) => b.kind === kind).map((b) => text.slice(b.start, b.end));
}

describe('article structure', () => {
  describe('seed 000 (Mehr News wire story)', () => {
    const { text } = seed('000');
    const s = parseArticle(text);

    it('finds the headline', () => {
      assert.equal(s.title, 'Israel cannot affect Iran-Russia cooperation: Iran security official');
      assert.ok(s.headline);
      assert.equal(text.slice(s.headline.start, s.headline.end), s.title);
    });

    it('parses the dateline into place, date and agency', () => {
      assert.ok(s.dateline);
      assert.equal(s.dateline.place, 'TEHRAN');
      assert.equal(s.dateline.date, 'Jul. 19');
      assert.equal(s.dateline.agency, 'MNA');
      assert.equal(text.slice(s.dateline.start, s.dateline.end), s.dateline.text);
      assert.equal(s.dateline.text, 'TEHRAN, Jul. 19 (MNA) –');
    });

    it('keeps the lead sentence after the dateline as a paragraph', () => {
      const paragraphs = blocksOf(text, s, 'paragraph');
      assert.match(paragraphs[0], /^Deputy Secretary-General of the Supreme National Security Council/);
      assert.equal(paragraphs.length, 11);
    });

    it('marks the news code and the comment box as boilerplate', () => {
      const boiler = blocksOf(text, s, 'boilerplate');
      assert.ok(boiler.includes('News Code 135875'));
      assert.ok(boiler.includes('Your Comment'));
      assert.ok(boiler.includes('You are replying to: .'));
      assert.ok(boiler.some((b) => b.includes('captcha')));
      for (const p of blocksOf(text, s, 'paragraph')) assert.doesNotMatch(p, /captcha|News Code|Your Comment/);
    });
  });

  describe('seed 004 (Iran Press story with related headlines)', () => {
    const { text } = seed('004');
    const s = parseArticle(text);

    it('treats the timestamp line as boilerplate and the bulleted line as the headline', () => {
      assert.equal(s.title, 'Putin sends envoy to Tehran');
      assert.match(blocksOf(text, s, 'boilerplate')[0], /^Nov 05, 2018 14:31 Asia\/Tehran/);
    });

    it('lists related headlines as related blocks, not paragraphs', () => {
      const related = blocksOf(text, s, 'related');
      assert.ok(related.includes('International condemnation over new US sanctions against Iran'));
      assert.ok(related.includes('Assad: US and UK presence in Syria "illegal, and can be viewed as an invasion"'));
      assert.ok(related.includes('Russia: Iran’s presence in Syria legitimate'));
      assert.equal(related.length, 7);
    });

    it('returns to the body after a related list', () => {
      const paragraphs = blocksOf(text, s, 'paragraph');
      assert.ok(paragraphs.some((p) => p.startsWith('For his part, Shamkhani praised')));
      assert.ok(paragraphs.some((p) => /^Russian president,\sVladimir Putin\shas said/.test(p)));
    });

    it('drops the stray trailing number from the paragraph edge', () => {
      const last = blocksOf(text, s, 'paragraph').find((p) => p.startsWith('Tehran insists'));
      assert.ok(last);
    });
  });

  describe('layouts', () => {
    it('reads a wire dateline on its own line (CoNLL style)', () => {
      const text = 'SOCCER - LATE GOALS GIVE JAPAN WIN.\nLONDON 1996-08-30\nJapan beat Syria 2-1 on Friday.';
      const s = parseArticle(text);
      assert.equal(s.dateline?.place, 'LONDON');
      assert.equal(s.dateline?.date, '1996-08-30');
    });

    it('reads a Reuters-style dateline', () => {
      const text = 'Headline here\n\nWASHINGTON (Reuters) - The Senate voted on Tuesday.';
      const s = parseArticle(text);
      assert.equal(s.dateline?.place, 'WASHINGTON');
      assert.equal(s.dateline?.agency, 'Reuters');
      assert.equal(blocksOf(text, s, 'paragraph')[0], 'The Senate voted on Tuesday.');
    });

    it('joins a hard-wrapped paragraph and keeps CRLF offsets exact', () => {
      const text = 'Title line\r\n\r\nThe minister said the plan\r\nwould go ahead.\r\n\r\nSecond paragraph.';
      const s = parseArticle(text);
      const paragraphs = blocksOf(text, s, 'paragraph');
      assert.equal(paragraphs[0], 'The minister said the plan\r\nwould go ahead.');
      assert.equal(paragraphs[1], 'Second paragraph.');
    });

    it('handles empty and whitespace-only text', () => {
      assert.deepEqual(parseArticle('').blocks, []);
      assert.equal(parseArticle('').title, '');
      assert.deepEqual(parseArticle(' \n\u00a0\n\t').blocks, []);
    });

    it('gives a file of only boilerplate no paragraphs', () => {
      const s = parseArticle('News Code 12345\n\nYour Comment\n\ncaptcha');
      assert.equal(s.blocks.filter((b) => b.kind !== 'boilerplate').length, 0);
    });
  });

  describe('titles', () => {
    const HEADLINE = 'Council approves the harbour plan';
    const BODY = 'The council voted on Tuesday to approve the plan, officials said.\n\nWork starts in May.\n';
    const ABOVE = ['.', '*', '—', '5c332342795bd2799e61e1ab', '123e4567-e89b-12d3-a456-426614174000', 'ggt017', '2016-03-04',
      '2016-03-04T10:32:00Z', 'March 4, 2016 10:32 AM', 'Friday, 4 March 2016', 'Updated: Mar. 4, 2016 at 10:32 a.m. EST',
      'https://example.com/news/2016/03/04/harbour-plan.html', 'www.example.com/harbour'];

    for (const line of ABOVE) {
      it(`takes the headline under "${line}", which is boilerplate`, () => {
        const text = `${line}\n\n${HEADLINE}\n\n${BODY}`;
        const s = parseArticle(text);
        assert.equal(s.title, HEADLINE);
        assert.equal(blocksOf(text, s, 'headline')[0], HEADLINE);
        assert.equal(blocksOf(text, s, 'boilerplate')[0], line);
      });

      it(`falls back to the first paragraph, not "${line}", without a headline`, () => {
        const s = parseArticle(`${line}\n${BODY}`);
        assert.equal(s.title, 'The council voted on Tuesday to approve the plan, officials said.');
      });
    }

    it('keeps short headlines that hold figures or capitals', () => {
      for (const title of ['COVID-19', 'A380 lands in Sydney', 'May Day marches', 'March on Washington', 'Brexit']) {
        assert.equal(parseArticle(`${title}\n\n${BODY}`).title, title);
      }
    });

    it('takes the fallback title from the first sentence, not a URL above or below it', () => {
      const text = 'He said the plan would go ahead.\n\nhttps://example.com/a\n';
      assert.equal(parseArticle(`https://example.com/a\n\n${text}`).title, 'He said the plan would go ahead.');
    });

    it('has no title when every line is an id, a date or a URL (the file name stands in)', () => {
      assert.equal(parseArticle('ggt017\n2016-03-04\nhttps://example.com/a\n').title, '');
    });
  });
});
