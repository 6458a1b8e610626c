import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where a model file is: NEWSLENS_MODELS (a folder) when set; else a models/ folder beside the running
 * bundle (dist/models, as packaged) or in a folder above it (the repository's models/, for tests run from
 * out/). The first candidate is returned when none exists, so the error names where it was expected.
 */
export function findModelFile(name: string): string {
  const override = process.env.NEWSLENS_MODELS;
  if (override) return join(override, name);
  const candidates: string[] = [];
  for (let dir = __dirname, k = 0; k < 8; k++) {
    candidates.push(join(dir, 'models', name));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}
