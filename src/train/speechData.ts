// PolNeAR's attributions as training material for the reported-speech model: each document read by the
// engine as an article is (structure, compromise, entities, the quote rules), and each token of the sentences
// the model reads labelled with the attribution part it belongs to: cue, content (of indirect attributions:
// the direct ones are the quote rules' work) or source.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../core/article/structure';
import type { TokenSpan } from '../core/learn/bilou';
import type { SpanScheme } from '../core/learn/bio';
import type { ArticleStructure } from '../core/model';
import type { GoldAttribution } from '../core/eval/quoteScore';
import { analyse } from '../core/nlp/analysis';
import { findEntities } from '../core/nlp/entities';
import { ruleReading, type RuleReading } from '../core/nlp/quotes';
import type { Sentence } from '../core/nlp/analysis';
import { tokensOf } from '../core/nlp/speech/speechEvidence';
import { sentenceCues } from '../core/nlp/speech/speechFeatures';
import { mayAttribute } from '../core/nlp/speech/speechSpans';

export interface GoldSpeech extends GoldAttribution {
  cueSpans?: [number, number][];
}

export interface SpeechDoc {
  id: string;
  text: string;
  structure: ArticleStructure;
  reading: RuleReading;
  gold: GoldSpeech[];
  /** The sentences the model reads, with their gold labels. */
  sentences: { s: Sentence; gold: Uint8Array }[];
  /** Gold content tokens in sentences the model never reads (what the candidate filter costs). */
  lostContent: number;
  content: number;
}

export function readSpeechLines(file: string, limit = Infinity): { id: string; text: string; quotes: GoldSpeech[] }[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => JSON.parse(l) as { id: string; text: string; quotes: GoldSpeech[] });
}

const CUE = 3;
const SOURCE = 2;
const CONTENT = 1;
const TYPE = ['', 'content', 'source', 'cue'];

/** Per token of the article: 0, or the highest-ranked part covering it (cue over source over content). */
function tokenParts(r: RuleReading, gold: readonly GoldSpeech[]): Uint8Array {
  const parts = new Uint8Array(r.ctx.tokens.length);
  const mark = (start: number, end: number, code: number) => {
    const [first, last] = tokensOf(r.ctx, start, end);
    for (let i = first; i <= last; i++) parts[i] = Math.max(parts[i], code);
  };
  for (const a of gold) {
    if (a.kind === 'indirect') mark(a.start, a.end, CONTENT);
    const source = a.speakerSegments?.length ? a.speakerSegments : a.speakerStart != null && a.speakerEnd != null ? [[a.speakerStart, a.speakerEnd]] : [];
    for (const [s, e] of source) mark(s, e, SOURCE);
    for (const [s, e] of a.cueSpans ?? []) mark(s, e, CUE);
  }
  return parts;
}

/** Runs of one part within a sentence, as typed token spans relative to the sentence. */
function runs(parts: Uint8Array, s: Sentence): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = s.first; i <= s.last; i++) {
    if (!parts[i]) continue;
    let j = i;
    while (j + 1 <= s.last && parts[j + 1] === parts[i]) j++;
    out.push({ start: i - s.first, end: j + 1 - s.first, type: TYPE[parts[i]] });
    i = j;
  }
  return out;
}

export function prepareSpeechDoc(doc: { id: string; text: string; quotes: GoldSpeech[] }, scheme: SpanScheme): SpeechDoc {
  const structure = parseArticle(doc.text);
  const analysis = analyse(doc.text, structure);
  const reading = ruleReading(doc.text, structure, analysis, findEntities(doc.text, structure, analysis));
  const parts = tokenParts(reading, doc.quotes);
  const sentences: SpeechDoc['sentences'] = [];
  let lostContent = 0;
  let content = 0;
  for (const s of reading.ctx.sentences) {
    if (s.last < s.first) continue;
    let here = 0;
    for (let i = s.first; i <= s.last; i++) if (parts[i] === CONTENT) here++;
    content += here;
    if (!mayAttribute(reading.ctx, s, reading.evidence, sentenceCues(reading.ctx, s).cues.length)) {
      lostContent += here;
      continue;
    }
    sentences.push({ s, gold: scheme.encode(runs(parts, s), s.last - s.first + 1) });
  }
  return { id: doc.id, text: doc.text, structure, reading, gold: doc.quotes, sentences, lostContent, content };
}
