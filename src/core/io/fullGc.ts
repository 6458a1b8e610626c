// A full garbage collection on demand, for the windows of a huge article (see annotate.ts). Node gives no gc()
// without the --expose-gc flag; setting the flag at run time and fetching gc from a fresh context is the
// documented way to get it from code. It is done only once a huge article is met, so ordinary use never sets it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Runs a full garbage collection when the runtime allows it; does nothing otherwise. */
export function fullGc(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
