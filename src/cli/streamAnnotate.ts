// `newslens annotate --input jsonl [FILE|-]`: a filter from article lines to annotation lines in constant
// memory, for pipelines of any size (Spark's RDD.pipe, Beam, Dask, a shell pipe). At most a few articles are
// in flight: the reader waits while the window is full, each record is written as soon as every line before
// it is, and nothing holds the run as a whole (no corpus index, so entity ids are per article).
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { applyCorrections } from '../core/corrections/apply';
import { loadCorrectionsFile } from '../core/corrections/load';
import type { Corrections } from '../core/corrections/types';
import type { Annotator } from '../core/corpus/workerPool';
import { describe } from '../core/io/articleFiles';
import { speechModel } from '../core/nlp/speech/speechModel';
import { nerModel } from '../core/nlp/tagger/nerModel';
import { makeAnnotator, parseJobs } from './indexCommand';
import type { CliIo } from './io';
import { maxArticleBytes } from './maxSize';
import { checkReadable } from './inputFile';
import { parseInputLine } from './stream/inputLine';
import { OrderedWindow, type Outcome } from './stream/orderedWindow';
import { readLines, type InputLine } from './stream/lines';
import { streamFile, streamRecord, type StreamInput } from './streamRecord';
import { UsageError } from './usageError';

/** The options of `annotate` as parseArgs gives them. */
export interface StreamValues {
  input?: string;
  format?: string;
  all?: boolean;
  jobs?: string;
  strict?: boolean;
  stats?: boolean;
  corrections?: string;
  'max-size'?: string;
}

interface StreamOptions {
  /** The input file; undefined for stdin. */
  path?: string;
  workers: number;
  strict: boolean;
  stats: boolean;
  maxBytes: number;
  corrections?: Corrections;
}

interface Tally {
  lines: number;
  blank: number;
  annotated: number;
  errors: number;
  first?: Outcome;
}

/** Checks the call (usage errors come before any work), then streams; resolves to the exit code. */
export function streamAnnotate(values: StreamValues, positionals: string[], io: CliIo): Promise<number> {
  return runStream(streamOptions(values, positionals, io), io);
}

function streamOptions(values: StreamValues, positionals: string[], io: CliIo): StreamOptions {
  if (values.input !== 'jsonl') throw new UsageError(`unknown --input format '${values.input}' (use jsonl)`);
  if (values.format !== undefined && values.format !== 'jsonl') throw new UsageError(`--input jsonl writes jsonl only, not --format ${values.format}`);
  if (values.all) throw new UsageError('--all has no use with --input: streamed lines are taken as articles, never checked');
  if (positionals.length > 1) throw new UsageError(`--input jsonl reads one FILE or - (stdin), not ${positionals.length} paths`);
  const path = positionals[0] === '-' ? undefined : positionals[0];
  if (path !== undefined) checkReadable(path, '--input jsonl');
  const maxBytes = maxArticleBytes(values['max-size']);
  const jobs = parseJobs(values.jobs, availableParallelism(), (line) => io.err(`warning: ${line}`));
  const corrections = values.corrections === undefined ? undefined : readCorrections(values.corrections, io);
  return { path, workers: jobs ?? availableParallelism(), strict: !!values.strict, stats: !!values.stats, maxBytes, corrections };
}

function readCorrections(file: string, io: CliIo): Corrections {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--corrections: no such file '${file}'`);
  return loadCorrectionsFile(file, io.err);
}

async function runStream(o: StreamOptions, io: CliIo): Promise<number> {
  const started = process.hrtime.bigint();
  // A missing or damaged model is one clear error here, not the same error on every line from the workers.
  nerModel();
  speechModel();
  const engine = makeAnnotator(o.workers);
  const tally: Tally = { lines: 0, blank: 0, annotated: 0, errors: 0 };
  const input = o.path === undefined ? process.stdin : createReadStream(o.path);
  let stoppedAt: Outcome | undefined;
  let readError: unknown;
  try {
    // Two lines a worker keep every worker busy while the next-in-order one finishes; a few more absorb
    // articles of very different lengths. In this thread (0 workers) one article runs at a time anyway.
    const window = new OrderedWindow(o.workers ? 2 * o.workers + 4 : 2);
    const reading = produce(readLines(input, lineLimit(o.maxBytes)), window, engine.annotator, o, tally);
    stoppedAt = await consume(window, io, o.strict, tally);
    // Stopped by --strict on an engine failure, the reader may still wait for input that is not needed.
    if (stoppedAt) input.destroy();
    readError = await reading;
  } finally {
    // Also when writing failed: the reader must not keep the process waiting on its input.
    input.destroy();
    await engine.close();
  }
  if (readError !== undefined && !stoppedAt) {
    if (!(readError as NodeJS.ErrnoException).code) throw readError;
    io.err(`newslens: cannot read ${o.path ?? 'stdin'}: ${describe(readError)}`);
    return 1;
  }
  return finish(o, io, tally, started, stoppedAt);
}

/** The most one line may take: a text at the limit, written with JSON escapes (\n, \u00e9), and its other fields. */
function lineLimit(maxBytes: number): number {
  return 3 * maxBytes + 64 * 1024;
}

/**
 * Reads, checks and starts each line, waiting while the window is full; ends the window when done. Resolves
 * to the error that stopped the reading, if any, after the lines read before it are in the window.
 */
async function produce(lines: AsyncIterable<InputLine>, window: OrderedWindow, engine: Annotator, o: StreamOptions, tally: Tally): Promise<unknown> {
  try {
    for await (const line of lines) {
      if (line.text !== undefined && !line.text.trim()) {
        tally.blank++;
        continue;
      }
      tally.lines++;
      const parsed = parseInputLine(line, o.maxBytes, lineLimit(o.maxBytes));
      const outcome = parsed.ok
        ? annotateOne(engine, parsed.input, line.number, o.corrections)
        : Promise.resolve({ line: line.number, id: parsed.id, error: parsed.error });
      await window.push(outcome);
      // With --strict nothing after a bad line is written, so there is no point reading on.
      if (window.stopped || (o.strict && !parsed.ok)) break;
    }
    return undefined;
  } catch (e) {
    return e ?? new Error('the input failed');
  } finally {
    window.end();
  }
}

/** One article through the engine (never rejects: a failure is that line's error record). */
async function annotateOne(engine: Annotator, input: StreamInput, line: number, corrections?: Corrections): Promise<Outcome> {
  const file = streamFile(input);
  try {
    const raw = await engine.annotate(input.text, file);
    const annotations = applyCorrections(input.text, raw, corrections, file);
    return { line, id: input.id, record: JSON.stringify(streamRecord(input, annotations)) };
  } catch (e) {
    return { line, id: input.id, error: (e as Error).message };
  }
}

/** Writes each outcome in input order as soon as it is ready; returns the bad line --strict stopped at. */
async function consume(window: OrderedWindow, io: CliIo, strict: boolean, tally: Tally): Promise<Outcome | undefined> {
  for (let o = await window.next(); o; o = await window.next()) {
    if (o.error !== undefined) {
      tally.errors++;
      tally.first ??= o;
      if (strict) {
        window.stop();
        return o;
      }
      io.out(JSON.stringify({ id: o.id, line: o.line, error: o.error }));
    } else {
      tally.annotated++;
      io.out(o.record!);
    }
    await stdoutDrained();
    window.release();
  }
  return undefined;
}

/**
 * Waits while stdout's buffer is over its high-water mark (io.out writes to process.stdout in the binary):
 * a slow reader then holds back the writer, which holds back the window and so the input. On Linux a pipe
 * write blocks instead, and this returns at once.
 */
function stdoutDrained(): Promise<void> | undefined {
  const out = process.stdout;
  if (!out.writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** The closing lines on stderr (the --strict stop, the count of bad lines, --stats) and the exit code. */
function finish(o: StreamOptions, io: CliIo, tally: Tally, started: bigint, stoppedAt?: Outcome): number {
  if (stoppedAt) io.err(`newslens: line ${stoppedAt.line}: ${stoppedAt.error} (--strict: stopped there)`);
  else if (tally.errors) io.err(`warning: ${tally.errors} of ${tally.lines} lines had errors (first: line ${tally.first!.line}: ${tally.first!.error})`);
  if (o.stats) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rate = seconds > 0 ? tally.annotated / seconds : 0;
    const peakMB = process.resourceUsage().maxRSS / 1024;
    io.err(`stats: ${tally.lines} lines read${tally.blank ? ` (and ${tally.blank} blank)` : ''}, ${tally.annotated} articles annotated, ${tally.errors} errors, ${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s, peak RSS ${peakMB.toFixed(1)} MB`);
  }
  return stoppedAt ? 1 : 0;
}
