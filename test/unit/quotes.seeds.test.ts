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
  assert.match(q.speaker.name ?? '', name);
  assert.ok(q.speaker.reason && q.speaker.reason.length > 0, 'a reason is given');
}

/** The one quote containing words, checked for kind, speaker (as written and resolved) and cue. */
function expectQuote(quotes: Quote[], words: string, want: { kind: Quote['kind']; written: RegExp; name: RegExp; cue?: string }): Quote {
  const q = quoteWith(quotes, words);
  assert.equal(q.kind, want.kind);
  assertSpeaker(q, want.written, want.name);
  if (want.cue !== undefined) assert.equal(q.cue?.text, want.cue);
  return q;
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
    const q = expectQuote(quotes, 'recent achievements have been an effective step', { kind: 'direct', written: /^Iravani$/, name: /Iravani/, cue: 'said' });
    assert.ok(q.text.startsWith('“') && q.text.endsWith('”'), 'the span includes its marks');
  });

  it('closes a curly quote with a straight mark and resolves "The Iranian security official" to Iravani', () => {
    const q = expectQuote(quotes, 'attaches special importance to a political solution', { kind: 'direct', written: /^The Iranian security official$/, name: /Iravani/, cue: 'added' });
    assert.ok(q.text.endsWith('regard."'), 'the mixed “ ... " pair closes at the straight mark');
  });

  it('resolves "He ... adding “...”" to Iravani, the subject of the previous sentences, not the nearer Lavrentiev', () => {
    const q = quoteWith(quotes, 'the level of cooperation and positions of Iran and Russia');
    assertSpeaker(q, /^He$/, /Iravani/);
    assert.equal(q.cue?.text, 'adding');
    expectQuote(quotes, 'Iran and Russia will continue to strengthen', { kind: 'indirect', written: /^He$/, name: /Iravani/, cue: 'noted' });
  });

  it('reads "Lavrentiev ... said that Russia was committed to ..." as indirect speech', () => {
    const q = expectQuote(quotes, 'Russia was committed to supporting international agreements', { kind: 'indirect', written: /Lavrentiev/, name: /Lavrentiev/, cue: 'said' });
    assert.ok(q.text.startsWith('Russia was committed'), 'the content starts after "that"');
  });

  it('resolves "He hoped that ..." to Lavrentiev', () => {
    expectQuote(quotes, 'the continuation of the dialogue between China', { kind: 'indirect', written: /^He$/, name: /Lavrentiev/, cue: 'hoped' });
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
    expectQuote(quotes, 'he has travelled to Iran', { kind: 'indirect', written: /^The Russian envoy$/, name: /Lavrentiev/ });
  });

  it('reads "Lavrentiev said Russia is resolved ..." without "that"', () => {
    const q = expectQuote(quotes, 'Russia is resolved to sustain political and security cooperation', { kind: 'indirect', written: /^Lavrentiev$/, name: /Lavrentiev/, cue: 'said' });
    assert.ok(q.text.startsWith('Russia is resolved'));
  });

  it('gives the headline quotes of the related list to the name before the colon', () => {
    const assad = expectQuote(quotes, 'illegal, and can be viewed as an invasion', { kind: 'direct', written: /^Assad$/, name: /Assad/ });
    assert.equal(assad.text, '"illegal, and can be viewed as an invasion"');
    expectQuote(quotes, 'Certain countries presence in Syria illegitimate', { kind: 'direct', written: /^Shamkhani$/, name: /Shamkhani/, cue: ':' });
  });

  it('reads a headline "Russia\'s Putin says ..." as indirect speech by Putin', () => {
    expectQuote(quotes, 'presence of US forces in Syria illegitimate', { kind: 'indirect', written: /Putin/, name: /Putin/, cue: 'says' });
  });

  it('resolves "He also underlined that ..." to Putin', () => {
    const q = quoteWith(quotes, 'the Zionist regime of Israel’s obstructionist polices would go nowhere');
    assertSpeaker(q, /^He$/, /Putin/);
  });
});
