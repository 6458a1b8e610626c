import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import nlp from 'compromise/two';
import { fastBulkMatch, type BulkMatch } from '../../src/core/nlp/compromise/sweep';
import { compromiseBulkMatch } from '../../src/core/nlp/compromise/tagger';
import { englishWords } from './compromiseWords';
import { seed } from './seeds';

const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;

/** Runs fn with compromise's post-tagger choosing its rules with `chooser`. */
function using<T>(chooser: BulkMatch, fn: () => T): T {
  const before = one.bulkMatch;
  one.bulkMatch = chooser;
  try {
    return fn();
  } finally {
    one.bulkMatch = before;
  }
}

/** Every term's text and tags, as one comparable string. */
function tagsOf(text: string): string {
  const doc = nlp(text).document as unknown as Array<Array<{ text: string; tags: Set<string> }>>;
  return doc.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`).join(' ')).join('\n');
}

const same = (text: string) => assert.equal(using(fastBulkMatch, () => tagsOf(text)), using(compromiseBulkMatch, () => tagsOf(text)), text.slice(0, 80));

describe('compromise rule chooser (fastBulkMatch)', function () {
  this.timeout(120000);

  it('tags the seed articles exactly as compromise does', () => {
    for (const name of ['000', '004'] as const) same(seed(name).text);
  });

  it('tags random English-like text exactly as compromise does', () => {
    const sentence = fc.array(englishWords, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (ss) => same(ss.join('. '))), { numRuns: 300 });
  });

  it('tags arbitrary strings exactly as compromise does', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => same(text)), { numRuns: 200 });
  });

  it('finds the same matches as compromise on a hand-made net, duplicates, ifNo and matchOne included', () => {
    const rules = [
      { match: '#Noun #Verb', tag: 'Foo' },
      { match: '(the|a) #Noun', tag: 'Bar' },
      { match: 'said', tag: 'Said', ifNo: ['#Pronoun'] },
      { match: '.', tag: 'Any' },
      { match: 'the [#Adjective] #Noun', group: 0, tag: 'Adj' },
      { match: '(cat|dog) (said|barked)', tag: 'Pet' },
      // a word that matches the whole of a contraction skips its implicit second part
      { match: "we've #Adverb #Verb", tag: 'Contracted' },
    ];
    for (const net of [nlp.buildNet(rules), nlp.buildNet([...rules, { match: '#Noun #Verb', tag: 'Dup' }])]) {
    const sweep = (opts: object) => {
      const doc = nlp("The big dog barked. He said so. The cat said nothing, the minister said. We've really tried.");
      const found = doc.sweep(net, { ...opts, tagger: false }).found as Array<{ match: string; view: { text(): string } }>;
      return found.map((f) => `${f.match}→${f.view.text()}`);
    };
    for (const opts of [{}, { matchOne: true }]) {
      const theirs = using(compromiseBulkMatch, () => sweep(opts));
      assert.ok(theirs.length > 0);
      if (!('matchOne' in opts)) assert.ok(theirs.some((f) => f.startsWith("we've")), theirs.join('; '));
      assert.deepEqual(using(fastBulkMatch, () => sweep(opts)), theirs);
    }
    }
  });
});
