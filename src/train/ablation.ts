import { formatScores } from './nerScore';
import { formatSpeech, trainSpeech, type SpeechCorpus, type SpeechSettings } from './trainSpeech';
import { trainTagger, type Corpus, type TrainSettings } from './trainNer';

/** Trains without each feature family in turn (first pass only, then the second pass on top) and prints dev F1. */
export function runAblation(c: Corpus, s: TrainSettings): void {
  const quiet = { ...s, log: () => undefined };
  const rows: string[] = [];
  const full = trainTagger(c, { ...quiet, secondPass: false });
  rows.push(`| all first-pass families | ${formatScores(full.dev)} |`);
  for (const f of s.families) {
    const r = trainTagger(c, { ...quiet, secondPass: false, families: s.families.filter((x) => x !== f) });
    rows.push(`| without ${f} | ${formatScores(r.dev)} |`);
    s.log(rows[rows.length - 1]);
  }
  s.log('| model | dev exact P/R/F1 |\n| --- | --- |');
  for (const r of rows) s.log(r);
}

/** Trains the reported-speech model without each feature family in turn and prints the dev figures. */
export function runSpeechAblation(c: SpeechCorpus, s: SpeechSettings): void {
  const quiet = { ...s, log: () => undefined };
  const rows = [`| all families | ${formatSpeech(trainSpeech(c, quiet).dev)} |`];
  s.log(rows[0]);
  for (const f of s.families) {
    rows.push(`| without ${f} | ${formatSpeech(trainSpeech(c, { ...quiet, families: s.families.filter((x) => x !== f) }).dev)} |`);
    s.log(rows[rows.length - 1]);
  }
  s.log('| model | polnear_dev (P/R/F1, speaker) |\n| --- | --- |');
  for (const r of rows) s.log(r);
}
