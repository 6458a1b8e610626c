import { bilouLabel } from '../../learn/bilou';
import type { Span } from '../../model';
import type { Analysis } from '../analysis';
import { isShouting, isTitleCase, sentenceWords, type Word } from '../words';
import type { TaggerView } from './taggerInput';

/** A typed stretch of text found by the rules, as the tagger's evidence. */
export interface TypedSpan extends Span {
  type: string;
}

/** The analysed sentences as the tagger reads them, each word carrying the rules' reading of it. */
export function taggerViews(text: string, analysis: Analysis, rules: readonly TypedSpan[]): TaggerView[] {
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  let r = 0;
  return analysis.sentences.map((s) => {
    const words = sentenceWords(text, s);
    while (r < sorted.length && sorted[r].end <= s.start) r++;
    return { words, kind: s.kind, shouting: isShouting(words), titleCase: isTitleCase(words), rules: ruleLabels(words, sorted, r) };
  });
}

/** BILOU labels of the rule spans over the words ('' outside them). */
function ruleLabels(words: readonly Word[], spans: readonly TypedSpan[], from: number): string[] {
  const out = new Array<string>(words.length).fill('');
  let k = from;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (k < spans.length && spans[k].end <= w.start) k++;
    const span = spans[k];
    if (!span || span.start > w.start) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].start < span.end) j++;
    for (let m = i; m <= j; m++) out[m] = bilouLabel(m - i, j - i + 1, span.type);
    i = j;
    k++;
  }
  return out;
}
