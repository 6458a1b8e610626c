// Indirect (reported) speech: "X said (that) CONTENT", "CONTENT, X said.", "according to X, CONTENT".
// The quote's span is the reported content; its cue is the reporting verb.

import type { Quote, Span, Speaker } from '../model';
import type { Sentence } from './analysis';
import { MAX_SENTENCE, accordingSource, attributionOf, invertedSubject, subjectOfCue, type Attribution } from './attribution';
import { isPronoun, phraseStartingAt, pronounOf, subjectBefore } from './phrases';
import { FINDINGS, HEDGE_PARTICIPLES, HEDGE_VERBS, PASSIVE_PARTICIPLES, TAKES_HEARER } from './cueLexicon';
import { cueAt, cueInfo, type Cue } from './cues';
import { firstIndexNotBefore, gapAfter, has, tokenSpan, type QuoteContext } from './quoteContext';
import type { QuoteRule } from './quoteRules';
import { isSourceLike, toSpeaker, type SpeakerResolver } from './speakers';

const CLAUSE_STARTERS = /^(he|she|they|it|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|some|many|most|no|none|all|any|every|each|both|such|one|two|three|if|whether|what|how|why|when|who)$/;

/** The direct quotes (sorted, not overlapping), asked by offset with a binary search. */
class QuoteIndex {
  constructor(private readonly spans: Span[]) {}
  /** Index of the first span ending after offset. */
  private seek(offset: number): number {
    return firstIndexNotBefore(this.spans.length, (i) => this.spans[i].end <= offset);
  }
  inside(offset: number): boolean {
    const k = this.seek(offset);
    return k < this.spans.length && this.spans[k].start <= offset;
  }
  /** Where the first quote overlapping [from, to) starts (at least from), or -1. */
  firstIn(from: number, to: number): number {
    const k = this.seek(from);
    return k < this.spans.length && this.spans[k].start < to ? Math.max(this.spans[k].start, from) : -1;
  }
}

/** Skips "in a statement", "on Monday", "to reporters", an object ("told reporters") after a cue; returns the next token. */
function skipComplements(ctx: QuoteContext, i: number, end: number, cue: Cue): number {
  if (TAKES_HEARER.has(cue.lemma) && i <= end) {
    const obj = phraseStartingAt(ctx, i, end);
    if (obj && !/,/.test(gapAfter(ctx, obj.last))) i = obj.last + 1;
  }
  for (let hop = 0; hop < 3 && i <= end; hop++) {
    const t = ctx.tokens[i];
    if (has(t, 'Preposition') && t.normal !== 'that' && t.normal !== 'of') {
      const p = phraseStartingAt(ctx, i + 1, end);
      if (!p) break;
      i = p.last + 1;
      continue;
    }
    if (has(t, 'Date') || /^(yesterday|today|tonight|earlier|later|late|early|recently|again|also|repeatedly|publicly|privately|flatly|previously|once)$/.test(t.normal)) { i++; continue; }
    if (/^(last|this|next)$/.test(t.normal) && i + 1 <= end && has(ctx.tokens[i + 1], 'Date')) { i += 2; continue; }
    break;
  }
  return i;
}

/**
 * "Wilson told The Post and Courier newspaper of Charleston on Saturday that ...": after a verb that takes a
 * hearer, "that" a few words on (names, places, a day, no verb or comma between) opens the content.
 */
function thatAfterObject(ctx: QuoteContext, cue: Cue, sentenceEnd: number): number {
  for (let k = cue.last + 1; k <= sentenceEnd && k - cue.last <= 14; k++) {
    const t = ctx.tokens[k];
    if (t.normal === 'that') return k > cue.last + 1 && k + 1 <= sentenceEnd && !/[,:]/.test(gapAfter(ctx, k)) ? k + 1 : -1;
    if (/[,;:“"]/.test(gapAfter(ctx, k)) || (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective'))) return -1;
  }
  return -1;
}

const WH = /^(whether|if|how|what|why|who|when|where)$/;
const NOT_CLAUSE = /^(so|yes|no|nothing|something|anything|more|much|little|too|very|as|than|to|not)$/;
// "he's", "they'll", "it’s": a subject pronoun with its verb contracted onto it already starts a clause.
const CONTRACTED_CLAUSE = /^(he|she|it|they|we|i|you|there|that)['’](s|re|ll|d|ve|m)$/;

/** Content after a cue: "that ...", "whether ...", or for verbs that allow it a bare clause ("said Russia is resolved ..."). */
function contentAfter(ctx: QuoteContext, cue: Cue, sentenceEnd: number, headline: boolean): number {
  const told = TAKES_HEARER.has(cue.lemma) ? thatAfterObject(ctx, cue, sentenceEnd) : -1;
  if (told >= 0) return told;
  const i = skipComplements(ctx, cue.last + 1, sentenceEnd, cue);
  if (i > sentenceEnd) return -1;
  if (/[“"‘]/.test(gapAfter(ctx, i - 1))) return -1;
  const t = ctx.tokens[i];
  if (t.normal === 'that' && !/[,:]/.test(gapAfter(ctx, i))) return i + 1 <= sentenceEnd ? i + 1 : -1;
  if (WH.test(t.normal)) return i;
  if (/[,:;]/.test(gapAfter(ctx, i - 1))) return -1;
  if (!cueInfo(cue.lemma).bare) return -1;
  if (headline) return phraseStartingAt(ctx, i, sentenceEnd) ? i : -1;
  // A bare clause: it starts like a subject and a finite verb follows within a few words.
  if (CONTRACTED_CLAUSE.test(t.normal.toLowerCase())) return i;
  // A gerund may be the subject ("said running for president is tough"); the finite verb after it decides.
  if (NOT_CLAUSE.test(t.normal) || has(t, 'Preposition') || has(t, 'Adverb') || (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !/^\p{Lu}/u.test(t.text))) return -1;
  if (isPronoun(t) && !/^(he|she|they|it|we|i|you)$/.test(pronounOf(t) ?? '')) return -1;
  if (!(isPronoun(t) || CLAUSE_STARTERS.test(t.normal) || /^\p{Lu}/u.test(t.text) || has(t, 'Noun') || has(t, 'Value') || has(t, 'Adjective') || has(t, 'Gerund'))) return -1;
  for (let k = i + 1; k <= sentenceEnd && k <= i + 12; k++) {
    const v = ctx.tokens[k];
    if (/[,;:]/.test(gapAfter(ctx, k - 1)) && k - i > 1) return -1;
    if ((has(v, 'Verb') && (has(v, 'PastTense') || has(v, 'PresentTense') || has(v, 'Modal') || has(v, 'Auxiliary') || has(v, 'Copula'))) && !has(v, 'Gerund')) return i;
  }
  return -1;
}

// Words that start a clause of their own after reported content.
const CLAUSE_BREAK = /^(although|though|while|whereas|but|because|since|after|before|when|as)$/;

const PARTICLES = /^(about|for|on|to|with|out|off|up|against|over|at|into)$/;

/** What a stance verb is about: its object ("cited the remarks", "called for a ban"), or -1. */
function stanceObject(ctx: QuoteContext, cue: Cue, sentenceEnd: number): number {
  let i = cue.last + 1;
  while (i <= sentenceEnd && i <= cue.last + 2 && PARTICLES.test(ctx.tokens[i].normal)) i++;
  if (i > sentenceEnd || /[“"‘:;.]/.test(gapAfter(ctx, i - 1))) return -1;
  const t = ctx.tokens[i];
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !/^to$/.test(ctx.tokens[i - 1].normal)) return -1;
  // "tweeted during the first half", "said on Monday": a phrase of time or place is not what was said.
  if (has(t, 'Date') || t.normal === 'during' || (/^(on|at|in)$/.test(t.normal) && i + 1 <= sentenceEnd && has(ctx.tokens[i + 1], 'Date'))) return -1;
  return i;
}

/**
 * Where reported content that starts at token i ends: the sentence end or a following ", adding" / "and urged";
 * -1 when a direct quote comes first (the attribution is then a mixed one, already given by the direct quote).
 */
function contentEnd(ctx: QuoteContext, i: number, sentenceEnd: number, quotes: QuoteIndex): number {
  let end = sentenceEnd;
  for (let k = i + 1; k <= sentenceEnd && k - i < MAX_SENTENCE; k++) {
    const c = cueAt(ctx.tokens, k);
    if (!c) continue;
    const gap = gapAfter(ctx, k - 1);
    const and = /^(and|but)$/.test(ctx.tokens[k - 1].normal);
    if ((c.form === 'gerund' && /,/.test(gap)) || (and && c.form === 'verb')) {
      end = and ? k - 2 : k - 1;
      break;
    }
  }
  if (end < i) return -1;
  const quoted = quotes.firstIn(ctx.tokens[i].start, ctx.tokens[end].end);
  if (quoted < 0) return end;
  // A direct quote in a later clause ("that he would go, although he tweeted that he “...”"): the content ends
  // before that clause; a quote inside the content itself makes the attribution a mixed one.
  for (let k = i + 3; k <= end && ctx.tokens[k].start < quoted; k++) {
    if (/[;—–]/.test(gapAfter(ctx, k - 1)) || (CLAUSE_BREAK.test(ctx.tokens[k].normal) && k + 1 <= end && ctx.tokens[k + 1].start < quoted)) return k - 1;
  }
  return -1;
}

/** What the rules of reported speech share while they read one article. */
interface Reading {
  ctx: QuoteContext;
  r: SpeakerResolver;
  quotes: QuoteIndex;
  out: Quote[];
}

/** Emits reported content [first, last] with its attribution (too short a paragraph fragment is dropped). */
function report(rd: Reading, rule: QuoteRule, a: Attribution, first: number, last: number, at: Sentence): void {
  const { ctx } = rd;
  if (last < first) return;
  if (last - first < 2 && ctx.blocks[ctx.block[first]].kind === 'paragraph') return;
  rd.out.push(indirectQuote(ctx, first, last, a.cue, toSpeaker(rd.r, a.subject, at.index).speaker, rule));
}

/** Reported content [first, last] with its cue's tokens and its speaker. */
function indirectQuote(ctx: QuoteContext, first: number, last: number, cue: { first: number; last: number }, speaker: Speaker | null, rule: QuoteRule): Quote {
  return { kind: 'indirect', ...tokenSpan(ctx, first, last), speaker, cue: tokenSpan(ctx, cue.first, cue.last), rule };
}

/** What a cue rule did with the cue at k: where reading resumes, and whether the sentence got its report. */
interface Claim {
  next: number;
  reported: boolean;
}

/** A way news reports speech around one cue: null when the rule does not apply to it, else its claim. */
interface CueRule {
  name: QuoteRule;
  claim(rd: Reading, at: Sentence, cue: Cue, k: number): Claim | null;
}

/** "according to X, CONTENT", "CONTENT, according to X, a pollster who ...". */
const accordingTo: CueRule = {
  name: 'according-to',
  claim(rd, at, cue, k) {
    if (cue.form !== 'according') return null;
    const { ctx, quotes } = rd;
    let subj = subjectOfCue(ctx, cue, at.first, at.last);
    if (!subj) return { next: k, reported: false };
    // "CONTENT, according to X, a pollster who ...": after a clause, what follows X is X's apposition.
    const closing = k - at.first >= 3 && /,/.test(gapAfter(ctx, k - 1));
    // "According to early results of exit polls conducted for AP, CONTENT": the source runs to the comma.
    if (!closing && !/,/.test(gapAfter(ctx, subj.last))) subj = accordingSource(ctx, cue, at.last) ?? subj;
    const a = { cue, subject: subj };
    const nothingQuotedBefore = () => quotes.firstIn(ctx.tokens[at.first].start, ctx.tokens[k].start) < 0;
    let reported = true;
    if (closing && nothingQuotedBefore()) report(rd, 'according-to', a, at.first, k - 1, at);
    else if (!closing && /,/.test(gapAfter(ctx, subj.last)) && subj.last + 1 <= at.last) {
      const end = contentEnd(ctx, subj.last + 1, at.last, quotes);
      if (end >= 0) report(rd, 'according-to', a, subj.last + 1, end, at);
    } else if (k > at.first && /,/.test(gapAfter(ctx, k - 1)) && nothingQuotedBefore()) report(rd, 'according-to', a, at.first, k - 1, at);
    else reported = false;
    return { next: subj.last, reported };
  },
};

/** "(When) asked whether he would run, Trump said ...": the question, put by someone the text does not name. */
const askedQuestionRule: CueRule = {
  name: 'asked-question',
  claim(rd, at, cue) {
    const asked = askedQuestion(rd.ctx, cue, at.first, at.last);
    if (!asked) return null;
    rd.out.push(unattributed(rd.ctx, asked.first, asked.last, cue, 'asked-question'));
    return { next: asked.last, reported: false };
  },
};

/**
 * "X said (that) CONTENT", "X criticized CONTENT" (a stance verb's object), "X was criticized by Y for CONTENT"
 * (the passive's agent speaks; with no agent the content has no speaker).
 */
const reportedClause: CueRule = {
  name: 'reported-clause',
  claim(rd, at, cue, k) {
    const { ctx, quotes } = rd;
    const skip = { next: k, reported: false };
    if (cue.form === 'gerund' && !/,/.test(gapAfter(ctx, k - 1))) return skip;
    let from = contentAfter(ctx, cue, at.last, false);
    const stance = from < 0 && cueInfo(cue.lemma).stance;
    if (stance) from = stanceObject(ctx, cue, at.last);
    if (from < 0) return skip;
    const a = attributionOf(ctx, cue, at.first, at.last, at.first);
    if (!a || a.subject.last > cue.last || (stance && !isSourceLike(rd.r, a.subject))) return skip;
    const end = contentEnd(ctx, from, at.last, quotes);
    if (end < 0) return skip;
    if (isPassive(ctx, cue)) passiveReport(rd, at, cue, from, end);
    else report(rd, stance ? 'stance-object' : 'reported-clause', a, from, end, at);
    return { next: end, reported: true };
  },
};

/** "Christie was asked whether ...", "was criticized by some of his rivals for ...": the agent, when named, speaks. */
function passiveReport(rd: Reading, at: Sentence, cue: Cue, from: number, end: number): void {
  const { ctx } = rd;
  const agent = ctx.tokens[cue.last + 1]?.normal === 'by' ? agentAfter(ctx, cue.last + 2, at.last) : null;
  // "was criticized by X for failing to ...": what X said is what follows the agent.
  let after = agent && from <= agent.last ? agent.last + 1 : from;
  if (agent && after <= end && /^(for|over|about|as)$/.test(ctx.tokens[after].normal)) after++;
  if (agent && after <= end) report(rd, 'passive-agent', { cue, subject: agent }, after, end, at);
  else if (end - from >= 2) rd.out.push(unattributed(ctx, from, end, cue, 'passive-unattributed'));
}

/** The rules tried at each cue of a sentence, in this order; the first that claims the cue decides. */
const CUE_RULES: readonly CueRule[] = [accordingTo, askedQuestionRule, reportedClause];

/** A way news reports speech in a whole sentence, tried when no cue rule reported it: true when it did. */
interface SentenceRule {
  name: QuoteRule;
  report(rd: Reading, at: Sentence): boolean;
}

const SENTENCE_RULES: readonly SentenceRule[] = [
  // "CONTENT, X said." with the attribution closing the sentence.
  {
    name: 'final-attribution',
    report(rd, at) {
      const before = rd.out.length;
      finalAttribution(rd.ctx, at.first, at.last, rd.quotes, (a, from, to) => report(rd, 'final-attribution', a, from, to, at));
      return rd.out.length > before;
    },
  },
  // "The House is expected to pass ...": a forecast or impression that nobody in the text is said to hold.
  {
    name: 'hedge',
    report(rd, at) {
      const { ctx } = rd;
      if (at.last - at.first < 4 || rd.quotes.firstIn(ctx.tokens[at.first].start, ctx.tokens[at.last].end) >= 0) return false;
      const hedge = hedgeCue(ctx, at.first, at.last);
      if (hedge) rd.out.push(unattributed(ctx, at.first, at.last, hedge, 'hedge'));
      return hedge !== null;
    },
  },
];

/** Runs the cue rules over a sentence's cues; true when one of them reported the sentence's speech. */
function readCues(rd: Reading, at: Sentence): boolean {
  let reported = false;
  for (let k = at.first; k <= at.last; k++) {
    if (rd.quotes.inside(rd.ctx.tokens[k].start)) continue;
    const cue = cueAt(rd.ctx.tokens, k);
    if (!cue) continue;
    for (const rule of CUE_RULES) {
      const claim = rule.claim(rd, at, cue, k);
      if (!claim) continue;
      reported ||= claim.reported;
      k = claim.next;
      break;
    }
  }
  return reported;
}

/** Every indirect quote of the article. directSpans: the direct quotes (sorted), whose text is never reported speech. */
export function findIndirectQuotes(ctx: QuoteContext, r: SpeakerResolver, directSpans: Span[]): Quote[] {
  const rd: Reading = { ctx, r, quotes: new QuoteIndex(directSpans), out: [] };
  const nominal: Quote[] = [];
  for (const at of ctx.sentences) {
    // Headlines and related-news lines are read by headlines.ts.
    if (at.kind !== 'paragraph') continue;
    nominalCues(ctx, r, at.first, at.last, rd.quotes, nominal);
    if (readCues(rd, at)) continue;
    for (const rule of SENTENCE_RULES) if (rule.report(rd, at)) break;
  }
  return [...rd.out, ...outsideReports(rd.out, nominal)];
}

/** "Trump said his attacks on Curiel were fair": a noun cue inside reported content is not a quote of its own. */
function outsideReports(reports: readonly Quote[], nominal: readonly Quote[]): Quote[] {
  const sorted = [...reports].sort((a, b) => a.start - b.start);
  return nominal.filter((q) => {
    let k = firstIndexNotBefore(sorted.length, (i) => sorted[i].start < q.end) - 1;
    let inside = false;
    for (let hops = 0; k >= 0 && hops < 8 && !inside; k--, hops++) inside = sorted[k].end > q.start;
    return !inside;
  });
}

/** The agent after "by": a noun phrase, "of" phrases included ("some of his rivals"), up to a comma or preposition. */
function agentAfter(ctx: QuoteContext, i: number, last: number): { first: number; last: number } | null {
  if (!phraseStartingAt(ctx, i, last)) return null;
  let end = i;
  while (end + 1 <= last && end - i < 8 && !/[,;:]/.test(gapAfter(ctx, end))) {
    const n = ctx.tokens[end + 1];
    if ((has(n, 'Preposition') && n.normal !== 'of') || (has(n, 'Verb') && !has(n, 'Noun'))) break;
    end++;
  }
  return { first: i, last: end };
}

/** A cue in the passive ("was asked", "had been told"), whose subject heard rather than said. */
function isPassive(ctx: QuoteContext, cue: Cue): boolean {
  if (cue.form !== 'verb' || !PASSIVE_PARTICIPLES.has(ctx.tokens[cue.first].normal)) return false;
  let k = cue.first - 1;
  while (k >= 0 && has(ctx.tokens[k], 'Adverb') && cue.first - k <= 3) k--;
  return k >= 0 && /^(was|were|is|are|be|been|being|get|got|gets)$/.test(ctx.tokens[k].normal);
}

/** Reported content [first, last] that the text gives no speaker for, with its cue. */
function unattributed(ctx: QuoteContext, first: number, last: number, cue: { first: number; last: number }, rule: QuoteRule): Quote {
  return indirectQuote(ctx, first, last, cue, null, rule);
}

// Nouns of speech and stance with the prepositions that bring in what was said: "Trump's attacks on Curiel",
// "his calls for a ban", "Clinton's criticism of the deal".
// (A Map: a plain object would answer "constructor" or "__proto__" from its prototype.)
const NOUN_CUES = new Map<string, RegExp>(Object.entries({
  attack: /^(on|against)$/, attacks: /^(on|against)$/, call: /^(for)$/, calls: /^(for)$/, criticism: /^(of)$/,
  criticisms: /^(of)$/, opposition: /^(to)$/, support: /^(for)$/, praise: /^(for|of)$/, claim: /^(that)$/, claims: /^(that|about)$/,
  comments: /^(about|on)$/, remarks: /^(about|on)$/, warning: /^(about|of|that)$/, warnings: /^(about|of|that)$/,
  promise: /^(to|of|that)$/, promises: /^(to|of|that)$/, pledge: /^(to)$/, demand: /^(for)$/, demands: /^(for)$/,
  denial: /^(of)$/, accusation: /^(that|of)$/, accusations: /^(that|of)$/, endorsement: /^(of)$/, defense: /^(of)$/,
  defence: /^(of)$/, description: /^(of)$/, characterization: /^(of)$/, insistence: /^(that|on)$/, view: /^(that|of)$/,
}));

/** "Trump's attacks on Curiel": what the possessor said about something, named by a noun of speech or stance. */
function nominalCues(ctx: QuoteContext, r: SpeakerResolver, first: number, last: number, quotes: QuoteIndex, out: Quote[]): void {
  for (let k = first; k + 3 <= last; k++) {
    const owner = ctx.tokens[k];
    const noun = ctx.tokens[k + 1];
    const prep = NOUN_CUES.get(noun.normal);
    if (!prep || !prep.test(ctx.tokens[k + 2].normal) || !has(noun, 'Noun')) continue;
    if (!(has(owner, 'Possessive') || /^(his|her)$/.test(owner.normal)) || /^(its|my|our|your|their)$/.test(owner.normal)) continue;
    if (![k, k + 1, k + 2].every((j) => /^[\s\u00a0]*$/.test(gapAfter(ctx, j))) || quotes.inside(ctx.tokens[k + 3].start)) continue;
    let end = k + 3;
    while (end < last && end - k < 15 && !/[,;:.!?()“”"—–]/.test(gapAfter(ctx, end)) && !(has(ctx.tokens[end + 1], 'Verb') && !has(ctx.tokens[end + 1], 'Gerund') && !has(ctx.tokens[end + 1], 'Noun'))) end++;
    if (quotes.firstIn(ctx.tokens[k + 3].start, ctx.tokens[end].end) >= 0) continue;
    const speaker = toSpeaker(r, { first: k, last: k }, ctx.sentence[k]).speaker;
    out.push(indirectQuote(ctx, k + 3, end, { first: k + 1, last: k + 2 }, speaker, 'noun-cue'));
    k = end;
  }
}

const QUESTION = /^(whether|if|what|who|whom|whose|why|how|when|where|which|about)$/;

/**
 * "(When) asked whether he would run, Trump said ...": the question put to the speaker, by someone the text
 * does not name. Returns the question's first and last tokens, or null.
 */
function askedQuestion(ctx: QuoteContext, cue: Cue, first: number, last: number): { first: number; last: number } | null {
  if (cue.lemma !== 'ask' || !/^asked$/i.test(ctx.tokens[cue.first].text)) return null;
  let lead = cue.first - 1;
  if (lead >= first && /^(when|if|after|once|before|while)$/.test(ctx.tokens[lead].normal)) lead--;
  if (lead >= first && /^(and|but|yet|so)$/.test(ctx.tokens[lead].normal)) lead--;
  if (lead >= first) return null;
  let i = cue.last + 1;
  while (i <= last && has(ctx.tokens[i], 'Adverb') && !QUESTION.test(ctx.tokens[i].normal)) i++;
  if (i > last || !QUESTION.test(ctx.tokens[i].normal)) return null;
  for (let k = i + 1; k <= last && k - i < 40; k++) {
    if (/[“”"]/.test(gapAfter(ctx, k))) return null;
    if (/,/.test(gapAfter(ctx, k))) return k < last ? { first: i, last: k } : null;
  }
  return null;
}

/** "is expected to", "are projected to", "appears to": a hedge of the sentence's own verb, as a cue with no source. */
function hedgeCue(ctx: QuoteContext, first: number, last: number): { first: number; last: number } | null {
  for (let k = first + 1; k < last; k++) {
    const w = ctx.tokens[k].normal;
    if (ctx.tokens[k + 1].normal !== 'to') continue;
    if (HEDGE_VERBS.has(w)) return { first: k, last: k };
    if (HEDGE_PARTICIPLES.has(w) && /^(is|are|was|were|be|been)$/.test(ctx.tokens[k - 1].normal)) return { first: k - 1, last: k };
    if (HEDGE_PARTICIPLES.has(w) && k - 2 >= first && has(ctx.tokens[k - 1], 'Adverb') && /^(is|are|was|were)$/.test(ctx.tokens[k - 2].normal)) return { first: k - 2, last: k };
  }
  return null;
}

/**
 * "CONTENT, X said." / "CONTENT, said X, a ..." / "Over the years, she said, CONTENT." — an attribution set off by a
 * comma inside or at the end of the sentence; the content is the longer side of it.
 */
function finalAttribution(ctx: QuoteContext, first: number, last: number, quotes: QuoteIndex, emit: (a: Attribution, from: number, to: number) => void): void {
  for (let k = first + 1; k <= last; k++) {
    const cue = cueAt(ctx.tokens, k);
    // "..., records show." / "..., polls indicate.": what documents and polls show is reported too.
    if (!cue || cue.form !== 'verb' || !(cueInfo(cue.lemma).speech || FINDINGS.has(cue.lemma))) continue;
    const inverted = /,/.test(gapAfter(ctx, k - 1));
    const subject = inverted ? invertedSubject(ctx, cue, last) : subjectBefore(ctx, cue.first, first);
    if (!subject) continue;
    if (inverted && subject.last < last && !/,/.test(gapAfter(ctx, subject.last))) continue;
    const lead = inverted ? cue.first : subject.first;
    let comma = lead - 1;
    while (comma > first && lead - comma <= 3 && !/,/.test(gapAfter(ctx, comma))) {
      if (/[.;:!?“”"]/.test(gapAfter(ctx, comma))) break;
      comma--;
    }
    // "Still, he said, officials ...": one word before the attribution is enough when the content follows it.
    if (comma < first || !/,/.test(gapAfter(ctx, comma)) || /[“”"]/.test(gapAfter(ctx, comma))) continue;
    // After the attribution: the sentence ends, or a comma resumes the content (with a short complement between).
    let tail = inverted ? subject.last : cue.last;
    while (tail < last && tail - cue.last < 6 && !/,/.test(gapAfter(ctx, tail))) tail++;
    const before = { from: first, to: comma };
    const after = tail < last && /,/.test(gapAfter(ctx, tail)) && !inverted ? { from: tail + 1, to: last } : null;
    if (!after && (tail < last || comma === first) && !inverted) continue;
    const part = after && after.to - after.from > before.to - before.from ? after : before;
    if (quotes.firstIn(ctx.tokens[part.from].start, ctx.tokens[part.to].end) >= 0) return;
    emit({ cue, subject }, part.from, part.to);
    return;
  }
}
