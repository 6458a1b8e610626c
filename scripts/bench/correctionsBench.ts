// Loading a large corrections file, cold, as the CLI does at start:
//   node correctionsBench.js entities|aliases FOLDER
// writes a `.newslens.json` of 100,000 entities sharing a first name ("John Smith0", ...) or of one entity
// with 100,000 aliases sharing a first word, then times reading it (read, decode, parse, check) and
// preparing the name matcher (the first article corrected). Every name lands in one list of the matcher's
// index by first word: the case that was quadratic (100,000 entities took minutes). Prints JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCorrections } from '../../src/core/corrections/apply';
import { loadCorrectionsFile } from '../../src/core/corrections/load';

const COUNT = 100000;
const [kind, folder] = process.argv.slice(2);

/** Writes the file; its values are garbage by the time it is read, as in a CLI that only reads it. */
function writeCorrections(file: string): void {
  const entities = kind === 'aliases'
    ? [{ name: 'John Smith', type: 'person', aliases: Array.from({ length: COUNT }, (_, i) => `John S${i}`) }]
    : Array.from({ length: COUNT }, (_, i) => ({ name: `John Smith${i}`, type: 'person' }));
  writeFileSync(file, JSON.stringify({ version: 1, entities }, null, 2));
}

const file = join(folder, `corrections-${kind}.json`);
writeCorrections(file);

const t0 = performance.now();
const warnings: string[] = [];
const corrections = loadCorrectionsFile(file, (line) => warnings.push(line));
const t1 = performance.now();
const text = kind === 'aliases' ? 'John S99999 said so.' : 'John Smith99999 said so.';
const found = applyCorrections(text, { file: 'a.txt', title: '', dateline: null, entities: [], quotes: [] }, corrections).entities.length;
const t2 = performance.now();
process.stdout.write(JSON.stringify({ kind, count: COUNT, loadMs: t1 - t0, matcherMs: t2 - t1, ok: !warnings.length && found === 1 }));
