// A pool of worker threads running the engine (src/worker.ts) so that the UI thread only merges results.
// One job per worker at a time; a worker that crashes or stops answering is replaced and its job fails
// with an error instead of hanging; cancelled jobs reject at once (a running one finishes in the
// background and its result is dropped, which is cheaper than reloading compromise in a new worker).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnnotations } from '../model';
import type { AnnotateJob, AnnotateResult } from './workerProtocol';

/**
 * How urgent a job is. 'now' is the article the reader has open: it goes ahead of every background job
 * still waiting (a scan queues dozens), so its highlights come after at most one running job, not after
 * the whole queue.
 */
export type JobPriority = 'now' | 'background';

/** Anything that turns a text into annotations: the pool, or the engine on this thread. */
export interface Annotator {
  annotate(text: string, file: string, signal?: AbortSignal, priority?: JobPriority): Promise<ArticleAnnotations>;
}

export interface WorkerPoolOptions {
  /** Number of workers; default: cores - 1, at least 1 (one core stays with the UI thread). */
  size?: number;
  /** A job running longer than this is abandoned: its worker is replaced and the job fails. Default 120 s. */
  timeoutMs?: number;
}

interface Job extends AnnotateJob {
  resolve(a: ArticleAnnotations): void;
  reject(e: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
  settled: boolean;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Set from the 'error' event so that the job's error says why the worker died. */
  failure?: string;
}

/** The error a cancelled job rejects with (name 'AbortError', like fetch and timers/promises). */
export function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

/** Default pool size: one worker per core but one, at least 1. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Runs annotateText in worker_threads. `script` is the bundled worker (dist/worker.js). */
export class WorkerPool implements Annotator {
  readonly size: number;
  private readonly timeoutMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  /** Jobs of the open article ('now'), taken before `queue`, first come first served among themselves. */
  private readonly urgent: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly script: string, options: WorkerPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  /** Annotates one text in a worker. Rejects with an AbortError when `signal` aborts first. */
  annotate(text: string, file: string, signal?: AbortSignal, priority: JobPriority = 'background'): Promise<ArticleAnnotations> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<ArticleAnnotations>((resolve, reject) => {
      const job: Job = { id: this.nextId++, text, file, resolve, reject, signal, settled: false };
      if (signal) {
        job.onAbort = () => this.settle(job, abortError());
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      (priority === 'now' ? this.urgent : this.queue).push(job);
      this.pump();
    });
  }

  /** Jobs waiting for a worker. */
  get pending(): number {
    return this.urgent.length + this.queue.length;
  }

  /** Stops every worker; jobs not finished reject. */
  async dispose(): Promise<void> {
    this.closed = true;
    for (const job of [...this.urgent.splice(0), ...this.queue.splice(0)]) this.settle(job, new Error('the worker pool is closed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) if (slot.job) this.settle(slot.job, new Error('the worker pool is closed'));
    await Promise.all(slots.map((s) => { clearTimeout(s.timer); return s.worker.terminate(); }));
  }

  private pump(): void {
    while (this.pending) {
      let slot = [...this.slots].find((s) => !s.job);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      const job = (this.urgent.length ? this.urgent : this.queue).shift()!;
      if (job.settled) continue;
      this.start(slot, job);
    }
    // Idle workers must not keep a CLI process alive.
    for (const s of this.slots) if (!s.job) s.worker.unref();
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    if (this.timeoutMs > 0) {
      slot.timer = setTimeout(() => this.fail(slot, `annotation took longer than ${Math.round(this.timeoutMs / 1000)} s; its worker was restarted`), this.timeoutMs);
    }
    const message: AnnotateJob = { id: job.id, text: job.text, file: job.file };
    slot.worker.postMessage(message);
  }

  private spawn(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker };
    this.slots.add(slot);
    worker.on('message', (r: AnnotateResult) => {
      const job = slot.job;
      if (!job || job.id !== r.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if ('error' in r) this.settle(job, new Error(`the engine failed on ${job.file || 'a document'}: ${r.error}`));
      else this.settle(job, undefined, r.annotations);
      this.pump();
    });
    worker.on('error', (e) => { slot.failure = e.message; });
    worker.on('exit', (code) => {
      if (!this.slots.has(slot)) return;
      this.fail(slot, `the annotation worker stopped (${slot.failure ?? `exit code ${code}`})`);
    });
    return slot;
  }

  /** Drops a worker that crashed or hung, fails its job and lets pump() start a replacement. */
  private fail(slot: Slot, why: string): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    if (slot.job) this.settle(slot.job, new Error(`${why}${slot.job.file ? ` while annotating ${slot.job.file}` : ''}`));
    if (!this.closed) this.pump();
  }

  private settle(job: Job, error?: Error, annotations?: ArticleAnnotations): void {
    if (job.settled) return;
    job.settled = true;
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    for (const waiting of [this.urgent, this.queue]) {
      const queued = waiting.indexOf(job);
      if (queued !== -1) waiting.splice(queued, 1);
    }
    if (error) job.reject(error);
    else job.resolve(annotations!);
  }
}
