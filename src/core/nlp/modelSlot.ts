// A model file loaded once per process (each worker thread has its own), on first use, never at activation. A
// missing, unreadable or damaged file is one ModelFileError naming it, thrown again on every later call rather
// than retried per article.
import { readFileSync } from 'node:fs';
import { ModelFileError } from '../learn/modelFile';
import { findModelFile } from './tagger/modelLocation';

export interface ModelSlot<T> {
  /** The model, read on the first call. */
  get(): T;
  /** Replaces the model (tests, and training's dev scores); null makes the next get() read the file again. */
  set(model: T | null): void;
}

export function modelSlot<T>(name: string, read: (bytes: Buffer, file: string) => T): ModelSlot<T> {
  let cached: T | null = null;
  let failure: ModelFileError | null = null;
  return {
    get() {
      if (cached) return cached;
      if (failure) throw failure;
      const file = findModelFile(name);
      try {
        cached = read(readModelBytes(file), file);
        return cached;
      } catch (e) {
        failure = e instanceof ModelFileError ? e : new ModelFileError(file, (e as Error).message);
        throw failure;
      }
    },
    set(model) {
      cached = model;
      failure = null;
    },
  };
}

function readModelBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ModelFileError(file, code === 'ENOENT' ? 'not found (run npm run train, or reinstall NewsLens)' : `cannot be read (${code ?? (e as Error).message})`);
  }
}
