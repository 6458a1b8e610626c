// Runs the reported-speech model over the sentences that may attribute anything (a cue of the lexicon, a quote
// or cue the rules found, a colon), and returns the cue, content and source spans it reads there.

import type { TokenSpan } from '../../learn/bilou';
import type { Sentence } from '../analysis';
import type { Cue } from '../cues';
import { gapAfter, type QuoteContext } from '../quoteContext';
import type { SpeechEvidence } from './speechEvidence';
import { sentenceCues, speechFeatures } from './speechFeatures';
import type { SpeechModel } from './speechModel';

/** The spans of one sentence, in article-wide token indices (end exclusive). */
export interface SentenceSpeech {
  s: Sentence;
  /** The lexicon's cues of the sentence (the speaker candidates read them too). */
  cues: Cue[];
  cue: TokenSpan[];
  content: TokenSpan[];
  source: TokenSpan[];
}

/** Whether a sentence may hold an attribution at all: the model reads only those (most of the text it skips). */
export function mayAttribute(ctx: QuoteContext, s: Sentence, ev: SpeechEvidence, cueCount: number): boolean {
  if (cueCount > 0) return true;
  for (let i = s.first; i <= s.last; i++) if (ev.rule[i] || ev.quoted[i] || /:/.test(gapAfter(ctx, i))) return true;
  return false;
}

/** The model's reading of every sentence that may attribute (a sentence left out has no cue of the lexicon). */
export function readSpeech(ctx: QuoteContext, ev: SpeechEvidence, m: SpeechModel): SentenceSpeech[] {
  const out: SentenceSpeech[] = [];
  for (const s of ctx.sentences) {
    if (s.last < s.first) continue;
    const cues = sentenceCues(ctx, s);
    if (!mayAttribute(ctx, s, ev, cues.cues.length)) continue;
    const labels = m.model.decode(speechFeatures(ctx, s, ev, m.header.families, cues));
    const read: SentenceSpeech = { s, cues: cues.cues, cue: [], content: [], source: [] };
    for (const span of m.scheme.decode(labels)) {
      const at = { start: span.start + s.first, end: span.end + s.first, type: span.type };
      if (span.type === 'cue' || span.type === 'content' || span.type === 'source') read[span.type].push(at);
    }
    out.push(read);
  }
  return out;
}
