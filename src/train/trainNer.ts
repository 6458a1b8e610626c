// `npm run train`: the entity tagger, rebuilt from ../shared/data. Deterministic (fixed seed, file order,
// fold split), a few minutes on two cores; prints dev scores per epoch and writes models/ner.bin.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Bilou } from '../core/learn/bilou';
import { LinearModel, type LinearWeights } from '../core/learn/linearModel';
import { encodeModel } from '../core/learn/modelFile';
import { trainPerceptron } from '../core/learn/perceptron';
import type { FeatureSequence } from '../core/learn/sequence';
import { Lexicon } from '../core/nlp/tagger/lexicon';
import { NER_FILE, NER_FORMAT, NER_VERSION } from '../core/nlp/tagger/nerModel';
import { firstPassFeatures, secondPassFeatures, withFirstPass, type TaggerParts } from '../core/nlp/tagger/tagSentences';
import { findSharedData } from '../cli/sharedData';
import { buildLexicon } from './lexiconBuild';
import { prune } from './prune';
import { prepare, readGoldDocs, type PreparedDoc } from './nerData';
import { formatScores, scoreTagger } from './nerScore';
import type { EntityReport } from '../core/eval/entityScore';

export const TYPES = ['person', 'organization', 'place', 'misc'];
export const FIRST_FAMILIES = ['lexical', 'shape', 'layout', 'tags', 'gazetteer', 'unlabeled', 'rules', 'evidence', 'document'];
export const SECOND_FAMILIES = [...FIRST_FAMILIES, 'secondPass'];

export interface TrainSettings {
  epochs: number;
  seed: number;
  folds: number;
  families: string[];
  secondPass: boolean;
  log: (line: string) => void;
}

export interface Corpus {
  scheme: Bilou;
  lexicon: Lexicon;
  train: PreparedDoc[];
  dev: PreparedDoc[];
  files: { file: string; sha256: string }[];
  lexiconStats: Record<string, number>;
  /** The lexicon as stored in the model file. */
  lexiconArrays: { keys: Uint32Array; values: Uint32Array };
}

export function findDataDir(): string {
  const dir = findSharedData();
  if (!dir || !existsSync(join(dir, 'conll2003_train.detok.jsonl'))) throw new Error(`training data not found: expected ../shared/data/conll2003_train.detok.jsonl`);
  return dir;
}

/** Reads, analyses and labels the data once; every training run below reuses it. */
export function loadCorpus(dataDir: string, log: (l: string) => void, limit = Infinity): Corpus {
  const scheme = new Bilou(TYPES);
  const trainFile = join(dataDir, 'conll2003_train.detok.jsonl');
  const devFile = join(dataDir, 'conll2003_dev.detok.jsonl');
  const unlabeledFile = join(dataDir, 'polnear_train.jsonl');
  const files = [trainFile, devFile, unlabeledFile].map((file) => ({ file: file.slice(dataDir.length + 1), sha256: createHash('sha256').update(readFileSync(file)).digest('hex') }));
  const started = Date.now();
  const trainDocs = readGoldDocs(trainFile).slice(0, limit);
  const unlabeled = readFileSync(unlabeledFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const built = buildLexicon({ texts: [...trainDocs.map((d) => d.text), ...unlabeled] });
  log(`lexicon: ${JSON.stringify(built.stats)}`);
  const train = trainDocs.map((d) => prepare(d, scheme));
  const dev = readGoldDocs(devFile).slice(0, limit).map((d) => prepare(d, scheme));
  log(`analysed ${train.length} training and ${dev.length} dev documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { scheme, lexicon: new Lexicon(built.keys, built.values), train, dev, files, lexiconStats: built.stats, lexiconArrays: built };
}

/** Each document's first-pass feature sequences, with gold labels. */
function featurise(docs: readonly PreparedDoc[], lex: Lexicon, families: readonly string[]): Map<PreparedDoc, FeatureSequence[]> {
  return new Map(docs.map((d) => [d, firstPassFeatures(d.sentences, lex, families).map((f, k) => ({ ...f, gold: d.gold[k] }))]));
}

const flat = (docs: readonly PreparedDoc[], feats: Map<PreparedDoc, FeatureSequence[]>) => docs.flatMap((d) => feats.get(d)!);

function fit(data: FeatureSequence[], c: Corpus, s: TrainSettings, onEpoch?: (epoch: number, w: LinearWeights, mistakes: number) => void): LinearWeights {
  const mask = { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd };
  return trainPerceptron(data, { labels: c.scheme.size, epochs: s.epochs, seed: s.seed, mask, onEpoch });
}

function model(c: Corpus, w: LinearWeights): LinearModel {
  return new LinearModel(w, { allowed: c.scheme.allowed, allowedEnd: c.scheme.allowedEnd });
}

export interface Trained {
  first: LinearWeights;
  second: LinearWeights | null;
  dev: EntityReport;
  perEpoch: string[];
}

/** Trains the first pass (and, when asked, the second, on first-pass labels from held-out folds). */
export function trainTagger(c: Corpus, s: TrainSettings): Trained {
  const perEpoch: string[] = [];
  const parts = (first: LinearWeights, second: LinearWeights | null): TaggerParts => ({ scheme: c.scheme, lexicon: c.lexicon, first: model(c, first), families: s.families, second: second && model(c, second) });
  const feats = featurise(c.train, c.lexicon, s.families);
  const firstData = flat(c.train, feats);
  const report = (pass: string, epoch: number, p: TaggerParts, mistakes: number) => {
    const line = `${pass} epoch ${epoch}: ${mistakes} wrong labels in training · dev ${formatScores(scoreTagger(c.dev, p))}`;
    perEpoch.push(line);
    s.log(line);
  };
  const first = fit(firstData, c, s, (e, w, m) => report('first pass', e, parts(w, null), m));
  if (!s.secondPass) return { first, second: null, dev: scoreTagger(c.dev, parts(first, null)), perEpoch };
  const firstPass = jackknife(c, s, feats);
  const secondData = c.train.flatMap((d) => secondPassFeatures(withFirstPass(d.sentences, firstPass.get(d)!, c.scheme), feats.get(d)!, c.lexicon));
  const second = fit(secondData, c, s, (e, w, m) => report('second pass', e, parts(first, w), m));
  return { first, second, dev: scoreTagger(c.dev, parts(first, second)), perEpoch };
}

/** First-pass labels of every training document from a model that never saw it (k folds, fixed split). */
function jackknife(c: Corpus, s: TrainSettings, feats: Map<PreparedDoc, FeatureSequence[]>): Map<PreparedDoc, Uint8Array[]> {
  const out = new Map<PreparedDoc, Uint8Array[]>();
  for (let fold = 0; fold < s.folds; fold++) {
    const held = c.train.filter((_, i) => i % s.folds === fold);
    const rest = c.train.filter((_, i) => i % s.folds !== fold);
    const m = model(c, fit(flat(rest, feats), c, s));
    for (const d of held) out.set(d, feats.get(d)!.map((f) => m.decode(f)));
    s.log(`fold ${fold + 1}/${s.folds}: first-pass labels for ${held.length} documents`);
  }
  return out;
}

export function writeModel(out: string, c: Corpus, s: TrainSettings, t: Trained, epsilon: number): number {
  const first = prune(t.first, epsilon);
  const second = t.second && prune(t.second, epsilon);
  const dev = Object.fromEntries((['person', 'organization', 'place', 'all'] as const).map((k) => [k, t.dev.exact[k]]));
  const header = {
    format: NER_FORMAT, version: NER_VERSION, types: TYPES, scheme: 'BILOU', families: s.families, secondPass: 'the first pass\'s features and the secondPass family',
    learner: 'structured averaged perceptron, Viterbi over BILOU', epochs: s.epochs, seed: s.seed, folds: s.folds,
    training: c.files, trainedOn: 'CoNLL-2003 English train (Reuters 1996); PolNeAR train texts as unlabeled text',
    devScores: { set: 'conll2003_dev (exact spans, tagger alone)', ...dev }, lexicon: c.lexiconStats,
    features: { first: first.keys.length, second: second?.keys.length ?? 0 },
  };
  const sections: Record<string, Uint32Array | Float32Array> = { 'lexicon.keys': c.lexiconArrays.keys, 'lexicon.values': c.lexiconArrays.values };
  const add = (p: string, w: LinearWeights) => Object.assign(sections, { [`${p}.keys`]: w.keys, [`${p}.weights`]: w.weights, [`${p}.pair`]: w.pair, [`${p}.start`]: w.start });
  add('first', first);
  if (second) add('second', second);
  const bytes = encodeModel(header, sections, new Set(['first.weights', 'second.weights']));
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, bytes);
  return bytes.length;
}

export const DEFAULT_OUT = join('models', NER_FILE);
