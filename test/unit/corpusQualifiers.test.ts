import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { qualifyFromContext } from '../../src/core/articleLinks/contextQualifier';
import { linkMentions, type RawMention } from '../../src/core/articleLinks/linker';
import type { ArticleAnnotations } from '../../src/core/model';
import { ArticleBuilder } from './corpusFixtures';

const COUNCIL = 'organization:supreme-national-security-council';
const COUNCIL_OF_IRAN = 'organization:supreme-national-security-council-of-iran';

/** An article naming `org`, then the places `places`. */
function article(org: string, ...places: string[]): ArticleBuilder {
  const b = new ArticleBuilder(`News\n\nThe ${org} met${places.map((p) => ` in ${p}`).join('')}.\n`).mention('organization', org);
  for (const p of places) b.mention('place', p);
  return b;
}

function indexOf(articles: Record<string, ArticleBuilder>, order = Object.keys(articles)): CorpusIndex {
  const ix = new CorpusIndex();
  for (const p of order) ix.upsert(p, articles[p].text, articles[p].build(p));
  return ix;
}

/** Annotations from hand-made raw mentions through the within-document linker. */
function linked(raw: RawMention[]): ArticleAnnotations {
  return { file: '', title: 'News', dateline: null, entities: linkMentions(raw), quotes: [] };
}

function mark(text: string, type: RawMention['type'], surface: string, from = 0): RawMention {
  const start = text.indexOf(surface, from);
  return { type, start, end: start + surface.length, text: surface };
}

describe('CorpusIndex: organisations qualified by a place', () => {
  it('makes one council of both span styles: "... of Iran" in one span, or council and place marked apart', () => {
    const rules = 'News\n\nThe Supreme National Security Council of Iran met in Iran.\n';
    const tagger = 'News\n\nIran’s Supreme National Security Council met.\n';
    const rulesRaw = [mark(rules, 'organization', 'Supreme National Security Council of Iran'), mark(rules, 'place', 'Iran', rules.indexOf(' in '))];
    const taggerRaw = () => [mark(tagger, 'place', 'Iran'), mark(tagger, 'organization', 'Supreme National Security Council')];
    for (const raw of [taggerRaw(), qualifyFromContext(tagger, taggerRaw())]) {
      const ix = new CorpusIndex();
      ix.upsert('rules', rules, linked(rulesRaw));
      ix.upsert('tagger', tagger, linked(raw));
      const ids = new Set(['rules', 'tagger'].flatMap((p) => ix.annotations(p)!.entities.filter((m) => m.type === 'organization').map((m) => m.entity)));
      assert.deepEqual([...ids], [COUNCIL_OF_IRAN], raw[1].qualifier ? 'with the context' : 'bare name, linked by the corpus');
      assert.equal(ix.stats().organizations, 1);
    }
    assert.equal(linked(qualifyFromContext(tagger, taggerRaw())).entities[1].entity, COUNCIL_OF_IRAN, 'the context names it within the article already');
  });

  it('links a bare name to the only form with a place, saying why', () => {
    const b = article('Supreme National Security Council', 'Tehran', 'Iran');
    const ix = indexOf({ a: article('Supreme National Security Council of Iran', 'Iran'), b });
    const e = ix.entity(COUNCIL);
    assert.equal(e?.id, COUNCIL_OF_IRAN);
    assert.equal(e?.articleCount, 2);
    const hit = ix.entityAt('b', b.text.indexOf('Supreme'));
    assert.equal(hit?.link?.kind, 'qualifier');
    assert.match(hit!.link!.detail, /Supreme National Security Council of Iran/);
    assert.equal(ix.annotations('b')!.entities[0].name, 'Supreme National Security Council of Iran');
    assert.equal(ix.stats().organizations, 1);
  });

  it('keeps a bare name apart while two forms with a place exist, in any order of arrival and removal', () => {
    const articles = {
      iran: article('Ministry of Defence of Iran', 'Iran'),
      russia: article('Ministry of Defence of Russia', 'Russia'),
      bare: article('Ministry of Defence', 'Iran', 'Russia'),
    };
    for (const order of [['iran', 'russia', 'bare'], ['bare', 'russia', 'iran'], ['russia', 'bare', 'iran']]) {
      const ix = indexOf(articles, order);
      assert.equal(ix.entity('organization:ministry-of-defence')?.id, 'organization:ministry-of-defence', order.join());
      assert.equal(ix.stats().organizations, 3);
      ix.remove('russia');
      assert.equal(ix.entity('organization:ministry-of-defence')?.id, 'organization:ministry-of-defence-of-iran', `${order.join()} then remove russia`);
      assert.equal(ix.stats().organizations, 1);
      ix.remove('iran');
      assert.equal(ix.entity('organization:ministry-of-defence')?.id, 'organization:ministry-of-defence');
      assert.equal(ix.entity('organization:ministry-of-defence-of-iran'), undefined);
    }
  });

  it('links a bare name only while every article writing it names the place', () => {
    const articles = {
      nigeria: article('News Agency of Nigeria', 'Nigeria'),
      iraq: article('News Agency', 'Iraq'),
      lagos: article('News Agency', 'Lagos', 'Nigeria'),
    };
    const ix = indexOf(articles, ['nigeria', 'lagos']);
    assert.equal(ix.entity('organization:news-agency')?.id, 'organization:news-agency-of-nigeria');
    ix.upsert('iraq', articles.iraq.text, articles.iraq.build('iraq'));
    assert.equal(ix.entity('organization:news-agency')?.id, 'organization:news-agency', 'an article about Iraq writes it too');
    ix.remove('iraq');
    assert.equal(ix.entity('organization:news-agency')?.id, 'organization:news-agency-of-nigeria');
  });

  it('takes "of <place>" for a qualifier only where the document names the place', () => {
    const ix = indexOf({ a: article('Ministry of Defence of Iran'), b: article('Ministry of Defence', 'Iran') });
    assert.equal(ix.entity('organization:ministry-of-defence')?.id, 'organization:ministry-of-defence');
  });

  it('never links full names with different places, nor a one-word base: Bank of England, Bank of Japan, Bank', () => {
    const ix = indexOf({ e: article('Bank of England', 'England'), j: article('Bank of Japan', 'Japan'), b: article('Bank', 'England') });
    assert.equal(ix.stats().organizations, 3);
    ix.remove('j');
    assert.equal(ix.entity('organization:bank')?.id, 'organization:bank');
  });
});
