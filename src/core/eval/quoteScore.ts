import type { Quote, QuoteKind, Span } from '../model';
import { overlaps } from './trim';
import { prf, type Prf } from './prf';

/** One gold attribution of the PolNeAR development format. */
export interface GoldAttribution extends Span {
  kind: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  speakerSegments?: [number, number][];
  quoted?: [number, number][];
}

export interface GoldUnit extends Span {
  speaker: string | null;
  speakerSpans: Span[];
}

export interface QuoteCounts {
  tpPredicted: number;
  predicted: number;
  tpGold: number;
  gold: number;
  speakerRight: number;
}

export interface QuoteError {
  kind: QuoteKind;
  problem: 'missed' | 'spurious' | 'speaker';
  text: string;
  start: number;
  gold?: string | null;
  predicted?: string | null;
}

export function emptyQuoteCounts(): Record<QuoteKind, QuoteCounts> {
  const zero = (): QuoteCounts => ({ tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0, speakerRight: 0 });
  return { direct: zero(), indirect: zero() };
}

/** Direct units are the quote-mark spans of direct and mixed attributions; indirect units the content of indirect ones. */
export function goldUnits(gold: GoldAttribution[], kind: QuoteKind): GoldUnit[] {
  const units: GoldUnit[] = [];
  for (const a of gold) {
    const speakerSpans: Span[] = a.speakerSegments?.length
      ? a.speakerSegments.map(([start, end]) => ({ start, end }))
      : a.speakerStart != null && a.speakerEnd != null ? [{ start: a.speakerStart, end: a.speakerEnd }] : [];
    if (kind === 'direct' && (a.kind === 'direct' || a.kind === 'mixed')) {
      for (const [start, end] of a.quoted ?? []) units.push({ start, end, speaker: a.speaker, speakerSpans });
    } else if (kind === 'indirect' && a.kind === 'indirect') {
      units.push({ start: a.start, end: a.end, speaker: a.speaker, speakerSpans });
    }
  }
  return units;
}

// Function words would make any two descriptions "share a word"; they never identify a speaker.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'on', 'at', 'its', 'his', 'her', 'their']);

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FUNCTION_WORDS.has(w));
}

/** Right when the surface spans overlap, or the resolved name shares a content word with the gold speaker. */
export function speakerMatches(predicted: Quote['speaker'], unit: { speaker: string | null; speakerSpans: Span[] }): boolean {
  if (!unit.speaker) return predicted === null;
  if (!predicted) return false;
  if (unit.speakerSpans.some((s) => overlaps(s, predicted))) return true;
  const goldWords = new Set(words(unit.speaker));
  // An unresolved speaker (name null) is compared by its written words, as it was when its name was its text.
  return words(predicted.name ?? predicted.text).some((w) => goldWords.has(w));
}

/** The predicted quote a gold unit is scored against: the one overlapping it most. */
export function scoredQuote(predicted: readonly Quote[], u: Span): Quote | undefined {
  let best: Quote | undefined;
  let bestOverlap = 0;
  for (const q of predicted) {
    const o = Math.min(q.end, u.end) - Math.max(q.start, u.start);
    if (o > bestOverlap) { best = q; bestOverlap = o; }
  }
  return best;
}

/** Adds one document's quotes of one kind into counts (and, when asked, lists its errors). */
export function scoreQuotes(
  text: string,
  predictedAll: Quote[],
  gold: GoldAttribution[],
  kind: QuoteKind,
  counts: QuoteCounts,
  errors?: QuoteError[],
): void {
  const predicted = predictedAll.filter((q) => q.kind === kind);
  const units = goldUnits(gold, kind);
  counts.predicted += predicted.length;
  counts.gold += units.length;
  for (const q of predicted) {
    if (units.some((u) => overlaps(u, q))) counts.tpPredicted++;
    else errors?.push({ kind, problem: 'spurious', text: q.text, start: q.start, predicted: q.speaker ? q.speaker.name ?? q.speaker.text : null });
  }
  for (const u of units) {
    const best = scoredQuote(predicted, u);
    if (!best) {
      errors?.push({ kind, problem: 'missed', text: text.slice(u.start, u.end), start: u.start, gold: u.speaker });
      continue;
    }
    counts.tpGold++;
    if (speakerMatches(best.speaker, u)) counts.speakerRight++;
    else errors?.push({ kind, problem: 'speaker', text: text.slice(u.start, u.end), start: u.start, gold: u.speaker, predicted: best.speaker ? `${best.speaker.text} -> ${best.speaker.name ?? '(unresolved)'}` : null });
  }
}

export interface QuoteReport extends Prf {
  speakerAccuracy: number;
}

/** P/R/F1 of one quote kind, with speaker accuracy over the gold quotes found. */
export function quoteReport(c: QuoteCounts): QuoteReport {
  return { ...prf(c.tpPredicted, c.predicted, c.tpGold, c.gold), speakerAccuracy: c.tpGold ? c.speakerRight / c.tpGold : 0 };
}
