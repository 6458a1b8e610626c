import { readFileSync } from 'node:fs';
import type { SourceFile } from './corpusBuilder';

/** Source files read from the local disk (bytes, decoded by the builder like the CLI decodes them). */
export function diskSources(paths: readonly string[]): SourceFile[] {
  return paths.map((path) => ({ path, read: () => readFileSync(path) }));
}
