import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';
import { cueAt, cueInfo, cueLemma } from '../../src/core/nlp/cues';

function cuesIn(sentence: string): string[] {
  const text = `Headline for the cue test\n\n${sentence}\n`;
  const tokens = analyse(text, parseArticle(text)).sentences.flatMap((s) => s.tokens);
  const out: string[] = [];
  tokens.forEach((_, i) => {
    const c = cueAt(tokens, i);
    if (c) out.push(text.slice(tokens[c.first].start, tokens[c.last].end));
  });
  return out;
}

describe('cue lexicon', () => {
  it('knows regular and irregular forms of reporting verbs', () => {
    for (const w of ['said', 'says', 'told', 'added', 'noted', 'argued', 'warned', 'claimed', 'stressed', 'emphasized', 'hoped', 'urged', 'wrote', 'tweeted']) {
      assert.ok(cueLemma(w), w);
    }
    assert.equal(cueLemma('told'), 'tell');
    assert.equal(cueLemma('table'), null);
  });

  it('tells verbs of saying from verbs of thinking and of stance', () => {
    assert.ok(cueInfo('say').speech && cueInfo('say').bare);
    assert.ok(!cueInfo('believe').speech && cueInfo('believe').bare);
    assert.ok(cueInfo('criticize').stance);
    assert.ok(!cueInfo('say').stance, '"said so" has no reported object');
  });

  it('finds multi-word cues and progressive forms', () => {
    assert.deepEqual(cuesIn('According to the minister, he pointed out the risk.'), ['According to', 'pointed out']);
    assert.ok(cuesIn('Trump is defending his remarks.').includes('defending'));
  });

  it('ignores nouns that look like cues', () => {
    assert.deepEqual(cuesIn('The report was on the table.'), []);
  });
});
