// Entry of `npm run train` (bundled to dist/train.js by `node esbuild.mjs --train`).
//   --epochs N       passes over the training data (default 10)
//   --families a,b   first-pass feature families (default: all)
//   --no-second-pass train the first pass only
//   --ablate         also train once without each family and print what each bought on dev
//   --limit N        first N documents of each set (a quick check)
//   --out FILE       where to write the model (default models/ner.bin)
//   --epsilon X      feature rows whose weights all stay below X are pruned (default 0.001)
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, findDataDir, FIRST_FAMILIES, loadCorpus, trainTagger, writeModel, type TrainSettings } from './trainNer';
import { runAblation } from './ablation';

function main(): number {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '10' },
      families: { type: 'string' },
      'no-second-pass': { type: 'boolean', default: false },
      ablate: { type: 'boolean', default: false },
      limit: { type: 'string' },
      out: { type: 'string', default: DEFAULT_OUT },
      epsilon: { type: 'string', default: '0.001' },
    },
  });
  const log = (l: string) => console.log(l);
  const settings: TrainSettings = {
    epochs: Number(values.epochs),
    seed: 20030501,
    folds: 4,
    families: values.families ? values.families.split(',') : FIRST_FAMILIES,
    secondPass: !values['no-second-pass'],
    log,
  };
  const started = Date.now();
  const corpus = loadCorpus(findDataDir(), log, values.limit ? Number(values.limit) : Infinity);
  if (values.ablate) runAblation(corpus, settings);
  const trained = trainTagger(corpus, settings);
  const bytes = writeModel(values.out, corpus, settings, trained, Number(values.epsilon));
  log(`wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`newslens train: ${(e as Error).message}`);
  process.exitCode = 1;
}
