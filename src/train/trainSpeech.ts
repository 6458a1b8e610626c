// `npm run train`, second model: reported speech (cue, content and source spans over a sentence's tokens),
// learned from PolNeAR's training attributions with the quote rules' findings as evidence. Deterministic
// (fixed seed and file order); prints dev scores per epoch, as `eval` computes them, and writes models/speech.bin.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Bio } from '../core/learn/bio';
import type { QuoteKind } from '../core/model';
import { LinearModel, type LinearWeights } from '../core/learn/linearModel';
import { encodeModel } from '../core/learn/modelFile';
import { trainPerceptron } from '../core/learn/perceptron';
import type { FeatureSequence } from '../core/learn/sequence';
import { emptyQuoteCounts, goldUnits, quoteReport, scoredQuote, scoreQuotes, speakerMatches, type QuoteReport } from '../core/eval/quoteScore';
import { Ranker, trainRanker, type RankGroup, type RankWeights } from '../core/learn/ranker';
import { finishQuotes, learnedQuotes } from '../core/nlp/quotes';
import { candidateContext, candidateGroup, UNRANKED_RULES } from '../core/nlp/speech/speakerRanker';
import { speechFeatures } from '../core/nlp/speech/speechFeatures';
import { NO_MARGIN, SPEECH_FILE, SPEECH_FORMAT, SPEECH_TYPES, SPEECH_VERSION, type Margins, type SpeechModel, type SpeechHeader } from '../core/nlp/speech/speechModel';
import { prepareSpeechDoc, readSpeechLines, type SpeechDoc } from './speechData';
import { prune } from './prune';

export const SPEECH_OUT = join('models', SPEECH_FILE);

export interface SpeechCorpus {
  scheme: Bio;
  train: SpeechDoc[];
  dev: SpeechDoc[];
  files: { file: string; sha256: string }[];
}

export interface SpeechSettings {
  epochs: number;
  /** Features seen fewer times in training get no weights (a smaller, faster model). */
  minCount: number;
  /** Train the speaker ranker too, for this many epochs. */
  rank: boolean;
  rankEpochs: number;
  seed: number;
  families: string[];
  log: (line: string) => void;
}

export function loadSpeechCorpus(dataDir: string, log: (l: string) => void, limit = Infinity): SpeechCorpus {
  const scheme = new Bio(SPEECH_TYPES);
  const names = ['polnear_train.jsonl', 'polnear_dev.jsonl'];
  const files = names.map((file) => ({ file, sha256: createHash('sha256').update(readFileSync(join(dataDir, file))).digest('hex') }));
  const started = Date.now();
  const [train, dev] = names.map((n) => readSpeechLines(join(dataDir, n), limit).map((d) => prepareSpeechDoc(d, scheme)));
  const lost = train.reduce((n, d) => n + d.lostContent, 0);
  const all = train.reduce((n, d) => n + d.content, 0);
  log(`reported speech: analysed ${train.length} training and ${dev.length} dev documents in ${((Date.now() - started) / 1000).toFixed(1)} s; the sentence filter leaves out ${lost} of ${all} gold content tokens`);
  return { scheme, train, dev, files };
}

function asModel(c: SpeechCorpus, s: SpeechSettings, w: LinearWeights, ranker: RankWeights | null = null, margin: Margins = NO_MARGIN): SpeechModel {
  const header: SpeechHeader = { format: SPEECH_FORMAT, version: SPEECH_VERSION, types: [...SPEECH_TYPES], families: s.families };
  return { header, scheme: c.scheme, model: new LinearModel(w, { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd }), ranker: ranker && new Ranker(ranker), margin };
}

export interface SpeechScores {
  direct: QuoteReport;
  indirect: QuoteReport;
}

/** The engine's quotes on the documents with this model, scored as `eval` scores them. */
export function scoreSpeech(docs: readonly SpeechDoc[], m: SpeechModel): SpeechScores {
  const counts = emptyQuoteCounts();
  for (const d of docs) {
    const quotes = finishQuotes(d.text, d.structure, d.reading, m);
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
  ranker: RankWeights | null;
  /** The ranker's margins over the rules' pick, chosen on dev. */
  margin: Margins;
  dev: SpeechScores;
}

export function trainSpeech(c: SpeechCorpus, s: SpeechSettings): TrainedSpeech {
  const data: FeatureSequence[] = c.train.flatMap((d) => d.sentences.map(({ s: sentence, gold }) => ({ ...speechFeatures(d.reading.ctx, sentence, d.reading.evidence, s.families), gold })));
  s.log(`reported speech: ${data.length} training sentences`);
  const weights = trainPerceptron(data, {
    labels: c.scheme.size, epochs: s.epochs, seed: s.seed, minCount: s.minCount, mask: { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd },
    onEpoch: (epoch, w, mistakes) => s.log(`speech epoch ${epoch}: ${mistakes} wrong labels in training · dev ${formatSpeech(scoreSpeech(c.dev, asModel(c, s, w)))}`),
  });
  if (!s.rank) return { weights, ranker: null, margin: NO_MARGIN, dev: scoreSpeech(c.dev, asModel(c, s, weights)) };
  const ranker = trainSpeakerRanker(c, s, asModel(c, s, weights));
  const margin = chooseMargin(c, s, (m) => asModel(c, s, weights, ranker, m));
  return { weights, ranker, margin, dev: scoreSpeech(c.dev, asModel(c, s, weights, ranker, margin)) };
}

const MARGINS = [0, 0.5, 1, 2, 4, 8, 16];

/** For each kind of quote, the margin with the best dev speaker accuracy (the smaller on a tie). */
function chooseMargin(c: SpeechCorpus, s: SpeechSettings, model: (margin: Margins) => SpeechModel): Margins {
  const best = { direct: { margin: 0, acc: -1 }, indirect: { margin: 0, acc: -1 } };
  for (const margin of MARGINS) {
    const r = scoreSpeech(c.dev, model({ direct: margin, indirect: margin }));
    s.log(`ranker margin ${margin}: dev ${formatSpeech(r)}`);
    for (const kind of ['direct', 'indirect'] as const) if (r[kind].speakerAccuracy > best[kind].acc + 1e-9) best[kind] = { margin, acc: r[kind].speakerAccuracy };
  }
  const chosen = { direct: best.direct.margin, indirect: best.indirect.margin };
  s.log(`ranker margins chosen on dev: ${JSON.stringify(chosen)}`);
  return chosen;
}

/** Each found gold attribution's ranking group: its quote's candidates, the right ones those the eval counts right. */
function rankGroups(docs: readonly SpeechDoc[], m: SpeechModel): { groups: RankGroup[]; found: Record<QuoteKind, number>; covered: Record<QuoteKind, number> } {
  const groups: RankGroup[] = [];
  const found = { direct: 0, indirect: 0 };
  const covered = { direct: 0, indirect: 0 };
  for (const d of docs) {
    const { quotes, source } = learnedQuotes(d.reading, m);
    const cc = candidateContext(source, quotes);
    for (const kind of ['direct', 'indirect'] as const) {
      const predicted = quotes.filter((q) => q.kind === kind);
      for (const u of goldUnits(d.gold, kind)) {
        const q = scoredQuote(predicted, u);
        if (!q || UNRANKED_RULES.has(q.rule)) continue;
        found[kind]++;
        const { cands, group } = candidateGroup(source, cc, q);
        const gold = Uint8Array.from(cands, (x) => (speakerMatches(x.speaker, u) ? 1 : 0));
        if (!gold.includes(1)) continue;
        covered[kind]++;
        groups.push({ ...group, gold });
      }
    }
  }
  return { groups, found, covered };
}

/**
 * The speaker ranker, trained on the training documents' quotes as the engine finds them with the model: for
 * each gold attribution found, its quote's candidates, the right ones those whose speaker the eval counts right.
 */
function trainSpeakerRanker(c: SpeechCorpus, s: SpeechSettings, m: SpeechModel): RankWeights {
  const { groups, found, covered } = rankGroups(c.train, m);
  const dev = rankGroups(c.dev, m);
  const share = (r: { found: Record<QuoteKind, number>; covered: Record<QuoteKind, number> }) => (['direct', 'indirect'] as const).map((k) => `${k} ${r.covered[k]}/${r.found[k]}`).join(', ');
  s.log(`speaker ranker: found attributions with a right candidate: train ${share({ found, covered })}; dev ${share(dev)}`);
  return trainRanker(groups, {
    epochs: s.rankEpochs, seed: s.seed,
    onEpoch: (epoch, w, mistakes) => s.log(`ranker epoch ${epoch}: ${mistakes} wrong picks in training · dev ${formatSpeech(scoreSpeech(c.dev, { ...m, ranker: new Ranker(w) }))}`),
  });
}

export function writeSpeechModel(out: string, c: SpeechCorpus, s: SpeechSettings, t: TrainedSpeech, epsilon: number): number {
  const w = prune(t.weights, epsilon);
  const r = (q: QuoteReport) => ({ precision: q.precision, recall: q.recall, f1: q.f1, speaker: q.speakerAccuracy });
  const header = {
    format: SPEECH_FORMAT, version: SPEECH_VERSION, types: [...SPEECH_TYPES], scheme: 'BIO', families: s.families,
    learner: 'structured averaged perceptron, Viterbi over BIO, one sentence a sequence', epochs: s.epochs, minCount: s.minCount, seed: s.seed,
    training: c.files, trainedOn: 'PolNeAR train (2016 US election news): cue, content of indirect attributions, source',
    devScores: { set: 'polnear_dev (the engine\'s quotes, eval rules)', direct: r(t.dev.direct), indirect: r(t.dev.indirect) },
    features: w.keys.length, rankerFeatures: t.ranker?.keys.length ?? 0, rankerEpochs: t.ranker ? s.rankEpochs : 0, rankerMargin: t.margin,
  };
  const sections: Record<string, Uint32Array | Float32Array> = { keys: w.keys, weights: w.weights, pair: w.pair, start: w.start };
  if (t.ranker) Object.assign(sections, { 'ranker.keys': t.ranker.keys, 'ranker.weights': t.ranker.weights });
  const bytes = encodeModel(header, sections, new Set(['weights']));
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, bytes);
  return bytes.length;
}
