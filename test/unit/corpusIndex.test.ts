import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { CorpusChange } from '../../src/core/corpus/types';
import { ArticleBuilder, indexSeeds, otherPresident, otherPutin, putinBare, putinFull } from './corpusFixtures';
import { seed } from './seeds';

function add(index: CorpusIndex, path: string, b: ArticleBuilder): void {
  index.upsert(path, b.text, b.build(path));
}

describe('CorpusIndex', () => {
  describe('on the seed articles (real engine)', () => {
    const index = new CorpusIndex();
    before(() => indexSeeds(index));

    it('makes Alexander Lavrentiev one entity seen in both articles', () => {
      const e = index.entity('person:alexander-lavrentiev');
      assert.ok(e);
      assert.equal(e.articleCount, 2);
      const groups = index.appearances(e.id);
      assert.equal(groups.length, 2);
      assert.deepEqual(new Set(groups.map((g) => g.article.path)), new Set([seed('000').path, seed('004').path]));
    });

    it('makes the Supreme National Security Council one organisation: "of Iran" in one article, "Iran’s" in the other', () => {
      // Each article already links its bare "Supreme National Security Council" to the form with Iran.
      const e = index.entity('organization:supreme-national-security-council-of-iran');
      assert.equal(e?.id, 'organization:supreme-national-security-council-of-iran');
      assert.equal(index.topEntities({ by: 'articles', type: 'organization' }).filter((x) => /Supreme National Security Council/.test(x.name)).length, 1, 'one council');
      assert.equal(e?.name, 'Supreme National Security Council of Iran');
      assert.equal(e?.articleCount, 2);
      const s = seed('004');
      const hit = index.entityAt(s.path, s.text.indexOf('Iran’s Supreme') + 'Iran’s '.length);
      assert.equal(hit?.entity.id, e?.id);
    });

    it('dates the article with a timestamp line and lists it first', () => {
      assert.equal(index.article(seed('004').path)?.date, '2018-11-05');
      assert.equal(index.article(seed('000').path)?.date, null, 'Jul. 19 has no year');
      const groups = index.appearances('person:alexander-lavrentiev');
      assert.equal(groups[0].article.path, seed('004').path);
    });

    it('answers entityAt with line, column and a one-line snippet', () => {
      const s = seed('000');
      const offset = s.text.indexOf('Alexander Lavrentiev') + 3;
      const hit = index.entityAt(s.path, offset);
      assert.ok(hit);
      assert.equal(hit.entity.id, 'person:alexander-lavrentiev');
      assert.equal(s.text.slice(hit.start, hit.end), hit.text);
      const lines = s.text.split('\n');
      assert.equal(lines[hit.line].slice(hit.column, hit.column + hit.text.length), hit.text);
      assert.ok(!hit.snippet.includes('\n') && hit.snippet.length <= 105, hit.snippet);
      assert.ok(hit.snippet.includes('Lavrentiev'));
      assert.equal(index.entityAt(s.path, s.text.length + 10), undefined);
      assert.equal(index.entityAt('/nowhere.txt', 0), undefined);
    });

    it('prints statistics and keeps every span equal to the text in annotations()', () => {
      const st = index.stats();
      assert.equal(st.articles, 2);
      assert.ok(st.people >= 3 && st.quotes >= 1, JSON.stringify(st));
      for (const name of ['000', '004'] as const) {
        const s = seed(name);
        const a = index.annotations(s.path)!;
        for (const m of a.entities) assert.equal(s.text.slice(m.start, m.end), m.text);
      }
    });
  });

  describe('cross-document linking', () => {
    it('links a bare surname to the only full name with that surname, saying why', () => {
      const index = new CorpusIndex();
      add(index, 'a', putinFull());
      add(index, 'b', putinBare());
      const e = index.entity('person:putin');
      assert.equal(e?.id, 'person:vladimir-putin');
      assert.equal(e?.articleCount, 2);
      const hit = index.entityAt('b', putinBare().text.indexOf('Putin'));
      assert.equal(hit?.entity.id, 'person:vladimir-putin');
      assert.equal(hit?.link?.kind, 'surname');
      assert.match(hit!.link!.detail, /Putin/);
      const b = index.annotations('b')!;
      assert.equal(b.entities[0].entity, 'person:vladimir-putin');
      assert.equal(b.entities[0].name, 'Vladimir Putin');
      assert.equal(b.quotes[0].speaker?.entity, 'person:vladimir-putin');
      assert.equal(index.stats().people, 1);
    });

    it('keeps the surname separate while two corpus people share it, in any order of arrival and removal', () => {
      const orders = [['a', 'b', 'c'], ['c', 'b', 'a'], ['b', 'c', 'a'], ['b', 'a', 'c']];
      const make: Record<string, () => ArticleBuilder> = { a: putinFull, b: putinBare, c: otherPutin };
      for (const order of orders) {
        const index = new CorpusIndex();
        for (const p of order) add(index, p, make[p]());
        assert.equal(index.entity('person:putin')?.id, 'person:putin', order.join());
        assert.equal(index.annotations('b')!.entities[0].entity, 'person:putin');
        assert.equal(index.stats().people, 3);
        index.remove('c');
        assert.equal(index.entity('person:putin')?.id, 'person:vladimir-putin', `${order.join()} then remove c`);
        index.remove('a');
        assert.equal(index.entity('person:putin')?.id, 'person:putin');
        assert.equal(index.entity('person:vladimir-putin'), undefined);
      }
    });

    it('links a description speaker to the only person holding that role, and unlinks it when a second one arrives', () => {
      const index = new CorpusIndex();
      add(index, 'b', putinBare());
      add(index, 'a', putinFull());
      const q = index.quoteAt('b', putinBare().text.indexOf('Nothing'));
      assert.equal(q?.speakerEntity, 'person:vladimir-putin');
      // The description names an office the corpus has seen held ("Russian president, Vladimir Putin"): the
      // office register answers first, by the article's date (issue 15).
      assert.equal(q?.speakerLink?.kind, 'office');
      assert.match(q!.speakerLink!.detail, /president of Russia/);
      const hit = index.entityAt('b', putinBare().text.indexOf('the Russian president') + 4);
      assert.equal(hit?.entity.id, 'person:vladimir-putin');
      assert.equal(hit?.link?.kind, 'office');
      assert.match(index.annotations('b')!.quotes[1].speaker!.reason!, /corpus: /);
      assert.equal(index.quotesBy('person:vladimir-putin').length, 3);

      add(index, 'y', otherPresident());
      assert.equal(index.quoteAt('b', putinBare().text.indexOf('Nothing'))?.speakerEntity, null);
      assert.equal(index.quotesBy('person:vladimir-putin').length, 2);
      index.remove('y');
      assert.equal(index.quoteAt('b', putinBare().text.indexOf('Nothing'))?.speakerEntity, 'person:vladimir-putin');
    });

    it('announces changes, with linksChanged when another document now links differently, once per batch', () => {
      const index = new CorpusIndex();
      const seen: CorpusChange[] = [];
      const sub = index.onDidChange((c) => seen.push(c));
      add(index, 'b', putinBare());
      add(index, 'a', putinFull());
      assert.deepEqual(seen.map((c) => c.paths), [['b'], ['a']]);
      assert.equal(seen[1].linksChanged, true);
      index.batch(() => { add(index, 'c', otherPutin()); index.remove('a'); });
      assert.deepEqual(seen[2].paths, ['c', 'a']);
      assert.equal(index.upsert('b', putinBare().text, putinBare().build('b')), false, 'same text: no change');
      assert.equal(seen.length, 3);
      sub.dispose();
      index.remove('b');
      assert.equal(seen.length, 3);
    });
  });

  describe('queries', () => {
    const index = new CorpusIndex();
    before(() => {
      add(index, 'a', putinFull());
      add(index, 'b', putinBare());
      add(index, 'c', new ArticleBuilder('Meeting\n\nVladimir Putin met Recep Erdogan in Sochi.\n')
        .person('Vladimir Putin').person('Recep Erdogan').mention('place', 'Sochi'));
    });

    it('groups appearances by article, newest first, undated last', () => {
      const groups = index.appearances('person:vladimir-putin');
      assert.deepEqual(groups.map((g) => g.article.path), ['b', 'a', 'c']);
      // Each of a and b also says "the Russian president": a mention of Putin by office.
      assert.deepEqual(groups.map((g) => g.appearances.length), [2, 3, 1]);
      assert.equal(groups[0].appearances[0].link?.kind, 'surname');
      assert.equal(groups[0].appearances[1].link?.kind, 'office');
      assert.deepEqual(index.appearances('person:putin'), groups, 'a linked id answers for its entity');
    });

    it('lists roles with their articles, quotes by speaker, and speakers', () => {
      assert.deepEqual(index.roles('person:vladimir-putin'), [{ role: 'Russian president', path: 'a' }]);
      const quotes = index.quotesBy('person:vladimir-putin');
      assert.deepEqual(quotes.map((q) => q.path), ['b', 'b', 'a']);
      assert.ok(quotes.every((q) => q.line >= 0));
      const speakers = index.speakers();
      assert.equal(speakers[0].speaker.id, 'person:vladimir-putin');
      assert.equal(speakers[0].count, 3);
    });

    it('orders top entities by mentions, articles or name, by type', () => {
      assert.deepEqual(index.topEntities({ by: 'mentions', limit: 1 }).map((e) => [e.id, e.mentionCount]), [['person:vladimir-putin', 6]]);
      assert.deepEqual(index.topEntities({ type: 'person', by: 'articles' }).map((e) => e.articleCount), [3, 1]);
      assert.deepEqual(index.topEntities({ type: 'person', by: 'name' }).map((e) => e.name), ['Recep Erdogan', 'Vladimir Putin']);
      assert.deepEqual(index.topEntities({ type: 'place' }).map((e) => e.name), ['Sochi']);
    });

    it('finds entities by a prefix of their name or of any of its words, linked surnames included', () => {
      assert.deepEqual(index.searchByPrefix('put').map((e) => e.id), ['person:vladimir-putin']);
      assert.deepEqual(index.searchByPrefix('VLAD').map((e) => e.id), ['person:vladimir-putin']);
      assert.deepEqual(index.searchByPrefix('vladimir p').map((e) => e.id), ['person:vladimir-putin']);
      assert.deepEqual(index.searchByPrefix('er').map((e) => e.id), ['person:recep-erdogan']);
      assert.deepEqual(index.searchByPrefix('zz'), []);
      assert.deepEqual(index.searchByPrefix('  '), []);
    });

    it('counts co-occurring entities by shared articles', () => {
      assert.deepEqual(index.cooccurring('person:vladimir-putin').map((c) => [c.entity.id, c.articles]), [['person:recep-erdogan', 1], ['place:sochi', 1]]);
      assert.deepEqual(index.cooccurring('place:sochi', 1).map((c) => c.entity.id), ['person:recep-erdogan']);
    });

    it('lists articles newest first and answers quoteAt', () => {
      assert.deepEqual(index.articles().map((a) => a.path), ['b', 'a', 'c']);
      assert.equal(index.quoteAt('a', putinFull().text.indexOf('continue'))?.speakerEntity, 'person:vladimir-putin');
      assert.equal(index.quoteAt('a', 0), undefined);
    });
  });

  describe('misc names', () => {
    const brexit = (title: string, body: string) => new ArticleBuilder(`${title}\n\n${body}\n`);

    it('links a misc name across articles and answers every query for it, apart from the other types', () => {
      const index = new CorpusIndex();
      add(index, 'a', brexit('Talks', 'Theresa May said Brexit means Brexit.').person('Theresa May').mention('misc', 'Brexit').mention('misc', 'Brexit'));
      add(index, 'b', brexit('Vote', 'The Brexit vote split London.').mention('misc', 'Brexit').mention('place', 'London'));
      const e = index.entity('misc:brexit');
      assert.deepEqual(e, { id: 'misc:brexit', type: 'misc', name: 'Brexit', mentionCount: 3, articleCount: 2 });
      assert.deepEqual(index.topEntities({ type: 'misc' }).map((x) => x.id), ['misc:brexit']);
      assert.ok(!index.topEntities({ type: 'person' }).some((x) => x.type === 'misc'));
      assert.deepEqual(index.searchByPrefix('brex').map((x) => x.id), ['misc:brexit']);
      assert.deepEqual(index.appearances('misc:brexit').map((g) => [g.article.path, g.appearances.length]).sort(), [['a', 2], ['b', 1]]);
      assert.deepEqual(index.cooccurring('misc:brexit').map((c) => c.entity.id).sort(), ['person:theresa-may', 'place:london']);
      const hit = index.entityAt('b', index.annotations('b')!.entities[0].start);
      assert.equal(hit?.entity.type, 'misc');
      assert.deepEqual(index.stats(), { articles: 2, people: 1, organizations: 0, places: 1, misc: 1, quotes: 0 });
      index.remove('a');
      index.remove('b');
      assert.equal(index.entity('misc:brexit'), undefined);
      assert.equal(index.stats().misc, 0);
    });

    it('takes a retype to misc from the corrections, moving the entity out of Organisations', () => {
      const index = new CorpusIndex();
      add(index, 'a', brexit('Deal', 'Iran said the JCPOA still holds.').mention('organization', 'JCPOA'));
      index.setCorrections('', { entities: [], ignore: [], retype: [{ text: 'JCPOA', type: 'misc' }], speakers: [] });
      assert.equal(index.entity('organization:jcpoa'), undefined);
      assert.equal(index.entity('misc:jcpoa')?.type, 'misc');
      assert.deepEqual(index.topEntities({ type: 'organization' }), []);
      assert.equal(index.stats().misc, 1);
    });
  });

  describe('updates', () => {
    it('replaces a document on update and forgets it on remove', () => {
      const index = new CorpusIndex();
      add(index, 'a', putinFull());
      add(index, 'c', new ArticleBuilder('Meeting\n\nVladimir Putin met Recep Erdogan.\n').person('Vladimir Putin').person('Recep Erdogan'));
      assert.equal(index.entity('person:vladimir-putin')?.articleCount, 2);
      const edited = new ArticleBuilder('Meeting\n\nRecep Erdogan met the press.\n').person('Recep Erdogan');
      add(index, 'c', edited);
      assert.equal(index.entity('person:vladimir-putin')?.articleCount, 1);
      assert.deepEqual(index.cooccurring('person:recep-erdogan'), []);
      assert.equal(index.entityAt('c', edited.text.indexOf('Erdogan'))?.entity.id, 'person:recep-erdogan');
      assert.equal(index.remove('c'), true);
      assert.equal(index.remove('c'), false);
      assert.equal(index.entity('person:recep-erdogan'), undefined);
      assert.deepEqual(index.searchByPrefix('rec'), []);
      assert.equal(index.annotations('c'), undefined);
      assert.deepEqual(index.stats(), { articles: 1, people: 1, organizations: 0, places: 0, misc: 0, quotes: 1 });
      index.remove('a');
      assert.deepEqual(index.stats(), { articles: 0, people: 0, organizations: 0, places: 0, misc: 0, quotes: 0 });
      assert.deepEqual(index.topEntities({}), []);
      assert.deepEqual(index.speakers(), []);
    });

    it('keeps two folders with the same file names apart', () => {
      const index = new CorpusIndex();
      add(index, '/one/article.txt', putinFull());
      add(index, '/two/article.txt', otherPutin());
      assert.equal(index.size, 2);
      assert.equal(index.entityAt('/two/article.txt', otherPutin().text.indexOf('Igor'))?.entity.id, 'person:igor-putin');
      assert.equal(index.entityAt('/one/article.txt', putinFull().text.indexOf('Vladimir'))?.entity.id, 'person:vladimir-putin');
    });
  });

  describe('incremental orderings', () => {
    it('answer like a fresh index after any sequence of upserts and removes', () => {
      const makers = [putinFull, putinBare, otherPutin, otherPresident,
        () => new ArticleBuilder('Meeting\n\nVladimir Putin met Recep Erdogan in Sochi.\n').person('Vladimir Putin').person('Recep Erdogan').mention('place', 'Sochi'),
        () => new ArticleBuilder('Erdogan\n\nErdogan spoke in Ankara.\n').person('Erdogan').mention('place', 'Ankara'),
        // Changes that move no link: per-entity results must still follow.
        () => new ArticleBuilder('Visit\n\nAngela Merkel visited Berlin.\n').person('Angela Merkel').mention('place', 'Berlin'),
        () => new ArticleBuilder('Speech\n\nAngela Merkel spoke in Paris, then in Berlin.\n').person('Angela Merkel').mention('place', 'Paris').mention('place', 'Berlin'),
        () => new ArticleBuilder('Brexit\n\nAngela Merkel spoke on Brexit in Paris.\n').person('Angela Merkel').mention('misc', 'Brexit').mention('place', 'Paris'),
        // A bare organisation name, linked while the corpus has one form of it with a place.
        () => new ArticleBuilder('Council\n\nThe Security Council met in Iran.\n').mention('organization', 'Security Council').mention('place', 'Iran'),
        () => new ArticleBuilder('Iran\n\nThe Security Council of Iran met in Iran.\n').mention('organization', 'Security Council of Iran').mention('place', 'Iran'),
        () => new ArticleBuilder('Russia\n\nThe Security Council of Russia met in Russia.\n').mention('organization', 'Security Council of Russia').mention('place', 'Russia')];
      let seed = 7;
      // High bits of an LCG: its low bits cycle too quickly for choices like n = 2.
      const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * n); };
      const index = new CorpusIndex();
      const current = new Map<string, ArticleBuilder>();
      const views = (ix: CorpusIndex) => JSON.stringify([
        ...(['mentions', 'articles', 'name'] as const).flatMap((by) => [undefined, 'person', 'place', 'organization', 'misc'].map((type) => ix.topEntities({ by, type: type as 'person' | undefined }))),
        ix.speakers(), ix.searchByPrefix('p'), ix.searchByPrefix('erd'), ix.articles(), ix.stats(),
        ...['person:vladimir-putin', 'person:putin', 'person:recep-erdogan', 'person:erdogan', 'person:igor-putin', 'place:sochi', 'person:boris-yeltsin', 'person:angela-merkel', 'place:berlin', 'place:paris', 'misc:brexit',
          'organization:security-council', 'organization:security-council-of-iran', 'organization:security-council-of-russia']
          .map((id) => [ix.entity(id), ix.appearances(id), ix.quotesBy(id), ix.cooccurring(id), ix.roles(id)]),
        [...current.keys()].map((p) => ix.annotations(p)),
      ]);
      for (let step = 0; step < 300; step++) {
        const path = `/doc${rnd(5)}`;
        if (rnd(3) === 0) { index.remove(path); current.delete(path); } else {
          const b = makers[rnd(makers.length)]();
          add(index, path, b);
          current.set(path, b);
        }
        if (rnd(2) === 0) continue; // leave some changes to pile up before the next read
        const fresh = new CorpusIndex();
        for (const [p, b] of current) add(fresh, p, b);
        assert.equal(views(index), views(fresh), `step ${step}`);
      }
    });
  });
});
