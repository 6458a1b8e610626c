import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { middlesAgree, nameShape, variantTargets, type VariantForm } from '../../src/core/corpus/nameVariants';
import { nameWords } from '../../src/core/text/linkKeys';
import { ArticleBuilder } from './corpusFixtures';

/** An article naming each person once, as written. */
function article(...names: string[]): ArticleBuilder {
  const b = new ArticleBuilder(`Headline\n\n${names.map((n) => `${n} spoke on Monday.`).join(' ')}`);
  for (const n of names) b.person(n);
  return b;
}

function indexOf(...articles: string[][]): CorpusIndex {
  const index = new CorpusIndex();
  articles.forEach((names, i) => {
    const b = article(...names);
    index.upsert(`doc${i}`, b.text, b.build(`doc${i}`));
  });
  return index;
}

const form = (id: string, middles: string[], docs = 1): VariantForm => ({ id, name: id, middles, docs, mentions: docs });

describe('name variants across the corpus', () => {
  it('splits a name into given name + surname (suffix kept) and middles', () => {
    assert.deepEqual(nameShape(nameWords('Donald J. Trump')), { key: 'donald|trump', middles: ['j'] });
    assert.deepEqual(nameShape(nameWords('George H.W. Bush')), { key: 'george|bush', middles: ['hw'] });
    assert.deepEqual(nameShape(nameWords('Jason Marcel LeBlanc')), { key: 'jason|leblanc', middles: ['marcel'] });
    assert.deepEqual(nameShape(nameWords('Donald Trump Jr.')), { key: 'donald|trump|jr', middles: [] });
    assert.equal(nameShape(['putin']), null);
  });

  it('agrees an initial with the name it stands for, and nothing else', () => {
    assert.ok(middlesAgree(['j'], ['john']));
    assert.ok(middlesAgree([], ['marcel']));
    assert.ok(!middlesAgree(['w'], ['hw']));
    assert.ok(!middlesAgree(['mark'], ['marcel']));
  });

  it('joins compatible forms into the one used most; disagreeing middles keep everyone apart', () => {
    assert.deepEqual([...variantTargets([form('plain', [], 5), form('j', ['j'], 2), form('john', ['john'], 1)])], [['j', 'plain'], ['john', 'plain']]);
    const bush = variantTargets([form('george-bush', [], 3), form('george-w-bush', ['w'], 4), form('george-hw-bush', ['hw'], 2)]);
    assert.equal(bush.size, 0, 'W. and H.W. are two people; the bare form could be either');
  });

  it('merges "Donald J. Trump" with "Donald Trump" and "Jason Marcel LeBlanc" with "Jason LeBlanc", naming the form used most', () => {
    const index = indexOf(['Donald Trump', 'Jason LeBlanc'], ['Donald Trump'], ['Donald J. Trump', 'Jason Marcel LeBlanc']);
    const trump = index.entity('person:donald-j-trump');
    assert.equal(trump?.id, 'person:donald-trump');
    assert.equal(trump?.name, 'Donald Trump');
    assert.equal(trump?.articleCount, 3);
    const leblanc = index.entity('person:jason-leblanc');
    assert.ok(leblanc && leblanc.id === index.entity('person:jason-marcel-leblanc')?.id, 'LeBlanc is one person');
    const hit = index.entityAt('doc2', index.annotations('doc2')!.entities[0].start);
    assert.equal(hit?.link?.kind, 'variant');
    assert.match(hit!.link!.detail, /middle name or initial/);
    assert.equal(index.stats().people, 2);
    assert.deepEqual(index.aliases('person:donald-trump'), ['Donald J. Trump'], 'the other form, for the hover');
  });

  it('keeps "George W. Bush" and "George H.W. Bush" apart, and the bare "George Bush" with them', () => {
    const index = indexOf(['George W. Bush'], ['George H.W. Bush'], ['George Bush']);
    const ids = ['person:george-w-bush', 'person:george-hw-bush', 'person:george-bush'].map((id) => index.entity(id)?.id);
    assert.equal(new Set(ids).size, 3, ids.join(', '));
  });

  it('links a bare surname through the variants to their one person, and leaves it when two people share it', () => {
    const one = indexOf(['Donald Trump'], ['Donald J. Trump'], ['Trump']);
    const trump = one.entity('person:donald-trump')?.id;
    assert.equal(one.entity('person:donald-j-trump')?.id, trump);
    assert.equal(one.entity('person:trump')?.id, trump, 'the bare surname joins the one person');
    const two = indexOf(['Barack Obama'], ['Michelle Obama'], ['Obama']);
    assert.equal(two.entity('person:obama')?.id, 'person:obama', 'ambiguous bare surname stays unresolved');
  });

  it('moves the group name to the form that becomes most used, and parts the forms when an article goes', () => {
    const index = new CorpusIndex();
    const put = (path: string, ...names: string[]) => { const b = article(...names); index.upsert(path, b.text, b.build(path)); };
    put('a', 'Loretta E. Lynch');
    put('b', 'Loretta Lynch');
    put('c', 'Loretta E. Lynch');
    assert.equal(index.entity('person:loretta-lynch')?.name, 'Loretta E. Lynch');
    put('d', 'Loretta Lynch');
    put('e', 'Loretta Lynch');
    assert.equal(index.entity('person:loretta-e-lynch')?.name, 'Loretta Lynch');
    for (const p of ['b', 'd', 'e']) index.remove(p);
    assert.equal(index.entity('person:loretta-e-lynch')?.id, 'person:loretta-e-lynch');
    assert.equal(index.entity('person:loretta-lynch'), undefined);
    assert.equal(index.stats().people, 1);
  });
});
