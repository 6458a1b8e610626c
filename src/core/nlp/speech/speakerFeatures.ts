// The features of a speaker candidate for one quote, read by the learned ranker: where the candidate stands
// from the quote and its cue (side, distance, same sentence), what proposed it (the rules, the model's source
// span, a cue's subject, a name, a pronoun), what it is (a resolved name, a pronoun left unresolved, a
// description) and whether it spoke before in the article. "Nobody" has features of its own: a headline's
// scare quotes often have no speaker.

import { feature, feature2, templateSeed } from '../../learn/featureHash';
import type { Quote } from '../../model';
import { gapAfter, type QuoteContext } from '../quoteContext';
import type { Candidate } from './speakerCandidates';
import { tokensOf } from './speechEvidence';

const T = templateSeed;
const S = {
  bias: T('r:bias'), origin: T('r:origin'), originKind: T('r:origin|kind'), originRule: T('r:origin|rule'), side: T('r:side'),
  dist: T('r:dist'), sent: T('r:sentence'), block: T('r:block'), cueAdj: T('r:cue'), cueDist: T('r:cueDist'), what: T('r:what'),
  whatKind: T('r:what|kind'), head: T('r:head'), first: T('r:first'), spoke: T('r:spoke'), gap: T('r:gap'), rank: T('r:rank'),
  none: T('r:none'), noneRule: T('r:none|rule'), noneLen: T('r:none|len'), ruleNull: T('r:ruleNull'), originSide: T('r:origin|side'),
  pair: T('r:origin|what'), sideDist: T('r:side|dist|kind'), quoted: T('r:quoted'),
} as const;

const bucket = (d: number) => (d <= 0 ? '0' : d <= 2 ? '1-2' : d <= 5 ? '3-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : 'far');

/** What the candidate is: a name the engine resolved, a pronoun, a description left unresolved. */
function whatOf(ctx: QuoteContext, c: Candidate): string {
  const s = c.speaker;
  if (!s || !c.phrase) return 'none';
  const single = c.phrase.first === c.phrase.last;
  const pronoun = single && /^(he|she|they|we|i|who|it)$/.test(ctx.tokens[c.phrase.first].normal);
  if (pronoun) return s.name ? 'pronoun-resolved' : 'pronoun';
  if (s.entity) return 'entity';
  return s.name ? 'name' : 'description';
}

/** Per-article facts the features read: how many quotes each resolved name was given by the rules. */
export function spokeCounts(quotes: readonly Quote[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of quotes) if (q.speaker?.name) out.set(q.speaker.name, (out.get(q.speaker.name) ?? 0) + 1);
  return out;
}

export interface CandidateContext {
  ctx: QuoteContext;
  quoted: Uint8Array;
  spoke: Map<string, number>;
}

/** The feature hashes of each candidate of a quote, pushed through emit candidate by candidate. */
export function candidateFeatures(cc: CandidateContext, q: Quote, cands: readonly Candidate[], start: () => void, emit: (h: number) => void): void {
  const { ctx } = cc;
  const [qa, qb] = tokensOf(ctx, q.start, q.end);
  const cue = q.cue ? tokensOf(ctx, q.cue.start, q.cue.end) : null;
  const before = cands.filter((c) => c.phrase && c.phrase.last < qa).sort((a, b) => b.phrase!.last - a.phrase!.last);
  const after = cands.filter((c) => c.phrase && c.phrase.first > qb).sort((a, b) => a.phrase!.first - b.phrase!.first);
  for (const c of cands) {
    start();
    emit(S.bias);
    const origins = [...c.origins].sort();
    for (const o of origins) {
      emit(feature(S.origin, o));
      emit(feature2(S.originKind, o, q.kind));
      emit(feature2(S.originRule, o, q.rule));
    }
    if (!c.phrase) {
      emit(feature(S.none, q.kind));
      emit(feature(S.noneRule, q.rule));
      emit(feature2(S.noneLen, q.kind, bucket(qb - qa + 1)));
      if (!q.speaker) emit(feature(S.ruleNull, q.rule));
      continue;
    }
    const p = c.phrase;
    const side = p.last < qa ? 'before' : p.first > qb ? 'after' : 'around';
    const dist = side === 'before' ? qa - p.last : side === 'after' ? p.first - qb : 0;
    const what = whatOf(ctx, c);
    emit(feature(S.side, side));
    emit(feature(S.dist, bucket(dist)));
    emit(feature2(S.sideDist, `${side}|${bucket(dist)}`, q.kind));
    const rank = side === 'before' ? before.indexOf(c) : side === 'after' ? after.indexOf(c) : -1;
    emit(feature2(S.rank, side, String(Math.min(rank, 3))));
    const ds = ctx.sentence[p.first] - ctx.sentence[qa];
    emit(feature(S.sent, String(Math.max(-2, Math.min(2, ds)))));
    emit(feature(S.block, ctx.block[p.first] === ctx.block[qa] ? 'same' : 'other'));
    if (cue) {
      const cueSide = p.last + 1 === cue[0] ? 'left' : p.first === cue[1] + 1 ? 'right' : p.last < cue[0] ? 'before' : p.first > cue[1] ? 'after' : 'in';
      emit(feature2(S.cueAdj, cueSide, q.kind));
      emit(feature(S.cueDist, bucket(p.last < cue[0] ? cue[0] - p.last : p.first - cue[1])));
    } else emit(feature(S.cueAdj, 'nocue'));
    emit(feature(S.what, what));
    emit(feature2(S.whatKind, what, q.kind));
    for (const o of origins) {
      emit(feature2(S.pair, o, what));
      emit(feature2(S.originSide, o, side));
    }
    emit(feature(S.head, ctx.tokens[p.last].normal));
    emit(feature(S.first, ctx.tokens[p.first].normal));
    const spoke = c.speaker?.name ? cc.spoke.get(c.speaker.name) ?? 0 : 0;
    emit(feature(S.spoke, spoke === 0 ? '0' : spoke === 1 ? '1' : spoke <= 3 ? '2-3' : '4+'));
    emit(feature(S.gap, side === 'before' ? gapAfter(ctx, p.last).trim().slice(0, 2) : side === 'after' ? gapAfter(ctx, p.first - 1).trim().slice(0, 2) : ''));
    if (cc.quoted[p.first]) emit(feature(S.quoted, q.kind));
  }
}
