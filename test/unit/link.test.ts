import { strict as assert } from 'node:assert';
import { linkMentions, initials } from '../../src/core/articleLinks/linker';
import { entityId, slug } from '../../src/core/articleLinks/ids';

describe('within-document linking', () => {
  it('makes ids from type and canonical name', () => {
    assert.equal(entityId('person', 'Vladimir Putin'), 'person:vladimir-putin');
    assert.equal(slug('José  Martí'), 'jose-marti');
  });

  it('links a surname to the nearest full name before it', () => {
    const ms = linkMentions([
      { type: 'person', start: 0, end: 12, text: 'Bill Clinton' },
      { type: 'person', start: 20, end: 35, text: 'Hillary Clinton' },
      { type: 'person', start: 40, end: 47, text: 'Clinton' },
    ]);
    assert.equal(ms[2].name, 'Hillary Clinton');
  });

  it('links acronyms by initials and by gazetteer', () => {
    assert.equal(initials('Mehr News Agency'), 'mna');
    const ms = linkMentions([
      { type: 'organization', start: 0, end: 26, text: 'Kurdistan Democratic Party' },
      { type: 'organization', start: 30, end: 33, text: 'KDP' },
    ]);
    assert.equal(ms[1].entity, 'organization:kurdistan-democratic-party');
  });

  it('shows names written in capitals in title case', () => {
    const [m] = linkMentions([{ type: 'place', start: 0, end: 8, text: 'NEW YORK' }]);
    assert.equal(m.name, 'New York');
  });
});
