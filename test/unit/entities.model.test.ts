import { strict as assert } from 'node:assert';
import { entitiesOf, mentions, named } from './entitiesHelpers';

describe('entities: names and roles apart', () => {
  it('a title before a name is its role, not part of it', () => {
    const ms = entitiesOf('Author Cecil Foster said the novel took him ten years to write.');
    assert.deepEqual(mentions(ms), ['person:Cecil Foster']);
    const [m] = named(ms, 'person', 'Cecil Foster');
    assert.ok(m, `person Cecil Foster in ${JSON.stringify(ms.map((x) => [x.type, x.text]))}`);
    assert.equal(m.role, 'Author');
    assert.equal(ms.filter((x) => x.text.includes('Author')).length, 0);
  });

  it('a ministry title with its portfolio is the role of the minister who follows', () => {
    const ms = entitiesOf('Minister of Crown-Indigenous Relations Carolyn Bennett announced the agreement on Tuesday.');
    assert.deepEqual(mentions(ms), ['person:Carolyn Bennett']);
    const [m] = named(ms, 'person', 'Carolyn Bennett');
    assert.ok(m, `person Carolyn Bennett in ${JSON.stringify(ms.map((x) => [x.type, x.text]))}`);
    assert.equal(m.role, 'Minister of Crown-Indigenous Relations');
  });

  it('sentence openers, pronouns and function words in capitals are not people', () => {
    const text = 'No, the plan was never public. But This Week the mayor said so.\nThis is not over, he said.';
    const ms = entitiesOf(text);
    const people = ms.filter((m) => m.type === 'person').map((m) => m.text);
    for (const w of ['No', 'But', 'This', 'This Week']) assert.ok(!people.includes(w), `${w} is not a person: ${people}`);
    assert.deepEqual(mentions(ms), []);
  });

  it('one name keeps one type across the article', () => {
    const text = 'Alexander Lavrentiev arrived in Tehran on Friday.\nLavrentiev met officials.\nThe talks, Lavrentiev said, went well.';
    const ms = entitiesOf(text);
    assert.deepEqual(mentions(ms), ['person:Alexander Lavrentiev', 'place:Tehran', 'person:Lavrentiev', 'person:Lavrentiev']);
    const types = new Set(ms.filter((m) => m.text === 'Lavrentiev').map((m) => m.type));
    assert.deepEqual([...types], ['person']);
  });
});
