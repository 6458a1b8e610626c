// Office descriptions resolved across the corpus (issue 15): the seeds, and a generated corpus of two holders.
import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { ArticleBuilder, indexSeeds } from './corpusFixtures';
import { seed } from './seeds';

describe('office mentions across the corpus', () => {
  describe('on the seed articles (real engine)', () => {
    const index = new CorpusIndex();
    before(() => indexSeeds(index));

    it('makes the three "Russian president" of the first seed mentions of Vladimir Putin, naming the second seed', () => {
      const first = seed('000');
      const offices = index.annotations(first.path)!.entities.filter((m) => m.office);
      assert.deepEqual(offices.map((m) => m.text), ["Russian president's", 'Russian president', 'Russian president']);
      for (const m of offices) {
        assert.equal(m.name, 'Vladimir Putin');
        assert.equal(m.office, 'president of Russia');
      }
      const hit = index.entityAt(first.path, offices[1].start + 2);
      assert.equal(hit?.entity.name, 'Vladimir Putin');
      assert.equal(hit?.link?.kind, 'office');
      assert.match(hit!.link!.detail, /president of Russia.*Vladimir Putin.*Putin sends envoy to Tehran/);
    });

    it('counts both articles for Vladimir Putin and lists them among his appearances', () => {
      const putin = index.entity('person:vladimir-putin')!;
      assert.equal(putin.articleCount, 2);
      const groups = index.appearances(putin.id);
      assert.deepEqual(new Set(groups.map((g) => g.article.path)), new Set([seed('000').path, seed('004').path]));
    });

    it('counts the same quotes for an office holder in the speakers list as quotesBy lists', () => {
      for (const { speaker, count } of index.speakers()) assert.equal(count, index.quotesBy(speaker.id).length, speaker.name);
    });

    it('drops the office mentions of a text the reader marked "not an entity", and brings them back when unmarked', () => {
      const first = seed('000').path;
      const offices = () => index.annotations(first)!.entities.filter((m) => m.office).length;
      index.setCorrections('', { entities: [], ignore: ['Russian president'], retype: [], speakers: [] });
      assert.equal(offices(), 0);
      assert.equal(index.entity('person:vladimir-putin')!.articleCount, 1);
      index.setCorrections('', undefined);
      assert.equal(offices(), 3);
      assert.equal(index.entity('person:vladimir-putin')!.articleCount, 2);
    });

    it('leaves the title chains of Lavrentiev and the appositive of Putin as they were', () => {
      const second = seed('004');
      assert.equal(index.annotations(second.path)!.entities.filter((m) => m.office).length, 0);
    });
  });

  describe('two holders of one office over time', () => {
    // "President Anna Varga" in 2016 articles, "President Boris Okafor" in 2018 ones; then "the president".
    const dated = (date: string, text: string) => `Headline\n\nCAPITAL, ${date} (Wire) - ${text}`;
    function put(index: CorpusIndex, path: string, text: string, person?: string): void {
      const b = new ArticleBuilder(text);
      if (person) b.person(person, { role: 'President' });
      const a = b.build(path);
      if (/\d{4}/.test(text)) a.dateline = { start: 0, end: 0, text: '', place: 'CAPITAL', date: /(\w+ \d+, \d{4})/.exec(text)![1], agency: null };
      index.upsert(path, text, a);
    }
    function corpus(): CorpusIndex {
      const index = new CorpusIndex();
      for (const [i, d] of ['March 3, 2016', 'June 9, 2016', 'October 2, 2016'].entries()) put(index, `a${i}`, dated(d, 'President Anna Varga spoke on trade.'), 'Anna Varga');
      for (const [i, d] of ['February 5, 2018', 'May 7, 2018', 'August 1, 2018'].entries()) put(index, `b${i}`, dated(d, 'President Boris Okafor spoke on trade.'), 'Boris Okafor');
      return index;
    }
    const officeOfNews = (index: CorpusIndex, path: string) => index.annotations(path)!.entities.filter((m) => m.office).map((m) => m.name);

    it('resolves "the president" by the article date', () => {
      const index = corpus();
      put(index, 'x2016', dated('July 4, 2016', 'The president said the talks went well.'));
      put(index, 'x2018', dated('June 1, 2018', 'The president said the talks went well.'));
      assert.deepEqual(officeOfNews(index, 'x2016'), ['Anna Varga']);
      assert.deepEqual(officeOfNews(index, 'x2018'), ['Boris Okafor']);
    });

    it('leaves an undated article with two possible holders unresolved', () => {
      const index = corpus();
      put(index, 'undated', 'Headline\n\nThe president said the talks went well.');
      assert.deepEqual(officeOfNews(index, 'undated'), []);
    });

    it('resolves nothing when the register is ambiguous at that date', () => {
      const index = corpus();
      put(index, 'rival', dated('June 20, 2016', 'President Clara Lindqvist spoke on trade.'), 'Clara Lindqvist');
      put(index, 'rival2', dated('July 20, 2016', 'President Clara Lindqvist spoke on trade.'), 'Clara Lindqvist');
      put(index, 'x2016', dated('July 4, 2016', 'The president said the talks went well.'));
      assert.deepEqual(officeOfNews(index, 'x2016'), []);
    });

    it('names the holder as the speaker of "the president said", and counts that quote for them', () => {
      const index = corpus();
      const text = dated('June 1, 2018', '"Talks went well," the president said.');
      const b = new ArticleBuilder(text).quote('"Talks went well,"', 'the president', null);
      const a = b.build('q2018');
      a.dateline = { start: 0, end: 0, text: '', place: 'CAPITAL', date: 'June 1, 2018', agency: null };
      index.upsert('q2018', text, a);
      const q = index.quoteAt('q2018', text.indexOf('Talks'));
      assert.equal(q?.speakerEntity, 'person:boris-okafor');
      assert.equal(q?.speakerLink?.kind, 'office');
      const okafor = index.speakers().find((s) => s.speaker.id === 'person:boris-okafor');
      assert.equal(okafor?.count, index.quotesBy('person:boris-okafor').length);
      assert.equal(okafor?.count, 1);
    });

    it('follows the corpus: removing the observing articles unresolves the description', () => {
      const index = corpus();
      put(index, 'x2018', dated('June 1, 2018', 'The president said the talks went well.'));
      for (const p of ['b0', 'b1', 'b2']) index.remove(p);
      assert.deepEqual(officeOfNews(index, 'x2018'), [], 'the 2016 holder is out of range in 2018');
    });
  });

  describe("a title without a country, completed by the article's country", () => {
    // "British Prime Minister Mary Holt" in London stories, "Japanese Prime Minister Ken Sato" in Tokyo ones.
    function put(index: CorpusIndex, path: string, place: string, body: string, people: [string, string][] = [], places: string[] = []): void {
      const text = `Headline\n\n${place}, May 7, 2018 (Wire) - ${body}`;
      const b = new ArticleBuilder(text);
      for (const [name, role] of people) b.person(name, { role });
      for (const p of places) b.mention('place', p);
      const a = b.build(path);
      if (place) a.dateline = { start: 0, end: 0, text: '', place, date: 'May 7, 2018', agency: null };
      index.upsert(path, text, a);
    }
    function corpus(): CorpusIndex {
      const index = new CorpusIndex();
      for (const i of [0, 1]) put(index, `uk${i}`, 'LONDON', 'British Prime Minister Mary Holt spoke on trade.', [['Mary Holt', 'British Prime Minister']]);
      for (const i of [0, 1]) put(index, `jp${i}`, 'TOKYO', 'Japanese Prime Minister Ken Sato spoke on trade.', [['Ken Sato', 'Japanese Prime Minister']]);
      return index;
    }
    const officeOfNews = (index: CorpusIndex, path: string) => index.annotations(path)!.entities.filter((m) => m.office).map((m) => m.name);

    it('reads "the prime minister" of a London story as Britain\'s and of a Tokyo story as Japan\'s, saying why', () => {
      const index = corpus();
      put(index, 'x-london', 'LONDON', 'The prime minister said the talks went well.');
      put(index, 'x-tokyo', 'TOKYO', 'The prime minister said the talks went well.');
      assert.deepEqual(officeOfNews(index, 'x-london'), ['Mary Holt']);
      assert.deepEqual(officeOfNews(index, 'x-tokyo'), ['Ken Sato']);
      const text = index.textOf('x-tokyo')!;
      const hit = index.entityAt('x-tokyo', text.indexOf('prime minister') + 2);
      assert.match(hit!.link!.detail, /prime minister of Japan.*Ken Sato.*Japan, from its dateline, TOKYO/);
    });

    it('takes the country the article names most when it has no dateline, and none when no country stands out', () => {
      const index = corpus();
      put(index, 'ctx', '', 'Japan and Japan again: the prime minister said talks with Japan went well.', [], ['Japan', 'Japan', 'Japan']);
      put(index, 'mixed', '', 'Japan and Britain: the prime minister said talks went well.', [], ['Japan', 'Britain']);
      assert.deepEqual(officeOfNews(index, 'ctx'), ['Ken Sato']);
      assert.deepEqual(officeOfNews(index, 'mixed'), []);
    });

    it('prefers the holder the article itself names, whatever the dateline', () => {
      const index = corpus();
      put(index, 'own', 'LONDON', 'Japanese Prime Minister Ken Sato arrived. The prime minister said talks went well.', [['Ken Sato', 'Japanese Prime Minister']]);
      assert.deepEqual(officeOfNews(index, 'own'), ['Ken Sato']);
    });

    it('leaves "the prime minister" of a city whose country the corpus has no holder for unresolved', () => {
      const index = corpus();
      put(index, 'paris', 'PARIS', 'The prime minister said the talks went well.');
      assert.deepEqual(officeOfNews(index, 'paris'), []);
    });
  });
});
