import type { EntityType, Mention, Span } from '../model';
import { overlaps, trimSpan } from './trim';
import { prf, type Prf } from './prf';

/** One gold entity of the NER development format. */
export interface GoldEntity extends Span {
  type: 'PERSON' | 'ORG' | 'LOC' | 'MISC';
  text: string;
}

/**
 * The types scored, with their gold labels. MISC is left out on both sides, so that the figures stay
 * comparable with every earlier run: a predicted misc mention is never spurious, a gold MISC never missed.
 */
export type ScoredType = Exclude<EntityType, 'misc'>;
const GOLD_TYPE: Record<ScoredType, GoldEntity['type']> = { person: 'PERSON', organization: 'ORG', place: 'LOC' };
export const SCORED_TYPES: ScoredType[] = ['person', 'organization', 'place'];

/** Raw counts for one type, summed over documents before P/R/F1 is taken. */
export interface EntityCounts {
  exactTp: number;
  overlapTpPredicted: number;
  overlapTpGold: number;
  predicted: number;
  gold: number;
}

export interface EntityErrors {
  missed: { type: EntityType; text: string; start: number }[];
  spurious: { type: EntityType; text: string; start: number }[];
}

export function emptyEntityCounts(): Record<ScoredType, EntityCounts> {
  const zero = (): EntityCounts => ({ exactTp: 0, overlapTpPredicted: 0, overlapTpGold: 0, predicted: 0, gold: 0 });
  return { person: zero(), organization: zero(), place: zero() };
}

/** Adds one document's comparison into counts (and, when asked, lists its errors). */
export function scoreEntities(
  text: string,
  predicted: Mention[],
  gold: GoldEntity[],
  counts: Record<ScoredType, EntityCounts>,
  errors?: EntityErrors,
): void {
  for (const type of SCORED_TYPES) {
    const p = uniqueSpans(text, predicted.filter((m) => m.type === type));
    const g = uniqueSpans(text, gold.filter((e) => e.type === GOLD_TYPE[type]));
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    const c = counts[type];
    c.predicted += p.length;
    c.gold += g.length;
    c.exactTp += p.filter((s) => goldKeys.has(key(s))).length;
    c.overlapTpPredicted += p.filter((s) => g.some((x) => overlaps(s, x))).length;
    c.overlapTpGold += g.filter((s) => p.some((x) => overlaps(s, x))).length;
    if (errors) {
      for (const s of g) if (!predKeys.has(key(s))) errors.missed.push({ type, text: text.slice(s.start, s.end), start: s.start });
      for (const s of p) if (!goldKeys.has(key(s))) errors.spurious.push({ type, text: text.slice(s.start, s.end), start: s.start });
    }
  }
}

export interface EntityReport {
  exact: Record<ScoredType | 'all', Prf>;
  overlap: Record<ScoredType | 'all', Prf>;
}

/** P/R/F1 per type and micro-averaged over the three scored types. */
export function entityReport(counts: Record<ScoredType, EntityCounts>): EntityReport {
  const sum = (f: keyof EntityCounts) => SCORED_TYPES.reduce((n, t) => n + counts[t][f], 0);
  const exact = {} as EntityReport['exact'];
  const overlap = {} as EntityReport['overlap'];
  for (const t of SCORED_TYPES) {
    const c = counts[t];
    exact[t] = prf(c.exactTp, c.predicted, c.exactTp, c.gold);
    overlap[t] = prf(c.overlapTpPredicted, c.predicted, c.overlapTpGold, c.gold);
  }
  exact.all = prf(sum('exactTp'), sum('predicted'), sum('exactTp'), sum('gold'));
  overlap.all = prf(sum('overlapTpPredicted'), sum('predicted'), sum('overlapTpGold'), sum('gold'));
  return { exact, overlap };
}

function uniqueSpans(text: string, spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) {
    const t = trimSpan(text, s);
    if (t.end > t.start) seen.set(key(t), t);
  }
  return [...seen.values()];
}

function key(s: Span): string {
  return `${s.start}:${s.end}`;
}
