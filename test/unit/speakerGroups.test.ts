import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { isUnnamedSource, speakerGroupOf } from '../../src/core/corpus/speakerGroups';
import type { Speaker } from '../../src/core/model';

function speaker(text: string, name: string | null = null, entity: string | null = null): Speaker {
  return { start: 0, end: text.length, text, name, entity };
}

describe('speaker groups of the Quotes view', () => {
  it('calls plural and indefinite descriptions unnamed sources, and pronouns and definite ones not', () => {
    for (const s of ['officials', 'a spokesman', 'analysts', 'critics', 'sources', 'Senior administration officials', 'two people familiar with the talks', 'Her critics']) {
      assert.ok(isUnnamedSource(s), s);
    }
    for (const s of ['he', 'they', 'who', 'those', 'I', 'We', 'his', 'the campaign', 'the congress', '”', '']) {
      assert.ok(!isUnnamedSource(s), s);
    }
  });

  it('groups quotes with no name: unnamed sources apart, the rest unresolved; named and absent speakers in no group', () => {
    assert.equal(speakerGroupOf({ speaker: speaker('officials'), speakerEntity: null }), 'unnamed');
    assert.equal(speakerGroupOf({ speaker: speaker('a spokesman'), speakerEntity: null }), 'unnamed');
    assert.equal(speakerGroupOf({ speaker: speaker('he'), speakerEntity: null }), 'unresolved');
    assert.equal(speakerGroupOf({ speaker: speaker('who'), speakerEntity: null }), 'unresolved');
    assert.equal(speakerGroupOf({ speaker: speaker('the campaign'), speakerEntity: null }), 'unresolved');
    assert.equal(speakerGroupOf({ speaker: speaker('Lee', 'Jane Lee', 'person:jane-lee'), speakerEntity: 'person:jane-lee' }), null);
    assert.equal(speakerGroupOf({ speaker: speaker('I', 'the author'), speakerEntity: null }), null);
    // A description the corpus linked to a person is listed under that person.
    assert.equal(speakerGroupOf({ speaker: speaker('the envoy'), speakerEntity: 'person:jane-lee' }), null);
    assert.equal(speakerGroupOf({ speaker: null, speakerEntity: null }), null);
  });

  it('lists a corpus\'s pronoun and unnamed-source quotes in the two groups, never under a pronoun', () => {
    const index = new CorpusIndex();
    const text = 'Budget talks stall\n\nThe budget will be late, officials said on Monday.\n\nThe deal is dead, he said.\n';
    index.upsert('/c/a.txt', text, annotateText(text, '/c/a.txt'));
    const unnamed = index.quotesInGroup('unnamed');
    const unresolved = index.quotesInGroup('unresolved');
    assert.deepEqual(unnamed.map((q) => q.speaker?.text), ['officials']);
    assert.deepEqual(unresolved.map((q) => q.speaker?.text), ['he']);
    assert.ok(index.speakers().every((s) => !/^(he|officials)$/i.test(s.speaker.name)));
    // A changed document is read again.
    const next = 'Budget talks stall\n\nThe deal is dead, she said.\n';
    index.upsert('/c/a.txt', next, annotateText(next, '/c/a.txt'));
    assert.deepEqual(index.quotesInGroup('unnamed'), []);
    assert.deepEqual(index.quotesInGroup('unresolved').map((q) => q.speaker?.text), ['she']);
  });
});
