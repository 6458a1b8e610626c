// `npm run train`, second model: reported speech (cue, content and source spans over a sentence's tokens),
// learned from PolNeAR's training attributions with the quote rules' findings as evidence. Deterministic
// (fixed seed and file order); prints dev scores per epoch, as `eval` computes them, and writes models/speech.bin.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Bilou } from '../core/learn/bilou';
import { LinearModel, type LinearWeights } from '../core/learn/linearModel';
import { encodeModel } from '../core/learn/modelFile';
import { trainPerceptron } from '../core/learn/perceptron';
import type { FeatureSequence } from '../core/learn/sequence';
import { emptyQuoteCounts, quoteReport, scoreQuotes, type QuoteReport } from '../core/eval/quoteScore';
import { finishQuotes } from '../core/nlp/quotes';
import { speechFeatures } from '../core/nlp/speech/speechFeatures';
import { SPEECH_FILE, SPEECH_FORMAT, SPEECH_TYPES, SPEECH_VERSION, type SpeechModel, type SpeechHeader } from '../core/nlp/speech/speechModel';
import { readSpeech } from '../core/nlp/speech/speechSpans';
import { prepareSpeechDoc, readSpeechLines, type SpeechDoc } from './speechData';
import { prune } from './prune';

export const SPEECH_OUT = join('models', SPEECH_FILE);

export interface SpeechCorpus {
  scheme: Bilou;
  train: SpeechDoc[];
  dev: SpeechDoc[];
  files: { file: string; sha256: string }[];
}

export interface SpeechSettings {
  epochs: number;
  seed: number;
  families: string[];
  log: (line: string) => void;
}

export function loadSpeechCorpus(dataDir: string, log: (l: string) => void, limit = Infinity): SpeechCorpus {
  const scheme = new Bilou(SPEECH_TYPES);
  const names = ['polnear_train.jsonl', 'polnear_dev.jsonl'];
  const files = names.map((file) => ({ file, sha256: createHash('sha256').update(readFileSync(join(dataDir, file))).digest('hex') }));
  const started = Date.now();
  const [train, dev] = names.map((n) => readSpeechLines(join(dataDir, n), limit).map((d) => prepareSpeechDoc(d, scheme)));
  const lost = train.reduce((n, d) => n + d.lostContent, 0);
  const all = train.reduce((n, d) => n + d.content, 0);
  log(`reported speech: analysed ${train.length} training and ${dev.length} dev documents in ${((Date.now() - started) / 1000).toFixed(1)} s; the sentence filter leaves out ${lost} of ${all} gold content tokens`);
  return { scheme, train, dev, files };
}

function asModel(c: SpeechCorpus, s: SpeechSettings, w: LinearWeights): SpeechModel {
  const header: SpeechHeader = { format: SPEECH_FORMAT, version: SPEECH_VERSION, types: [...SPEECH_TYPES], families: s.families };
  return { header, scheme: c.scheme, model: new LinearModel(w, { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd }) };
}

export interface SpeechScores {
  direct: QuoteReport;
  indirect: QuoteReport;
}

/** The engine's quotes on the documents with this model, scored as `eval` scores them. */
export function scoreSpeech(docs: readonly SpeechDoc[], m: SpeechModel): SpeechScores {
  const counts = emptyQuoteCounts();
  for (const d of docs) {
    const quotes = finishQuotes(d.text, d.structure, d.reading, readSpeech(d.reading.ctx, d.reading.evidence, m));
    for (const kind of ['direct', 'indirect'] as const) scoreQuotes(d.text, quotes, d.gold, kind, counts[kind]);
  }
  return { direct: quoteReport(counts.direct), indirect: quoteReport(counts.indirect) };
}

export function formatSpeech(r: SpeechScores): string {
  const f = (x: number) => x.toFixed(3);
  return (['direct', 'indirect'] as const).map((k) => `${k} ${f(r[k].precision)}/${f(r[k].recall)}/${f(r[k].f1)} speaker ${f(r[k].speakerAccuracy)}`).join(' · ');
}

export interface TrainedSpeech {
  weights: LinearWeights;
  dev: SpeechScores;
}

export function trainSpeech(c: SpeechCorpus, s: SpeechSettings): TrainedSpeech {
  const data: FeatureSequence[] = c.train.flatMap((d) => d.sentences.map(({ s: sentence, gold }) => ({ ...speechFeatures(d.reading.ctx, sentence, d.reading.evidence, s.families), gold })));
  s.log(`reported speech: ${data.length} training sentences`);
  const weights = trainPerceptron(data, {
    labels: c.scheme.size, epochs: s.epochs, seed: s.seed, mask: { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd },
    onEpoch: (epoch, w, mistakes) => s.log(`speech epoch ${epoch}: ${mistakes} wrong labels in training · dev ${formatSpeech(scoreSpeech(c.dev, asModel(c, s, w)))}`),
  });
  return { weights, dev: scoreSpeech(c.dev, asModel(c, s, weights)) };
}

export function writeSpeechModel(out: string, c: SpeechCorpus, s: SpeechSettings, t: TrainedSpeech, epsilon: number): number {
  const w = prune(t.weights, epsilon);
  const r = (q: QuoteReport) => ({ precision: q.precision, recall: q.recall, f1: q.f1, speaker: q.speakerAccuracy });
  const header = {
    format: SPEECH_FORMAT, version: SPEECH_VERSION, types: [...SPEECH_TYPES], scheme: 'BILOU', families: s.families,
    learner: 'structured averaged perceptron, Viterbi over BILOU, one sentence a sequence', epochs: s.epochs, seed: s.seed,
    training: c.files, trainedOn: 'PolNeAR train (2016 US election news): cue, content of indirect attributions, source',
    devScores: { set: 'polnear_dev (the engine\'s quotes, eval rules)', direct: r(t.dev.direct), indirect: r(t.dev.indirect) },
    features: w.keys.length,
  };
  const bytes = encodeModel(header, { keys: w.keys, weights: w.weights, pair: w.pair, start: w.start }, new Set(['weights']));
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, bytes);
  return bytes.length;
}
