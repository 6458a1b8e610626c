// worker_threads entry (bundled to dist/worker.js): runs the engine on texts the pool sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { annotateText } from './core/annotate';
import { fullGc } from './core/io/fullGc';
import type { AnnotateJob, AnnotateResult } from './core/corpus/workerProtocol';

const port = parentPort;
if (!port) throw new Error('worker.js runs inside a worker thread (see src/core/corpus/workerPool.ts)');
port.on('message', (job: AnnotateJob) => {
  let result: AnnotateResult;
  try {
    result = { id: job.id, annotations: annotateText(job.text, job.file, { afterWindow: fullGc }) };
  } catch (e) {
    result = { id: job.id, error: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(result);
});
