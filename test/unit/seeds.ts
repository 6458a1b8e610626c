import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, found from the transpiled test file in out/test/unit. */
export const ROOT = join(__dirname, '..', '..', '..');

/** The two sample articles, read the way the engine reads them. */
export function seed(name: '000' | '004'): { path: string; text: string } {
  const file = name === '000' ? '000_d3ddef007ee00481.txt' : '004_b614ce07fba6f1af.txt';
  const path = join(ROOT, 'seeds', file);
  return { path, text: readFileSync(path, 'utf8') };
}
