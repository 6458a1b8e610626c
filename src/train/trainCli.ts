// Entry of `npm run train` (bundled to dist/train.js by `node esbuild.mjs --train`): every model, one command.
//   --models a,b     which models to build: ner, speech, places (default all; places: the dateline cities' countries)
//   --epochs N       passes over the entity tagger's training data (default 10)
//   --speech-epochs N  passes over the reported-speech model's (default 8)
//   --families a,b   the entity tagger's first-pass feature families (default: all)
//   --speech-families a,b  the reported-speech model's feature families (default: all)
//   --ranker-epochs N  passes over the speaker ranker's training quotes (default 6)
//   --speech-min-count N  the reported-speech model keeps features seen at least N times (default 10)
//   --no-ranker      leave the speaker ranker out (the rules' speakers stand)
//   --no-second-pass train the entity tagger's first pass only
//   --ablate         also train once without each family and print what each bought on dev
//   --limit N        first N documents of each set (a quick check)
//   --out FILE       where to write the entity model (default models/ner.bin)
//   --speech-out FILE  where to write the reported-speech model (default models/speech.bin)
//   --epsilon X      feature rows whose weights all stay below X are pruned (default 0.001)
import { parseArgs } from 'node:util';
import { CITY_COUNTRIES_OUT, writeCityCountries } from './cityCountriesBuild';
import { ALL_SPEECH_FAMILIES } from '../core/nlp/speech/speechFeatures';
import { DEFAULT_OUT, findDataDir, FIRST_FAMILIES, loadCorpus, trainTagger, writeModel, type TrainSettings } from './trainNer';
import { runAblation, runSpeechAblation } from './ablation';
import { loadSpeechCorpus, SPEECH_OUT, trainSpeech, writeSpeechModel, type SpeechSettings } from './trainSpeech';

const OPTIONS = {
  models: { type: 'string', default: 'ner,speech,places' },
  epochs: { type: 'string', default: '10' },
  'speech-epochs': { type: 'string', default: '8' },
  'ranker-epochs': { type: 'string', default: '6' },
  'speech-min-count': { type: 'string', default: '10' },
  'no-ranker': { type: 'boolean', default: false },
  families: { type: 'string' },
  'speech-families': { type: 'string' },
  'no-second-pass': { type: 'boolean', default: false },
  ablate: { type: 'boolean', default: false },
  limit: { type: 'string' },
  out: { type: 'string', default: DEFAULT_OUT },
  'speech-out': { type: 'string', default: SPEECH_OUT },
  epsilon: { type: 'string', default: '0.001' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
const log = (l: string) => console.log(l);
const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(0);

function trainNer(values: Values, limit: number): void {
  const started = Date.now();
  const settings: TrainSettings = {
    epochs: Number(values.epochs), seed: 20030501, folds: 4, log,
    families: values.families ? values.families.split(',') : FIRST_FAMILIES,
    secondPass: !values['no-second-pass'],
  };
  const corpus = loadCorpus(findDataDir(), log, limit);
  if (values.ablate) runAblation(corpus, settings);
  const trained = trainTagger(corpus, settings);
  const bytes = writeModel(values.out!, corpus, settings, trained, Number(values.epsilon));
  log(`wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB) in ${seconds(started)} s`);
}

/** Needs the entity model in place: the reported-speech model reads the engine's entities as evidence. */
function trainSpeechModel(values: Values, limit: number): void {
  const started = Date.now();
  const settings: SpeechSettings = {
    epochs: Number(values['speech-epochs']), seed: 20180507, log,
    rank: !values['no-ranker'], rankEpochs: Number(values['ranker-epochs']), minCount: Number(values['speech-min-count']),
    families: values['speech-families'] ? values['speech-families'].split(',') : ALL_SPEECH_FAMILIES,
  };
  const corpus = loadSpeechCorpus(findDataDir(), log, limit);
  if (values.ablate) runSpeechAblation(corpus, settings);
  const trained = trainSpeech(corpus, settings);
  const bytes = writeSpeechModel(values['speech-out']!, corpus, settings, trained, Number(values.epsilon));
  log(`wrote ${values['speech-out']} (${(bytes / 1e6).toFixed(2)} MB) in ${seconds(started)} s`);
}

function main(): number {
  const { values } = parseArgs({ options: OPTIONS });
  const models = values.models!.split(',');
  const unknown = models.filter((m) => !['ner', 'speech', 'places'].includes(m));
  if (unknown.length) throw new Error(`unknown model '${unknown[0]}' (expected ner, speech or places)`);
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (models.includes('places')) log(`wrote ${CITY_COUNTRIES_OUT} (${writeCityCountries()} cities)`);
  if (models.includes('ner')) trainNer(values, limit);
  if (models.includes('speech')) trainSpeechModel(values, limit);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`newslens train: ${(e as Error).message}`);
  process.exitCode = 1;
}
