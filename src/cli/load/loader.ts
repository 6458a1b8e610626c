// Takes articles one at a time from any input and writes them to the store in batches (one transaction
// each, store/loadBatch.ts), passing over what cannot be stored exactly with a warning. Counts everything
// for the progress line and the summary. While the server writes one batch, the next is read and checked:
// the two cores work at once. Batches still go one after the other, in input order, on the one connection.
import type { ClientBase } from 'pg';
import { unstorable } from '../../store/articleCheck';
import { loadBatch } from '../../store/loadBatch';
import { addCounts, emptyCounts, type LoadCounts, type StoreArticle } from '../../store/types';
import type { CliIo } from '../io';
import { Progress, rate } from './progress';
import type { LoadItem } from './source';

/** A batch is written when it has this many articles or this much text, whichever comes first. */
const BATCH_ARTICLES = 1000;
const BATCH_CHARS = 32 * 1024 * 1024;

export interface LoaderTotals extends LoadCounts {
  /** Articles passed over: the annotate step failed on them, or they hold what PostgreSQL cannot store. */
  notLoaded: number;
  seconds: number;
}

export class Loader {
  private batch: StoreArticle[] = [];
  private files = new Set<string>();
  private chars = 0;
  private readonly counts = emptyCounts();
  private notLoaded = 0;
  /** The batch being written (resolved when none is); its failure is kept for the next flush or finish. */
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private readonly started = process.hrtime.bigint();
  private readonly progress: Progress;

  constructor(private readonly client: ClientBase, private readonly io: CliIo, private readonly force: boolean) {
    this.progress = new Progress(io.err);
  }

  /** Queues one input item, writing the batch when it is full. */
  async add(item: LoadItem): Promise<void> {
    if (!('article' in item)) return this.passOver(item.where, item.skipped);
    const a = item.article;
    const problem = unstorable(a);
    if (problem) return this.passOver(a.file, problem);
    // The same file twice: the later one must be compared with (and replace) the earlier, so write first.
    if (this.files.has(a.file)) await this.flush();
    this.batch.push(a);
    this.files.add(a.file);
    this.chars += (a.text?.length ?? 0) + 100 * (a.mentions.length + a.quotes.length);
    if (this.batch.length >= BATCH_ARTICLES || this.chars >= BATCH_CHARS) await this.flush();
  }

  private passOver(where: string, why: string): void {
    this.notLoaded++;
    this.io.err(`warning: not loaded ${where}: ${why}`);
  }

  /** Waits for the batch being written; rethrows its failure. */
  private async written(): Promise<void> {
    await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Starts writing the queued articles in one transaction, once the batch before them is written. */
  async flush(): Promise<void> {
    if (!this.batch.length) return this.written();
    const batch = this.batch;
    this.batch = [];
    this.files = new Set();
    this.chars = 0;
    await this.written();
    // Kept, not thrown here: a rejection nobody awaits yet would end the process with a stack trace.
    this.writing = loadBatch(this.client, batch, { force: this.force }).then((counts) => {
      addCounts(this.counts, counts);
      this.progress.tick(() => `load: ${this.describe()}`);
    }, (e: unknown) => { this.failure = e ?? new Error('the batch failed'); });
  }

  private seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  /** "1200 articles: 800 added, 300 replaced, 100 unchanged (450.2 articles/s)". */
  describe(): string {
    const c = this.counts;
    const done = c.added + c.replaced + c.unchanged;
    return `${done} articles: ${c.added} added, ${c.replaced} replaced, ${c.unchanged} unchanged${this.notLoaded ? `, ${this.notLoaded} not loaded` : ''} (${rate(done, this.seconds())} articles/s)`;
  }

  /** Writes what is left; the totals of the whole run. */
  async finish(): Promise<LoaderTotals> {
    await this.flush();
    await this.written();
    return { ...this.counts, notLoaded: this.notLoaded, seconds: this.seconds() };
  }
}
