import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { decideGender, honorificBefore, personGender, pronounGender, type GenderEvidence, type GivenNameLookup } from '../../src/core/report/gender';
import { roleWordGender } from '../../src/core/nlp/genderWords';
import { ArticleBuilder } from './corpusFixtures';

const evidence = (e: Partial<GenderEvidence>): GenderEvidence => ({ pronouns: [], honorifics: [], titles: [], name: 'Alex Roe', ...e });
const lists: GivenNameLookup = (first) => ({ maria: 'female', john: 'male', alex: 'both' } as const)[first] ?? 'none';

describe('gender of quoted people', () => {
  it('goes by the pronouns first, the majority winning', () => {
    const g = decideGender(evidence({ pronouns: ['she', 'she', 'he'], honorifics: ['Mr'], name: 'John Roe' }), lists);
    assert.equal(g.gender, 'female');
    assert.equal(g.method, 'pronoun');
    assert.match(g.evidence, /'she' ×2 against 'he'/);
  });

  it('keeps a tie of pronouns unknown', () => {
    const g = decideGender(evidence({ pronouns: ['his', 'her'], titles: ['chairwoman'] }), lists);
    assert.deepEqual([g.gender, g.method], ['unknown', 'pronoun']);
    assert.match(g.evidence, /tie/);
  });

  it('reads an honorific, then a gendered title', () => {
    assert.deepEqual(pick(decideGender(evidence({ honorifics: ['Mrs.'], titles: ['congressman'] }), lists)), ['female', 'honorific']);
    assert.deepEqual(pick(decideGender(evidence({ titles: ['Chairwoman of the Board'] }), lists)), ['female', 'title']);
    assert.deepEqual(pick(decideGender(evidence({ titles: ['the Queen'] }), lists)), ['female', 'title']);
    assert.deepEqual(pick(decideGender(evidence({ titles: ['Congressman', 'spokesman'] }), lists)), ['male', 'title']);
  });

  it('does not read a nationality ending in -man as a title', () => {
    assert.equal(roleWordGender('german'), null);
    assert.equal(roleWordGender('human'), null);
    assert.deepEqual(pick(decideGender(evidence({ titles: ['German Chancellor'], name: 'Sam Roe' }), lists)), ['unknown', 'none']);
  });

  it('falls back to the given name, unknown when it is on both lists or the name is one word', () => {
    assert.deepEqual(pick(decideGender(evidence({ name: 'Maria Lopez' }), lists)), ['female', 'given name']);
    assert.deepEqual(pick(decideGender(evidence({ name: 'John Doe' }), lists)), ['male', 'given name']);
    const both = decideGender(evidence({ name: 'Alex Doe' }), lists);
    assert.deepEqual(pick(both), ['unknown', 'none']);
    assert.match(both.evidence, /both/);
    assert.deepEqual(pick(decideGender(evidence({ name: 'Maria' }), lists)), ['unknown', 'none']);
    assert.deepEqual(pick(decideGender(evidence({ name: 'Maria Lopez' }))), ['unknown', 'none']);
  });

  it('reads pronouns and honorifics as written', () => {
    assert.equal(pronounGender('She'), 'f');
    assert.equal(pronounGender('his'), 'm');
    assert.equal(pronounGender('they'), null);
    const text = 'The vote was close, said Mrs. Jane Roe. Ms Ada Poe agreed. He did not miss Smith.';
    assert.equal(honorificBefore(text, text.indexOf('Jane')), 'Mrs');
    assert.equal(honorificBefore(text, text.indexOf('Ada')), 'Ms');
    assert.equal(honorificBefore(text, text.indexOf('Smith')), null);
  });

  it('collects the evidence from the corpus: pronoun speakers, honorifics before mentions, roles', () => {
    const text = 'Council vote\n\nMrs. Jane Roe, the council chairwoman, spoke. "We will win," she said. "It is close," she added.\n';
    const a = new ArticleBuilder(text).person('Jane Roe', { role: 'council chairwoman' }).quote('We will win', 'she', 'Jane Roe').quote('It is close', 'she', 'Jane Roe').build();
    const index = new CorpusIndex();
    index.upsert('/c/a.txt', text, a);
    const g = personGender(index, 'person:jane-roe', { text: () => text, givenName: lists });
    assert.deepEqual(pick(g), ['female', 'pronoun']);
    assert.match(g.evidence, /'she' ×2/);
    // Without the pronouns, the honorific before the mention decides.
    const b = new ArticleBuilder(text).person('Jane Roe', { role: 'council chairwoman' }).build();
    const other = new CorpusIndex();
    other.upsert('/c/b.txt', text, b);
    assert.deepEqual(pick(personGender(other, 'person:jane-roe', { text: () => text })), ['female', 'honorific']);
    assert.deepEqual(pick(personGender(other, 'person:jane-roe')), ['female', 'title']);
  });
});

function pick(g: { gender: string; method: string }): [string, string] {
  return [g.gender, g.method];
}
