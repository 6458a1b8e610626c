// The article's one sentence segmentation: compromise's sentences, cut at block edges (analysis.ts), with the
// fixes news needs applied here once, so that no rule re-derives where a sentence starts or ends.
import type { Sentence } from './analysis';

// Abbreviations that also end sentences ("... attacks in the U.S. He says ...") when a word that opens sentences follows.
const FINAL_ABBREVIATION = /^(u\.s|u\.k|u\.n|inc|corp|co|ltd|jr|sr)\.\s+$/i;
const SENTENCE_OPENER = /^(He|She|They|It|We|I|The|But|And|This|That|These|Those|His|Her|Their|Its|Our|In|On|At|A|An|After|When|While|If|So|Yet|Still|Meanwhile|However)$/;

/** True when a full stop after an abbreviation ends the sentence too: "U.S. He says". */
export function stopAfterAbbreviation(word: string, gap: string, next: string): boolean {
  return FINAL_ABBREVIATION.test(word + gap) && SENTENCE_OPENER.test(next);
}

/** Sentences cut after "U.S." when a sentence opener follows ("... in the U.S. He says ..."). */
function splitAfterAbbreviations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let from = 0;
    for (let k = 1; k < s.tokens.length; k++) {
      const prev = s.tokens[k - 1];
      const t = s.tokens[k];
      if (!stopAfterAbbreviation(prev.text, text.slice(prev.end, t.start), t.text)) continue;
      out.push(part(s, from, k));
      from = k;
    }
    out.push(from === 0 ? s : part(s, from, s.tokens.length));
  }
  return out;
}

function part(s: Sentence, from: number, to: number): Sentence {
  const tokens = s.tokens.slice(from, to);
  return { ...s, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

/** The fixes applied to compromise's sentences once per article (the join after an initial stays with the entity rules, which alone read it). */
export function segmentSentences(text: string, sentences: Sentence[]): Sentence[] {
  return splitAfterAbbreviations(text, sentences);
}
