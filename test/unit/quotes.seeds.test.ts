import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import type { Quote } from '../../src/core/model';
import { seed } from './seeds';

/** The quote whose text contains the given words (exactly one). */
function quoteWith(quotes: Quote[], words: string): Quote {
  const found = quotes.filter((q) => q.text.includes(words));
  assert.equal(found.length, 1, `one quote containing '${words}', got ${found.length}: ${quotes.map((q) => q.text.slice(0, 40)).join(' | ')}`);
  return found[0];
}

function assertSpeaker(q: Quote, written: RegExp, name: RegExp): void {
  assert.ok(q.speaker, `a speaker for '${q.text.slice(0, 40)}'`);
  assert.match(q.speaker.text, written);
  assert.match(q.speaker.name, name);
  assert.ok(q.speaker.reason && q.speaker.reason.length > 0, 'a reason is given');
}

describe('quotes on seed 000 (Iravani and Lavrentiev)', () => {
  const { text } = seed('000');
  const quotes = annotateText(text).quotes;

  it('keeps every span exact', () => {
    for (const q of quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
  });

  it('finds the curly quote after "Iravani said" with its speaker and cue', () => {
    const q = quoteWith(quotes, 'recent achievements have been an effective step');
    assert.equal(q.kind, 'direct');
    assert.ok(q.text.startsWith('“') && q.text.endsWith('”'), 'the span includes its marks');
    assertSpeaker(q, /^Iravani$/, /Iravani/);
    assert.equal(q.cue?.text, 'said');
  });

  it('closes a curly quote with a straight mark and resolves "The Iranian security official" to Iravani', () => {
    const q = quoteWith(quotes, 'attaches special importance to a political solution');
    assert.equal(q.kind, 'direct');
    assert.ok(q.text.endsWith('regard."'), 'the mixed “ ... " pair closes at the straight mark');
    assertSpeaker(q, /^The Iranian security official$/, /Iravani/);
    assert.equal(q.cue?.text, 'added');
  });

  it('resolves "He ... adding “...”" to Iravani, the subject of the previous sentences, not the nearer Lavrentiev', () => {
    const q = quoteWith(quotes, 'the level of cooperation and positions of Iran and Russia');
    assertSpeaker(q, /^He$/, /Iravani/);
    assert.equal(q.cue?.text, 'adding');
    const noted = quoteWith(quotes, 'Iran and Russia will continue to strengthen');
    assert.equal(noted.kind, 'indirect');
    assertSpeaker(noted, /^He$/, /Iravani/);
    assert.equal(noted.cue?.text, 'noted');
  });

  it('reads "Lavrentiev ... said that Russia was committed to ..." as indirect speech', () => {
    const q = quoteWith(quotes, 'Russia was committed to supporting international agreements');
    assert.equal(q.kind, 'indirect');
    assert.ok(q.text.startsWith('Russia was committed'), 'the content starts after "that"');
    assertSpeaker(q, /Lavrentiev/, /Lavrentiev/);
    assert.equal(q.cue?.text, 'said');
  });

  it('resolves "He hoped that ..." to Lavrentiev', () => {
    const q = quoteWith(quotes, 'the continuation of the dialogue between China');
    assert.equal(q.kind, 'indirect');
    assertSpeaker(q, /^He$/, /Lavrentiev/);
    assert.equal(q.cue?.text, 'hoped');
  });

  it('yields no quote from the boilerplate', () => {
    const boiler = text.indexOf('News Code');
    assert.ok(quotes.every((q) => q.end <= boiler));
  });
});

describe('quotes on seed 004 (Lavrentiev in Tehran)', () => {
  const { text } = seed('004');
  const quotes = annotateText(text).quotes;

  it('resolves "The Russian envoy said" to Lavrentiev', () => {
    const q = quoteWith(quotes, 'he has travelled to Iran');
    assert.equal(q.kind, 'indirect');
    assertSpeaker(q, /^The Russian envoy$/, /Lavrentiev/);
  });

  it('reads "Lavrentiev said Russia is resolved ..." without "that"', () => {
    const q = quoteWith(quotes, 'Russia is resolved to sustain political and security cooperation');
    assert.equal(q.kind, 'indirect');
    assert.ok(q.text.startsWith('Russia is resolved'));
    assertSpeaker(q, /^Lavrentiev$/, /Lavrentiev/);
    assert.equal(q.cue?.text, 'said');
  });

  it('gives the headline quotes of the related list to the name before the colon', () => {
    const assad = quoteWith(quotes, 'illegal, and can be viewed as an invasion');
    assert.equal(assad.kind, 'direct');
    assert.equal(assad.text, '"illegal, and can be viewed as an invasion"');
    assertSpeaker(assad, /^Assad$/, /Assad/);
    const shamkhani = quoteWith(quotes, 'Certain countries presence in Syria illegitimate');
    assert.equal(shamkhani.kind, 'direct');
    assertSpeaker(shamkhani, /^Shamkhani$/, /Shamkhani/);
    assert.equal(shamkhani.cue?.text, ':');
  });

  it('reads a headline "Russia\'s Putin says ..." as indirect speech by Putin', () => {
    const q = quoteWith(quotes, 'presence of US forces in Syria illegitimate');
    assert.equal(q.kind, 'indirect');
    assertSpeaker(q, /Putin/, /Putin/);
    assert.equal(q.cue?.text, 'says');
  });

  it('resolves "He also underlined that ..." to Putin', () => {
    const q = quoteWith(quotes, 'the Zionist regime of Israel’s obstructionist polices would go nowhere');
    assertSpeaker(q, /^He$/, /Putin/);
  });
});
