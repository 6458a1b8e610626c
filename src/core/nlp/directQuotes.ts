// Direct quotes: the marked stretches of text, each with the cue and speaker that the text gives for it.

import type { Quote, Speaker } from '../model';
import { MAX_SENTENCE, attributionOf, lastCue, sentenceStartOf, sentenceSubject, type Attribution } from './attribution';
import { cueAt, isSpeechCue } from './cues';
import { headlineAttribution, headlineSpeaker } from './headlines';
import { findMarkedQuotes, readsAsHeadline, type MarkedQuote } from './quoteMarks';
import { endsSentence, gapAfter, has, tokenAtOrAfter, tokenSpan, type QuoteContext } from './quoteContext';
import { isCapitalized, isPronoun, phraseEndingAt, pronounOf, type Phrase } from './phrases';
import type { QuoteRule } from './quoteRules';
import { toSpeaker, type SpeakerResolver } from './speakers';
import { speakerLabel } from '../model/speakerLabel';

/** What a direct-quote rule found: an attribution in the words around the quote, or a speaker it names itself. */
interface Found {
  attribution: Attribution | null;
  /** A headline's "Name:", a speaker label or a dash byline. */
  speaker?: Speaker | null;
  colon?: { start: number; end: number };
}

/** Where a marked quote stands among the others, and the quote kept before it. */
interface Around {
  prev: MarkedQuote | null;
  prevClose: number;
  nextOpen: number;
  previous: { quote: Quote; block: number } | null;
}

/** A way news attributes a direct quote: a named rule proposing the quote's speaker and cue, or null. */
interface DirectRule {
  name: QuoteRule;
  find(ctx: QuoteContext, r: SpeakerResolver, q: MarkedQuote, around: Around): Pick<Quote, 'speaker' | 'cue'> & { weak?: boolean } | null;
}

/** `“...,” Trump said` / `“...,” said Trump` / `“...,” according to X`: an attribution right after the quote. */
function after(ctx: QuoteContext, q: MarkedQuote, nextOpen: number): Attribution | null {
  const i = tokenAtOrAfter(ctx, q.end);
  if (i >= ctx.tokens.length || ctx.block[i] !== blockAt(ctx, q.end - 1)) return null;
  const gap = ctx.text.slice(q.end, ctx.tokens[i].start);
  if (/[.;:!?“"]/.test(gap.replace(/^\s*[—–-]+\s*/, '')) && !/^\s*$/.test(gap)) return null;
  // `“...” and Trump says he is ...`: a conjunction starts a clause of its own, with its own speaker.
  if (NEW_CLAUSE.test(ctx.tokens[i].normal)) return null;
  let end = i;
  while (end + 1 < ctx.tokens.length && end - i < 40 && !endsSentence(ctx, end) && ctx.tokens[end + 1].start < nextOpen) end++;
  const innerEnd = q.close >= 0 ? ctx.text[q.close - 1] : '';
  // The attribution must sit right after the quote: "he said", "said the senator", "Trump, a Republican, said",
  // "Clinton campaign spokesman Brian Fallon said" (a title the phrase did not take in).
  for (let k = i; k <= end; k++) {
    const cue = cueAt(ctx.tokens, k);
    if (!cue || !isSpeechCue(cue)) continue;
    const a = attributionOf(ctx, cue, i, end, sentenceStartOf(ctx, i));
    if (!a) continue;
    const lead = Math.min(a.subject.first, cue.first);
    const adjacent = lead - i <= 3 && !/[,;:]/.test(ctx.text.slice(ctx.tokens[i].start, ctx.tokens[lead].start));
    // `“...” of the plans, Mr. Holtz-Eakin said.`: an attribution set off by a comma that closes the sentence.
    const closing = !adjacent && innerEnd !== '.' && /,/.test(gapAfter(ctx, lead - 1)) && closesSentence(ctx, Math.max(a.subject.last, cue.last), nextOpen);
    if (!adjacent && !closing) continue;
    // After a quote that ends its sentence (“... now.”), only a short closing attribution counts: “Why?” he asked.
    // After “...!” or “...?” a lower-case word goes on with the same sentence ("he tweeted during the half"), as
    // does a cue followed by a phrase of time or manner ("Sessions said as he launched the roll call").
    const goesOn = /[!?]/.test(innerEnd) && (!isCapitalized(ctx, i) || (cue.last === Math.max(a.subject.last, cue.last) && ADVERBIAL_START.test(ctx.tokens[cue.last + 1]?.normal ?? '')));
    // `“...?” asked Sen. Barbara Mikulski, who wants ...`: an apposition about the speaker may close the sentence too.
    const tail = Math.max(a.subject.last, cue.last);
    const aside = /,/.test(gapAfter(ctx, tail)) && /^(who|whose|which|a|an|the)$/.test(ctx.tokens[tail + 1]?.normal ?? '');
    if (/[.!?]/.test(innerEnd) && !goesOn && !aside && !closesSentence(ctx, tail, nextOpen)) return null;
    return a;
  }
  return null;
}

const NEW_CLAUSE = /^(and|but|while|whereas|or|because|although|though|as|since|if|when)$/;
const ADVERBIAL_START = /^(as|while|when|after|before|during|at|in|on|from|to|with|outside|inside|later|earlier|yesterday|today|again|loudly|angrily)$/;

/** True when the sentence ends within three tokens after token k, before the next quote opens. */
function closesSentence(ctx: QuoteContext, k: number, nextOpen: number): boolean {
  for (let j = k; j < ctx.tokens.length && j <= k + 3; j++) {
    if (ctx.tokens[j].start >= nextOpen) return false;
    if (endsSentence(ctx, j)) return true;
  }
  return false;
}

function blockAt(ctx: QuoteContext, offset: number): number {
  const i = Math.min(tokenAtOrAfter(ctx, offset + 1), ctx.tokens.length) - 1;
  return i >= 0 ? ctx.block[i] : -1;
}

/** `Trump said: “...”`, `He told reporters that “...”`, `according to X, “...”`: an attribution before the quote. */
function before(ctx: QuoteContext, q: MarkedQuote, prevClose: number): Attribution | null {
  const i = tokenAtOrAfter(ctx, q.open) - 1;
  if (i < 0 || ctx.tokens[i].end <= prevClose || opensSentence(ctx, q, i)) return null;
  const start = sentenceStartOf(ctx, i);
  let min = start;
  while (min < i && ctx.tokens[min].start < prevClose) min++;
  // The nearest cue, unless its subject is embedded ("anybody who complains", "it underscores") and an earlier
  // cue of the sentence has a subject of its own ("She says it underscores that Trump is “...”").
  let fallback: Attribution | null = null;
  for (let k = i; k >= Math.max(min, i - 16); k--) {
    const cue = cueAt(ctx.tokens, k);
    if (!cue || !isSpeechCue(cue)) continue;
    const a = attributionOf(ctx, cue, min, i, start);
    if (!a) continue;
    if (!embeddedSubject(ctx, a.subject)) return a;
    fallback ??= a;
  }
  return fallback;
}

/** "it", or a relative pronoun with no comma before it (a restrictive clause inside another attribution). */
function embeddedSubject(ctx: QuoteContext, p: Phrase): boolean {
  if (p.first !== p.last) return false;
  const w = pronounOf(ctx.tokens[p.first]) ?? ctx.tokens[p.first].normal;
  if (w === 'it') return true;
  return /^(who|which|that)$/.test(w) && !(p.first > 0 && /,/.test(gapAfter(ctx, p.first - 1)));
}

/** True when the quote opens its sentence: token i, the last before the quote, ends a sentence or another block. */
function opensSentence(ctx: QuoteContext, q: MarkedQuote, i: number): boolean {
  return ctx.block[i] !== q.firstBlock || endsSentence(ctx, i);
}

/** A partial quote inside a sentence: any cue of the sentence, else the sentence's subject when it is a person. */
function inSentence(ctx: QuoteContext, q: MarkedQuote, prev: MarkedQuote | null, nextOpen: number): Attribution | null {
  const i = tokenAtOrAfter(ctx, q.open);
  if (i >= ctx.tokens.length || i === 0 || opensSentence(ctx, q, i - 1)) return null;
  const sentence = sentenceStartOf(ctx, i - 1);
  const afterPrev = prev ? tokenAtOrAfter(ctx, prev.end) : 0;
  // First the words between the previous quote and this one; then the whole sentence, but the words of the
  // previous quote are never the attribution.
  const own = afterPrev > sentence && afterPrev < i ? partialAttribution(ctx, q, afterPrev, i, nextOpen) : null;
  if (own) return own;
  const a = partialAttribution(ctx, q, sentence, i, nextOpen);
  if (a && prev && ctx.tokens[a.subject.first].start >= prev.start && ctx.tokens[a.subject.first].start < prev.end) return null;
  return a;
}

function partialAttribution(ctx: QuoteContext, q: MarkedQuote, start: number, i: number, nextOpen: number): Attribution | null {
  let end = i;
  while (end + 1 < ctx.tokens.length && end - i < MAX_SENTENCE && !endsSentence(ctx, end) && ctx.tokens[end + 1].start < nextOpen) end++;
  const open = i - 1;
  // The first cue of the sentence that has a subject ("After the court refused ..., McCrory blamed the “...”").
  for (const [from, to] of [[start, open], [tokenAtOrAfter(ctx, q.end), end]]) {
    for (let k = from; k <= to; k++) {
      const cue = cueAt(ctx.tokens, k);
      if (!cue || cue.last > to + 1) continue;
      const a = attributionOf(ctx, cue, start, end, start);
      if (a) return a;
      k = cue.last;
    }
  }
  const subject = sentenceSubject(ctx, start, open);
  if (subject && isPersonLike(ctx, subject)) {
    let v = subject.last + 1;
    while (v < open && !has(ctx.tokens[v], 'Verb')) v++;
    return { cue: { first: v, last: v, lemma: ctx.tokens[v].normal, form: 'verb' }, subject, weak: true };
  }
  return null;
}

function isPersonLike(ctx: QuoteContext, p: Phrase): boolean {
  const t = ctx.tokens[p.last];
  if (p.first === p.last && isPronoun(t)) return /^(he|she|they|i|we)$/.test(pronounOf(t) ?? '');
  return has(t, 'Person') || has(t, 'ProperNoun') || has(t, 'Organization') || has(t, 'Actor');
}

/** `Assad: US and UK presence "illegal"` in a headline or related-news line: the source before the colon. */
function headlineSource(ctx: QuoteContext, r: SpeakerResolver, q: MarkedQuote): Found | null {
  const block = ctx.blocks[q.firstBlock];
  if (block.kind !== 'headline' && block.kind !== 'related') return null;
  const a = headlineAttribution(ctx.text, block);
  if (!a || a.speaker.end > q.open || a.cue.end > q.open) return null;
  return { attribution: null, speaker: headlineSpeaker(r, ctx.text, a.speaker), colon: a.cue };
}

/**
 * `“...” ― Carla Sanchez` (a dash and a name closing the line) and `"WALLACE: ..."` (a transcript's speaker
 * label opening the quote).
 */
function labelled(ctx: QuoteContext, r: SpeakerResolver, q: MarkedQuote, how: 'label' | 'dash'): Found | null {
  const label = how === 'label' ? /^[“"'`„]*([A-Z][A-Z.' -]{1,30}):\s/.exec(ctx.text.slice(q.start, Math.min(q.end, q.start + 40))) : null;
  if (how === 'label' && !label) return null;
  let from: number;
  let to: number;
  if (label) {
    from = tokenAtOrAfter(ctx, q.start);
    to = tokenAtOrAfter(ctx, q.start + label[0].length - 1) - 1;
  } else {
    const dash = /^\s*[—―–]+\s*/.exec(ctx.text.slice(q.end, q.end + 6));
    if (!dash) return null;
    from = tokenAtOrAfter(ctx, q.end + dash[0].length - 1);
    to = from;
    while (to + 1 < ctx.tokens.length && to - from < 5 && ctx.block[to + 1] === ctx.block[from] && !endsSentence(ctx, to)) to++;
    if (from >= ctx.tokens.length || ctx.block[from] !== q.lastBlock || !endsSentence(ctx, to)) return null;
  }
  const p = phraseEndingAt(ctx, to, from);
  if (!p || p.first !== from) return null;
  const { speaker } = toSpeaker(r, p, ctx.sentence[from]);
  const cueAt = label ? q.start + label[0].indexOf(':') : q.end + ctx.text.slice(q.end).search(/[—―–]/);
  return { attribution: null, speaker: { ...speaker, reason: `${label ? 'speaker label' : 'dash byline'} '${speaker.text}' -> ${speakerLabel(speaker)}` }, colon: { start: cueAt, end: cueAt + 1 } };
}

/**
 * `- Philip Bump: “...”`, `More from Jones: “...”`, `Pew Research: “...”`: a short name (or "the report") then a
 * colon, opening its sentence or set off by a dash, introduces the quote as its source's words.
 */
function colonName(ctx: QuoteContext, r: SpeakerResolver, q: MarkedQuote): Found | null {
  const i = tokenAtOrAfter(ctx, q.open) - 1;
  if (i < 0 || ctx.block[i] !== q.firstBlock || !/^\s*:\s*$/.test(ctx.text.slice(ctx.tokens[i].end, q.open))) return null;
  let from = i;
  while (from > 0 && i - from < 6 && ctx.block[from - 1] === ctx.block[i] && !endsSentence(ctx, from - 1) && !/[-—–]\s*$/.test(gapAfter(ctx, from - 1))) from--;
  if (i - from >= 6) return null;
  while (from < i && /^(more|from|here['’]s|here|is)$/.test(ctx.tokens[from].normal)) from++;
  const p = phraseEndingAt(ctx, i, from);
  if (!p || p.first !== from || !(isCapitalized(ctx, from) || has(ctx.tokens[from], 'Determiner'))) return null;
  const { speaker } = toSpeaker(r, p, ctx.sentence[from]);
  const colon = ctx.tokens[i].end + ctx.text.slice(ctx.tokens[i].end, q.open).indexOf(':');
  return { attribution: null, speaker: { ...speaker, reason: `name before a colon '${speaker.text}' -> ${speakerLabel(speaker)}` }, colon: { start: colon, end: colon + 1 } };
}

/** A paragraph right after "X said:" takes X as its speaker. */
function colonIntro(ctx: QuoteContext, q: MarkedQuote): Attribution | null {
  const i = tokenAtOrAfter(ctx, q.open) - 1;
  if (i < 0 || ctx.block[i] === blockAt(ctx, q.open)) return null;
  if (!/:\s*$/.test(ctx.text.slice(ctx.tokens[i].end, ctx.blocks[ctx.block[i]].end))) return null;
  const start = sentenceStartOf(ctx, i);
  const cue = lastCue(ctx, start, i);
  return cue ? attributionOf(ctx, cue, start, i, start) : null;
}

/** The quote's speaker and cue from an attribution (with a note added to the speaker's reason). */
function fromAttribution(ctx: QuoteContext, r: SpeakerResolver, a: Attribution | null, note = ''): ReturnType<DirectRule['find']> {
  if (!a) return null;
  const { speaker } = toSpeaker(r, a.subject, ctx.sentence[a.subject.first]);
  return { speaker: note ? { ...speaker, reason: `${note}${speaker.reason}` } : speaker, cue: tokenSpan(ctx, a.cue.first, a.cue.last), weak: a.weak };
}

/** The quote's speaker and cue when a rule names the speaker itself (a colon or a dash as the cue). */
function fromFound(ctx: QuoteContext, f: Found | null): ReturnType<DirectRule['find']> {
  if (!f?.speaker) return null;
  return { speaker: f.speaker ?? null, cue: f.colon ? { ...f.colon, text: ctx.text.slice(f.colon.start, f.colon.end) } : null };
}

/** The rules for direct quotes, in the order they are tried: the first that finds an attribution decides. */
const DIRECT_RULES: readonly DirectRule[] = [
  { name: 'headline-source', find: (ctx, r, q) => fromFound(ctx, headlineSource(ctx, r, q)) },
  { name: 'speaker-label', find: (ctx, r, q) => fromFound(ctx, labelled(ctx, r, q, 'label')) },
  { name: 'dash-byline', find: (ctx, r, q) => fromFound(ctx, labelled(ctx, r, q, 'dash')) },
  { name: 'trailing-cue', find: (ctx, r, q, at) => fromAttribution(ctx, r, after(ctx, q, at.nextOpen)) },
  { name: 'leading-cue', find: (ctx, r, q, at) => fromAttribution(ctx, r, before(ctx, q, at.prev ? at.prev.end : -1)) },
  { name: 'colon-intro', find: (ctx, r, q) => fromAttribution(ctx, r, colonIntro(ctx, q)) },
  { name: 'name-colon', find: (ctx, r, q) => fromFound(ctx, colonName(ctx, r, q)) },
  { name: 'in-sentence', find: (ctx, r, q, at) => fromAttribution(ctx, r, inSentence(ctx, q, at.prev, at.nextOpen)) },
  { name: 'previous-sentence', find: (ctx, r, q, at) => fromAttribution(ctx, r, previousSentence(ctx, q, at.prevClose), 'speaker of the sentence before: ') },
  {
    name: 'continues-speaker',
    find: (ctx, _r, q, at) => {
      const p = at.previous?.quote;
      if (!p?.speaker || !continuesSpeaker(ctx, q, (at.previous as { block: number }).block)) return null;
      return { speaker: { ...p.speaker, reason: `continues the previous quote of ${speakerLabel(p.speaker)}` }, cue: p.cue };
    },
  },
];

/** The first rule that attributes the quote, by name ('unattributed' when none does). */
function attribute(ctx: QuoteContext, r: SpeakerResolver, q: MarkedQuote, around: Around): Quote {
  const base = { kind: 'direct' as const, start: q.start, end: q.end, text: ctx.text.slice(q.start, q.end) };
  for (const rule of DIRECT_RULES) {
    const found = rule.find(ctx, r, q, around);
    if (!found) continue;
    // "Fox News Sunday" with only the subject of a verb that is not a cue: the sentence's subject, not a speaker.
    return { ...base, speaker: found.speaker, cue: found.cue, rule: found.weak ? 'sentence-subject' : rule.name };
  }
  return { ...base, speaker: null, cue: null, rule: 'unattributed' };
}

/** Every direct quote of the article with its speaker. */
export function findDirectQuotes(ctx: QuoteContext, r: SpeakerResolver): Quote[] {
  const marked = findMarkedQuotes(ctx.text, ctx.blocks);
  const out: Quote[] = [];
  let previous: Around['previous'] = null;
  for (let n = 0; n < marked.length; n++) {
    const q = marked[n];
    const prev = n > 0 ? marked[n - 1] : null;
    const around: Around = { prev, prevClose: prev ? prev.end : -1, nextOpen: n + 1 < marked.length ? marked[n + 1].open : Infinity, previous };
    const quote = attribute(ctx, r, q, around);
    if (notSpeech(ctx.text, quote, quote.rule === 'sentence-subject', readsAsHeadline(ctx.text, ctx.blocks[q.firstBlock]))) continue;
    out.push(quote);
    previous = { quote, block: q.lastBlock };
  }
  shareWithNext(ctx.text, out);
  return out;
}

/** `“the ultimate crisis” and “stunt growth,” Dean proclaimed`: quotes joined by "and" or a comma share a speaker. */
function shareWithNext(text: string, quotes: Quote[]): void {
  for (let n = quotes.length - 2; n >= 0; n--) {
    const q = quotes[n];
    const next = quotes[n + 1];
    if (q.speaker || !next.speaker || !/^\s*(,|and|or|, and|, or)\s*$/.test(text.slice(q.end, next.start))) continue;
    quotes[n] = { ...q, speaker: { ...next.speaker, reason: `shares the speaker of the quote it is joined to: ${next.speaker.reason}` }, cue: next.cue, rule: 'shared-speaker' };
  }
}

/**
 * `Coan argues that his client was peaceful. “The government is ...”`: a quote opening a sentence right after a
 * sentence of reported speech (in the same paragraph, with no quote in between) continues that speech's source.
 */
function previousSentence(ctx: QuoteContext, q: MarkedQuote, prevClose: number): Attribution | null {
  const i = tokenAtOrAfter(ctx, q.open) - 1;
  if (i < 0 || (ctx.block[i] !== q.firstBlock && ctx.block[i] !== q.firstBlock - 1) || !endsSentence(ctx, i)) return null;
  const start = sentenceStartOf(ctx, i);
  if (ctx.tokens[start].start < prevClose) return null;
  for (let k = start; k <= i; k++) {
    const cue = cueAt(ctx.tokens, k);
    if (!cue || cue.form !== 'verb' || !isSpeechCue(cue)) continue;
    const a = attributionOf(ctx, cue, start, i, start);
    if (a && !embeddedSubject(ctx, a.subject) && a.subject.first < cue.first) return a;
    return null;
  }
  return null;
}

/** A quote with no attribution of its own continues the previous speaker when it opens its sentence in the same or the next paragraph. */
function continuesSpeaker(ctx: QuoteContext, q: MarkedQuote, previousBlock: number): boolean {
  if (q.firstBlock !== previousBlock && q.firstBlock !== previousBlock + 1) return false;
  const i = tokenAtOrAfter(ctx, q.open) - 1;
  if (i < 0) return true;
  return ctx.block[i] !== blockAt(ctx, q.open) || endsSentence(ctx, i) || /[.!?]\s*$/.test(gapAfter(ctx, i)) || onlyFronted(ctx, i, q.open);
}

const SUBORDINATOR = /^(unless|if|when|while|although|though|because|as|after|before|since|once|until|whether)$/;

/**
 * `Now, “within the business community ...”`, `Unless rivals quit, “it's very difficult ...”`, `But “...”`: all
 * that comes before the quote in its sentence is a fronted adverbial (no clause of its own) or a conjunction.
 */
function onlyFronted(ctx: QuoteContext, i: number, open: number): boolean {
  const start = sentenceStartOf(ctx, i);
  if (i - start > 12) return false;
  if (start === i && /^(but|and|still|yet|so|now|then|also)$/.test(ctx.tokens[i].normal)) return true;
  if (!/,\s*$/.test(ctx.text.slice(ctx.tokens[i].end, open))) return false;
  if (SUBORDINATOR.test(ctx.tokens[start].normal)) return true;
  for (let k = start; k <= i; k++) {
    const t = ctx.tokens[k];
    if (isCueish(ctx, k) || (has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Participle') && !has(t, 'Noun'))) return false;
  }
  return true;
}

/** A token that starts a cue ("said") or is a pronoun subject: either gives the sentence its own speaker. */
function isCueish(ctx: QuoteContext, k: number): boolean {
  return cueAt(ctx.tokens, k) !== null || isPronoun(ctx.tokens[k]);
}

const MINOR_WORDS = /^(of|the|a|an|and|with|in|on|for|to|at|by|from|or|is|vs\.?|&)$/i;

/**
 * Marked text that is not speech: a handle, number or link ("@name", "1474387200", "pic.twitter.com/x"), or a
 * title in Title Case that nobody is said to say ("Fox News Sunday", "Contract with America"), with no speaker or
 * only the subject of a verb that is not a cue ("She appeared on “Fox News Sunday”"); in a headline, where every word
 * is capitalised, only a title named as one ("on “Meet the Press”").
 */
function notSpeech(text: string, q: Quote, weak: boolean, headline: boolean): boolean {
  const inner = q.text.replace(/^[“"'`„«‟]+|[”"'»]+$/g, '').trim();
  if (!/\s/.test(inner) && /[\d/@#.]/.test(inner.replace(/[.,!?;:]+$/, ''))) return true;
  const ws = inner.split(/\s+/).filter(Boolean);
  const titleCase = ws.some((w) => /^\p{Lu}/u.test(w)) && ws.every((w) => /^[\p{Lu}\d]/u.test(w) || MINOR_WORDS.test(w));
  // `told ABC’s “Good Morning America”`, `appeared on “Meet the Press”`: a programme's or a book's title, even in
  // a sentence that has a speaker.
  if (titleCase && !/[!?]$/.test(inner) && TITLE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) return true;
  if (q.speaker && !weak) return false;
  // A headline writes every word in capitals: its quotes ("The Trends Are 'Terrifying.'") are no titles for that.
  return titleCase && !headline;
}

const TITLE_BEFORE = /(['’]s|s['’]|\b(on|to|told|with|of|host of|anchor of|program|programme|show|series|book|film|movie|titled|entitled))\s*$/i;
