import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The development data folder, ../shared/data beside the working folder or the repository, or null. */
export function findSharedData(): string | null {
  for (const base of [process.cwd(), resolve(__dirname, '..')]) {
    const dir = resolve(base, '..', 'shared', 'data');
    if (existsSync(dir)) return dir;
  }
  return null;
}
