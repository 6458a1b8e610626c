// The two sides of the engine benchmark, shared by engineBench.ts (one side per process, for memory) and
// pairBench.ts (both in one process, in turn, for throughput).
import nlp from 'compromise';
import { annotateText } from '../../src/core/annotate';

/** Raw compromise doing what the engine does: parse, then people, organisations, places and quotations. */
export function rawSide(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length + doc.places().length + doc.quotations().length;
}

/** The NewsLens engine: structure, entities, quotes, speakers, linking. */
export function engineSide(text: string): number {
  const r = annotateText(text);
  return r.entities.length + r.quotes.length;
}
