import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateText } from '../core/annotate';
import type { QuoteKind } from '../core/model';
import { emptyEntityCounts, entityReport, scoreEntities, SCORED_TYPES, type EntityErrors, type GoldEntity, type ScoredType } from '../core/eval/entityScore';
import { emptyQuoteCounts, quoteReport, scoreQuotes, type GoldAttribution, type QuoteError } from '../core/eval/quoteScore';
import { describe } from '../core/io/articleFiles';
import { findSharedData } from './sharedData';
import { UsageError } from './usageError';
import type { CliIo } from './io';

interface GoldDoc {
  id: string;
  text: string;
  entities?: GoldEntity[];
  quotes?: GoldAttribution[];
}

const DEFAULT_SETS = ['conll2003_dev.detok.jsonl', 'polnear_dev.jsonl'];

/** `newslens eval [--errors N] [--json] [FILE.jsonl...]`: scores the engine on annotated news. */
export function evalCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      errors: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
    },
    allowPositionals: true,
  });
  const errorLimit = Number(values.errors);
  if (!Number.isInteger(errorLimit) || errorLimit < 0) throw new UsageError(`--errors takes a whole number, not '${values.errors}'`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) throw new UsageError(`--limit takes a positive number, not '${values.limit}'`);
  let files = positionals;
  if (!files.length) {
    const dataDir = findSharedData();
    if (!dataDir) throw new UsageError('no data files given and ../shared/data not found: newslens eval FILE.jsonl');
    files = DEFAULT_SETS.map((f) => join(dataDir, f)).filter(existsSync);
  }
  const reports: Record<string, unknown> = {};
  for (const file of files) {
    const docs = readGold(file).slice(0, limit);
    const report = evaluate(docs, errorLimit, io);
    reports[file] = report;
    if (!values.json) printReport(file, docs.length, report, io);
  }
  if (values.json) io.out(JSON.stringify(reports, null, 2));
  return 0;
}

function readGold(file: string): GoldDoc[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: ${describe(e)}`);
  }
  return raw.split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      const doc = JSON.parse(line) as GoldDoc;
      if (typeof doc.text !== 'string') throw new Error('no "text" field');
      return doc;
    } catch (e) {
      throw new UsageError(`${file}:${i + 1}: not an annotated document (${(e as Error).message})`);
    }
  });
}

interface EvalReport {
  entities?: ReturnType<typeof entityReport>;
  quotes?: Record<QuoteKind, ReturnType<typeof quoteReport>>;
  seconds: number;
}

function evaluate(docs: GoldDoc[], errorLimit: number, io: CliIo): EvalReport {
  const started = process.hrtime.bigint();
  const hasEntities = docs.some((d) => d.entities);
  const hasQuotes = docs.some((d) => d.quotes);
  const entityCounts = emptyEntityCounts();
  const quoteCounts = emptyQuoteCounts();
  const entityErrors: EntityErrors = { missed: [], spurious: [] };
  const quoteErrors: QuoteError[] = [];
  const wantErrors = errorLimit > 0;
  for (const doc of docs) {
    const result = annotateText(doc.text, doc.id);
    if (doc.entities) scoreEntities(doc.text, result.entities, doc.entities, entityCounts, wantErrors ? entityErrors : undefined);
    if (doc.quotes) {
      for (const kind of ['direct', 'indirect'] as const) {
        scoreQuotes(doc.text, result.quotes, doc.quotes, kind, quoteCounts[kind], wantErrors ? quoteErrors : undefined);
      }
    }
  }
  if (wantErrors) printErrors(entityErrors, quoteErrors, errorLimit, io);
  return {
    entities: hasEntities ? entityReport(entityCounts) : undefined,
    quotes: hasQuotes ? { direct: quoteReport(quoteCounts.direct), indirect: quoteReport(quoteCounts.indirect) } : undefined,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

const pct = (x: number) => x.toFixed(3);

function printReport(file: string, n: number, r: EvalReport, io: CliIo): void {
  io.out(`${file} (${n} documents, ${r.seconds.toFixed(1)} s)`);
  if (r.entities) {
    io.out('  entities          exact P   exact R  exact F1 | overlap F1   gold  predicted');
    for (const t of [...SCORED_TYPES, 'all'] as (ScoredType | 'all')[]) {
      const e = r.entities.exact[t];
      io.out(`  ${t.padEnd(16)} ${pct(e.precision).padStart(8)} ${pct(e.recall).padStart(9)} ${pct(e.f1).padStart(9)} | ${pct(r.entities.overlap[t].f1).padStart(10)} ${String(e.gold).padStart(6)} ${String(e.predicted).padStart(10)}`);
    }
  }
  if (r.quotes) {
    io.out('  quotes            P         R        F1   speaker acc   gold  predicted');
    for (const k of ['direct', 'indirect'] as const) {
      const q = r.quotes[k];
      io.out(`  ${k.padEnd(16)} ${pct(q.precision).padStart(5)} ${pct(q.recall).padStart(9)} ${pct(q.f1).padStart(9)} ${pct(q.speakerAccuracy).padStart(13)} ${String(q.gold).padStart(6)} ${String(q.predicted).padStart(10)}`);
    }
  }
}

function printErrors(e: EntityErrors, q: QuoteError[], limit: number, io: CliIo): void {
  const shorten = (s: string) => { const t = s.replace(/\s+/g, ' '); return t.length > 100 ? `${t.slice(0, 99)}…` : t; };
  for (const m of e.missed.slice(0, limit)) io.out(`missed   ${m.type.padEnd(12)} ${m.text}`);
  for (const m of e.spurious.slice(0, limit)) io.out(`spurious ${m.type.padEnd(12)} ${m.text}`);
  for (const kind of ['missed', 'spurious', 'speaker'] as const) {
    for (const x of q.filter((x) => x.problem === kind).slice(0, limit)) {
      io.out(`${kind.padEnd(8)} ${x.kind.padEnd(8)} ${shorten(x.text)}${kind === 'speaker' ? `  gold=${x.gold ?? 'null'} predicted=${x.predicted ?? 'null'}` : ''}`);
    }
  }
}
