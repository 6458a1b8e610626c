// The article's one sentence segmentation. compromise tags the text; where its sentences end is decided here,
// once, from the punctuation between tokens, so that no rule re-derives where a sentence starts or ends.
// News needs fixes compromise lacks: "Rep. John Mica (R-Fla.) said" is one sentence, "in the U.S. He says" two,
// "(A. Dale 69" one, and "“Are we there? Probably not,” she said." two (the question, then the attribution).
import type { Sentence, Token, TokenRun } from './analysis';

// Words after which a full stop is an abbreviation's, not a sentence's ("Sen.", "Jan.", the initial "A.").
const ABBREVIATION = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|st|jr|sr|prof|rev|pres|u\.s|u\.k|inc|corp|co|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/i;
// Abbreviations that also end sentences ("... attacks in the U.S. He says ...") when a word that opens sentences follows.
const FINAL_ABBREVIATION = /^(u\.s|u\.k|u\.n|inc|corp|co|ltd|jr|sr)\.\s+$/i;
const SENTENCE_OPENER = /^(He|She|They|It|We|I|The|But|And|This|That|These|Those|His|Her|Their|Its|Our|In|On|At|A|An|After|When|While|If|So|Yet|Still|Meanwhile|However)$/;

/**
 * True when the text between two tokens of one block ends a sentence. A line break alone ends one only where
 * compromise ended one or a quotation opens the next line: the rows of a results table ("NEW YORK 72 53 .576")
 * stay together, a reader's comment under the previous one's signature does not.
 */
export function endsBetween(text: string, t: Token, next: Token, taggerSplit: boolean): boolean {
  const gap = text.slice(t.end, Math.min(next.start, t.end + 40));
  if (/[!?]/.test(gap)) return true;
  if (gap.includes('\n') && !gap.includes('.')) return taggerSplit || /\n[ \t]*[“"‘'«]/.test(gap);
  if (gap.includes('\n')) return true;
  if (FINAL_ABBREVIATION.test(t.text + gap) && SENTENCE_OPENER.test(next.text)) return true;
  if (!gap.includes('.')) return false;
  // "Rep. John Mica (R-Fla.) said": a full stop before a lower-case word does not end the sentence.
  if (/^\p{Ll}/u.test(next.text) && !/[“"]/.test(gap)) return false;
  return !(gap.startsWith('.') && ABBREVIATION.test(t.text));
}

/** compromise's tokens, block by block, cut into sentences where endsBetween says so (and at every block edge). */
export function segmentSentences(text: string, tagged: readonly TokenRun[]): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence | undefined;
  let k = 0;
  for (const s of tagged) {
    for (const t of s.tokens) {
      if (!current || current.block !== s.block || endsBetween(text, current.tokens[current.tokens.length - 1], t, t === s.tokens[0])) {
        current = { start: t.start, end: t.end, tokens: [], block: s.block, kind: s.kind, index: out.length, first: k, last: k };
        out.push(current);
      }
      current.tokens.push(t);
      current.end = t.end;
      current.last = k++;
    }
  }
  return out;
}
