import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root, found from the transpiled test file in out/test/unit. */
export const ROOT = join(__dirname, '..', '..', '..');

/** The two sample articles, read the way the engine reads them. */
export function seed(name: '000' | '004'): { path: string; text: string } {
  const file = name === '000' ? '000_d3ddef007ee00481.txt' : '004_b614ce07fba6f1af.txt';
  const path = join(ROOT, 'seeds', file);
  return { path, text: readFileSync(path, 'utf8') };
}

/** A temp folder holding `corpus/` with both seed articles, named as `name` says. */
export function tempSeedCorpus(prefix: string, name: (n: '000' | '004', path: string) => string): { tmp: string; corpus: string } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const corpus = join(tmp, 'corpus');
  mkdirSync(corpus);
  for (const n of ['000', '004'] as const) copyFileSync(seed(n).path, join(corpus, name(n, seed(n).path)));
  return { tmp, corpus };
}
