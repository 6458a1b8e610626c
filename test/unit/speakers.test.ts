import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/structure';
import type { Mention, Quote } from '../../src/core/model';
import { analyse } from '../../src/core/nlp/analysis';
import { findQuotes } from '../../src/core/nlp/quotes';

const article = (body: string) => `Headline for the speaker test\n\n${body}\n`;

function quotes(body: string, mentions: (text: string) => Mention[] = () => []): { text: string; quotes: Quote[] } {
  const text = article(body);
  const structure = parseArticle(text);
  return { text, quotes: findQuotes(text, structure, analyse(text, structure), mentions(text)) };
}

/** A person mention at the first occurrence of written, for tests that stand in for the entity linker. */
function mention(text: string, written: string, entity: string, name: string, role?: string): Mention {
  const start = text.indexOf(written);
  return { start, end: start + written.length, text: written, type: 'person', entity, name, role };
}

describe('speakers', () => {
  it('uses the entity mention for a named speaker', () => {
    const { quotes: qs } = quotes('“We are ready,” Putin said.', (t) => [mention(t, 'Putin', 'e1', 'Vladimir Putin')]);
    assert.equal(qs[0].speaker?.entity, 'e1');
    assert.equal(qs[0].speaker?.name, 'Vladimir Putin');
    assert.equal(qs[0].speaker?.text, 'Putin');
  });

  it('never takes a misc name (a law, a treaty) for the speaker, as it never takes a place', () => {
    for (const type of ['misc', 'place'] as const) {
      const { quotes: qs } = quotes('The Paris Agreement says that emissions must fall.', (t) => [{ ...mention(t, 'Paris Agreement', `${type}:paris-agreement`, 'Paris Agreement'), type }]);
      assert.equal(qs.length, 1, type);
      assert.equal(qs[0].speaker?.entity, null, type);
    }
  });

  it('resolves a pronoun to the subject of the previous sentences, not to the nearest name', () => {
    const { quotes: qs } = quotes('Angela Merkel met Emmanuel Macron in Paris. Merkel praised the talks. She said that the union would hold.');
    const q = qs.find((x) => x.text.includes('the union would hold'));
    assert.equal(q?.speaker?.text, 'She');
    assert.match(q?.speaker?.name ?? '', /Merkel/);
    assert.match(q?.speaker?.reason ?? '', /pronoun 'She' -> .*Merkel/);
  });

  it('resolves a description through the role written with a name', () => {
    const body = 'Russian President’s Special Envoy for Syria Alexander Lavrentiev visited Tehran. Ali Shamkhani, the secretary of the security council, met him. The Russian envoy said that Moscow supports Iran.';
    const { quotes: qs } = quotes(body);
    const q = qs.find((x) => x.text.includes('Moscow supports Iran'));
    assert.equal(q?.speaker?.text, 'The Russian envoy');
    assert.match(q?.speaker?.name ?? '', /Lavrentiev/);
  });

  it('resolves a description through a mention role from the entity linker', () => {
    const body = 'Mr Smith arrived on Monday. The finance minister said that taxes would fall.';
    const { quotes: qs } = quotes(body, (t) => [mention(t, 'Smith', 'e9', 'John Smith', 'finance minister')]);
    const q = qs.find((x) => x.text.includes('taxes would fall'));
    assert.equal(q?.speaker?.name, 'John Smith');
    assert.equal(q?.speaker?.entity, 'e9');
  });

  it('keeps an unresolvable description as written, with no entity and no name', () => {
    const { quotes: qs } = quotes('The economy will slow next year, a spokesman said.');
    const q = qs[0];
    assert.equal(q.speaker?.text, 'a spokesman');
    assert.equal(q.speaker?.name, null);
    assert.equal(q.speaker?.entity, null);
  });

  it('resolves a relative "who" to the name before it', () => {
    const { quotes: qs } = quotes('The bill passed, angering Senator Mary Jones, who said that it was rushed.');
    const q = qs.find((x) => x.text.includes('it was rushed'));
    assert.match(q?.speaker?.name ?? '', /Mary Jones/);
  });
});
