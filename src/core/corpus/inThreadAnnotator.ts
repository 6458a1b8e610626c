import { annotateText } from '../annotate';
import { abortError, type Annotator } from './workerPool';

/** Runs the engine on the calling thread: for tests, small corpora and hosts without worker threads. */
export const inThreadAnnotator: Annotator = {
  async annotate(text, file, signal) {
    if (signal?.aborted) throw abortError();
    return annotateText(text, file);
  },
};
