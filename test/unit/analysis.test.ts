import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';

describe('analysis', () => {
  const tokensOf = (text: string) => analyse(text, parseArticle(text)).sentences.flatMap((s) => s.tokens);

  it('keeps token text equal to the slice, with astral and zero-width characters', () => {
    const text = 'Talks 😀 on\u200bMonday.\r\nAmir\u00a0Saeid Iravani said so.';
    for (const t of tokensOf(text)) assert.equal(t.text, text.slice(t.start, t.end));
  });

  it('splits words glued by a comma or a section label', () => {
    const words = tokensOf('He spoke of sanctions,Tasnim News Agency reported. Iran PressEurope: Lavrentiev held talks.').map((t) => t.text);
    assert.ok(words.includes('Tasnim'));
    assert.ok(words.includes('Press') && words.includes('Europe'));
  });

  it('ends a sentence after "U.S." when a sentence opener follows, and only then', () => {
    const text = 'Headline here\n\nThe attacks came in the U.S. He says more will follow. She met U.S. officials in Paris.\n';
    const sentences = analyse(text, parseArticle(text)).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences.slice(1), ['The attacks came in the U.S.', 'He says more will follow', 'She met U.S. officials in Paris']);
  });

  const sentencesOf = (text: string) => analyse(text, parseArticle(text)).sentences.map((s) => text.slice(s.start, s.end));

  it('keeps abbreviations and initials inside their sentence', () => {
    const text = 'Headline here\n\nRep. John Mica (R-Fla.) said the plan had failed. Durham scored 326 (A. Dale 69, D. Cox 95).\n';
    assert.deepEqual(sentencesOf(text).slice(1), ['Rep. John Mica (R-Fla.) said the plan had failed', 'Durham scored 326 (A. Dale 69, D. Cox 95']);
  });

  it('ends a sentence at a question inside a quotation', () => {
    const text = 'Headline here\n\n“Are we where we need to be? Probably not,” Ms. Moore said.\n';
    assert.deepEqual(sentencesOf(text).slice(1), ['Are we where we need to be', 'Probably not,” Ms. Moore said']);
  });

  it('starts a sentence at a line that opens a quotation', () => {
    const comments = 'Headline here\n\nHere is what readers said about the candidate\n“He is wrong for us.” ― Ana Ruiz\n“I am afraid,” wrote another.\n';
    assert.deepEqual(sentencesOf(comments).slice(1), ['Here is what readers said about the candidate', 'He is wrong for us', '― Ana Ruiz', 'I am afraid,” wrote another']);
  });

  it('numbers the sentences and gives each its range among all the tokens', () => {
    const text = 'Headline here\n\nThe talks ended. Officials said so.\n';
    const { sentences } = analyse(text, parseArticle(text));
    let k = 0;
    sentences.forEach((s, i) => {
      assert.equal(s.index, i);
      assert.deepEqual([s.first, s.last], [k, k + s.tokens.length - 1]);
      k += s.tokens.length;
    });
  });

  it('does not tag boilerplate or related headlines', () => {
    const text = 'Headline here\n\nBody text about Iran.\n\nRelated News:\n\nPutin visits Tehran\n';
    const kinds = analyse(text, parseArticle(text)).sentences.map((s) => s.kind);
    assert.ok(!kinds.includes('related') && !kinds.includes('boilerplate'));
  });
});
