// Who speaks: the noun phrase next to a cue verb, turned into a Speaker — a named person or organisation
// (through the entity mentions when there are any), a pronoun resolved to the subject of the earlier
// sentences, or a description ("the Russian envoy") resolved to the person holding that role.

import { resolveDescription } from './descriptions';
import { readDiscourse, type Discourse } from './discourse';
import { canSpeak, type Mention, type Span, type Speaker } from '../model';
import { FEMALE_ROLE, MALE_ROLE, honorificGender } from './genderWords';
import { firstIndexNotBefore, gapAfter, has, tokenAtOrAfter, type QuoteContext } from './quoteContext';
import { POSSESSIVE_DETERMINERS, isCapitalized, isPronoun, joins, phraseEndingAt, phraseStartingAt, pronounOf, type Phrase } from './phrases';

// "those who ...", "most who ...": words that stand as the antecedent of "who" themselves.
const QUANTITY_ANTECEDENT = /^(those|most|many|some|few|half|all|others|anyone|everyone|someone|people|none|both)$/;

// People known in the article: names, roles (titles next to the name) and gender, for resolving pronouns and
// descriptions. Built from the entity mentions when there are any and from the tagger's Person tags otherwise.

interface Person {
  key: string;
  entity: string | null;
  name: string;
  type: 'person' | 'organization';
  roleWords: Set<string>;
  gender: 'm' | 'f' | null;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'on', 'at', 'his', 'her', 'its', 'their', 'visiting',
  'top', 'senior', 'former', 'current', 'new', 'then', 'also', 'who', 'this', 'that']);

function roleKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const out = [w];
  if (w.endsWith('ian')) out.push(w.slice(0, -3), w.slice(0, -1));
  else if (w.endsWith('an')) out.push(w.slice(0, -1), w.slice(0, -2));
  else if (w.endsWith('ese') || w.endsWith('ish')) out.push(w.slice(0, -3));
  return out;
}

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}’']+/u).filter((w) => w && !STOP.has(w.toLowerCase()));
}

const PERSONISH = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NOT_NAME = ['Place', 'Organization', 'Demonym', 'Actor', 'Honorific', 'Date', 'Month', 'WeekDay', 'Acronym'];

export interface SpeakerResolver {
  ctx: QuoteContext;
  mentions: Mention[];
  people: Map<string, Person>;
  /** Who has each role word (built lazily from people's roles), for resolving descriptions without scanning everyone. */
  byRole: Map<string, Person[]> | null;
  /** What each sentence is about (discourse.ts), read when the resolver is built. */
  discourse: Discourse<Person>;
}

/** Mentions overlapping the token range, in text order (mentions are sorted by start). */
function mentionsIn(r: SpeakerResolver, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let k = firstIndexNotBefore(r.mentions.length, (i) => r.mentions[i].end <= start); k < r.mentions.length && r.mentions[k].start < end; k++) if (r.mentions[k].end > start) out.push(r.mentions[k]);
  return out;
}

/** The run of name tokens ending a phrase ("... Envoy for Syria Alexander Lavrentiev" -> "Alexander Lavrentiev"). */
function nameRun(ctx: QuoteContext, p: Phrase, people: Map<string, Person>): Phrase | null {
  let last = p.last;
  while (last >= p.first && !isCapitalized(ctx, last)) last--;
  // "the Republican presidential candidate", "Democratic party officials": capitals before the phrase's
  // lower-case head are a modifier of it, not the speaker's name.
  if (last < p.first || last < p.last) return null;
  let first = last;
  const isName = (i: number) => {
    const t = ctx.tokens[i];
    // A sentence's capital makes no name of "Her" in "Her campaign manager said".
    if (!isCapitalized(ctx, i) || isPronoun(t) || POSSESSIVE_DETERMINERS.has(t.normal)) return false;
    if (PERSONISH.some((g) => has(t, g))) return true;
    if (people.has(t.normal.replace(/['’]s$/, ''))) return true;
    return has(t, 'ProperNoun') && !NOT_NAME.some((g) => has(t, g));
  };
  if (!isName(last)) return null;
  while (first - 1 >= p.first && isName(first - 1) && joins(ctx, first - 1)) first--;
  return { first, last };
}

function genderOf(ctx: QuoteContext, run: Phrase): 'm' | 'f' | null {
  for (let i = Math.max(0, run.first - 1); i <= run.last; i++) {
    const t = ctx.tokens[i];
    if (has(t, 'MaleName') || honorificGender(t.normal) === 'm') return 'm';
    if (has(t, 'FemaleName') || honorificGender(t.normal) === 'f') return 'f';
  }
  return null;
}

/** The gender a person mention's words and title give away, or null. */
function genderOfMention(ctx: QuoteContext, m: Mention): 'm' | 'f' | null {
  const first = tokenAtOrAfter(ctx, m.start);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].start < m.end) last++;
  const byName = first < ctx.tokens.length ? genderOf(ctx, { first, last }) : null;
  if (byName) return byName;
  const role = words(m.role ?? '').map((w) => w.toLowerCase());
  if (role.some((w) => FEMALE_ROLE.test(w))) return 'f';
  if (role.some((w) => MALE_ROLE.test(w))) return 'm';
  return null;
}

function addRoleWords(person: Person, s: string): void {
  for (const w of words(s)) for (const k of roleKeys(w)) person.roleWords.add(k);
}

/** Reads the article once: every person-like name with the titles written around it. */
export function buildResolver(ctx: QuoteContext, mentions: Mention[]): SpeakerResolver {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const r: SpeakerResolver = { ctx, mentions: sorted, people: new Map(), byRole: null, discourse: { topics: [], topicStart: [], groups: [] } };
  readPeople(r, sorted);
  readDiscourse(ctx, { isGroup: (p) => isGroup(r, p), personOf: (p, s) => toSpeaker(r, p, s).person }, r.discourse);
  return r;
}

/** Every person-like name of the article with the titles written around it: from the mentions, else the tags. */
function readPeople(r: SpeakerResolver, sorted: Mention[]): void {
  const { ctx } = r;
  for (const m of sorted) {
    if (!canSpeak(m.type)) continue;
    const key = m.entity;
    let person = r.people.get(key);
    if (!person) {
      person = { key, entity: m.entity, name: m.name, type: m.type, roleWords: new Set(), gender: null };
      r.people.set(key, person);
      for (const w of m.name.split(/\s+/)) if (m.type === 'person' && w && !r.people.has(w.toLowerCase())) r.people.set(w.toLowerCase(), person);
    }
    if (m.role) addRoleWords(person, m.role);
    if (m.type === 'person') person.gender ??= genderOfMention(ctx, m);
  }
  if (sorted.length) return;
  // No mentions: names the tagger calls persons, keyed by surname, with the title before and the appositive after.
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!PERSONISH.some((g) => has(tokens[i], g)) || !isCapitalized(ctx, i)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 6 && joins(ctx, last) && isCapitalized(ctx, last + 1) && has(tokens[last + 1], 'ProperNoun') && !NOT_NAME.some((g) => has(tokens[last + 1], g))) last++;
    const run = { first: i, last };
    const surname = tokens[last].normal.replace(/['’]s$/, '');
    const full = ctx.text.slice(tokens[i].start, tokens[last].end).replace(/['’]s$/, '');
    let person = r.people.get(surname);
    if (!person) {
      person = { key: surname, entity: null, name: full, type: 'person', roleWords: new Set(), gender: null };
      r.people.set(surname, person);
    } else if (full.length > person.name.length) person.name = full;
    person.gender ??= genderOf(ctx, run);
    const title = phraseEndingAt(ctx, i - 1, Math.max(0, i - 12));
    if (title && i - 1 >= 0 && joins(ctx, i - 1)) addRoleWords(person, ctx.text.slice(tokens[title.first].start, tokens[title.last].end));
    if (last + 1 < tokens.length && /^,/.test(gapAfter(ctx, last))) {
      const app = phraseStartingAt(ctx, last + 1, Math.min(tokens.length - 1, last + 16));
      if (app) addRoleWords(person, ctx.text.slice(tokens[app.first].start, tokens[app.last].end));
    }
    i = last;
  }
}

/** The person a name run refers to (by its last word, the surname), if known. */
function personOfRun(r: SpeakerResolver, run: Phrase): Person | null {
  const { ctx } = r;
  const m = mentionsIn(r, ctx.tokens[run.first].start, ctx.tokens[run.last].end).filter((x) => canSpeak(x.type));
  if (m.length) return r.people.get(m[m.length - 1].entity) ?? null;
  return r.people.get(ctx.tokens[run.last].normal.replace(/['’]s$/, '')) ?? null;
}

// The entity linker's description resolver reads every mention it is given: it gets the latest ones only.
const DESCRIPTION_WINDOW = 400;

/** The person the entity linker gives the role in a description, among the mentions shortly before it. */
function linkedDescription(r: SpeakerResolver, description: string, at: number): Mention | null {
  if (!r.mentions.length) return null;
  const end = firstIndexNotBefore(r.mentions.length, (i) => r.mentions[i].start < at);
  return resolveDescription(description, r.mentions.slice(Math.max(0, end - DESCRIPTION_WINDOW), end), at);
}

/** The entity and canonical name for a span written in the text (a headline's source), else the written text. */
export function resolveName(r: SpeakerResolver, span: Span, written: string): { name: string; entity: string | null } {
  const m = mentionsIn(r, span.start, span.end).filter((x) => canSpeak(x.type));
  if (m.length) return { name: m[m.length - 1].name, entity: m[m.length - 1].entity };
  const last = written.split(/\s+/).pop()?.toLowerCase() ?? '';
  const person = r.people.get(last) ?? (/^\p{Lu}/u.test(written) && written.includes(' ') ? holderOfRoleWords(r, written) : null);
  return person ? { name: person.name, entity: person.entity } : { name: written, entity: null };
}

/** The latest subject person before sentence s (and compatible with the pronoun's gender). */
function topicBefore(r: SpeakerResolver, s: number, pronoun: string, at = -1): Person | null {
  const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  // "Sanders said Sunday that he was hoping ...": the subject named earlier in the same sentence comes first.
  const here = at >= 0 ? r.discourse.topics[s] : null;
  if (here && here.type === 'person' && (r.discourse.topicStart[s] ?? Infinity) < at && !(want && here.gender && here.gender !== want)) return here;
  for (let k = s - 1; k >= 0 && s - k <= 12; k--) {
    const p = r.discourse.topics[k];
    if (!p) continue;
    if (p.type !== 'person') continue;
    if (want && p.gender && p.gender !== want) continue;
    return p;
  }
  return null;
}

/** The latest group subject ("voters", "most Republicans", an organisation) of this sentence before token at, or of the two before. */
function groupSubjectBefore(r: SpeakerResolver, s: number, at: number): Phrase | null {
  for (let k = s; k >= 0 && s - k <= 2; k--) {
    const g = r.discourse.groups[k];
    if (g && g.last < at) return g;
  }
  return null;
}

/** Whether a subject phrase names a group that "they" can stand for. */
export function isGroup(r: SpeakerResolver, p: Phrase): boolean {
  const head = r.ctx.tokens[p.last];
  if (isPronoun(head)) return false;
  if (has(head, 'Plural') || has(head, 'Organization')) return true;
  return mentionsIn(r, r.ctx.tokens[p.first].start, r.ctx.tokens[p.last].end).some((m) => m.type === 'organization');
}

/**
 * The person or organisation whose role words best match a description's words ("The Russian envoy"): the
 * fallback after resolveDescription (descriptions.ts), which needs the linker's mentions and their roles; this
 * also serves an article the tagger found no mentions in.
 */
function holderOfRoleWords(r: SpeakerResolver, description: string): Person | null {
  const ws = words(description);
  if (!ws.length) return null;
  if (!r.byRole) {
    r.byRole = new Map();
    for (const p of new Set(r.people.values())) {
      for (const k of p.roleWords) {
        const list = r.byRole.get(k);
        if (list) list.push(p);
        else r.byRole.set(k, [p]);
      }
    }
  }
  const head = ws[ws.length - 1].toLowerCase();
  const scores = new Map<Person, number>();
  for (const w of ws) {
    const holders = new Set<Person>();
    for (const k of roleKeys(w)) for (const p of r.byRole.get(k) ?? []) holders.add(p);
    for (const p of holders) scores.set(p, (scores.get(p) ?? 0) + (w.toLowerCase() === head ? 2 : 1));
  }
  let best: Person | null = null;
  let bestScore = 0;
  for (const [p, score] of scores) if (score > bestScore) { best = p; bestScore = score; }
  return bestScore >= 2 ? best : null;
}

function speaker(ctx: QuoteContext, p: Phrase, name: string | null, entity: string | null, reason: string): Speaker {
  const start = ctx.tokens[p.first].start;
  const end = ctx.tokens[p.last].end;
  return { start, end, text: ctx.text.slice(start, end), entity, name, reason };
}

/** Who a written name or description stands for in a reason: the name, else the words in quotes. */
function referent(s: Speaker): string {
  return s.name ?? `'${s.text}'`;
}

/** A pronoun's Speaker: "who" takes its antecedent, "they" a group just named, "he"/"she" an earlier subject. */
function pronounSpeaker(r: SpeakerResolver, p: Phrase, sentence: number, words: string): { speaker: Speaker; person: Person | null } {
  const { ctx } = r;
  const first = ctx.tokens[p.first];
  const pronoun = pronounOf(first) ?? first.normal;
  if (pronoun === 'who') {
    // The speaker stays where the text says it ('who'); its name is the antecedent's ("Smith, who said ...").
    // Nothing stands before a 'who' that opens the text ("Who, said ..."): no antecedent to look for.
    const near = p.first > 0 && (joins(ctx, p.first - 1) || /^,\s*$/.test(gapAfter(ctx, p.first - 1)));
    // "those who ...", "most who ...": a quantity or demonstrative is the antecedent itself.
    const ante = !near ? null : phraseEndingAt(ctx, p.first - 1, Math.max(0, p.first - 14))
      ?? (QUANTITY_ANTECEDENT.test(ctx.tokens[p.first - 1].normal) || has(ctx.tokens[p.first - 1], 'Value') ? { first: p.first - 1, last: p.first - 1 } : null);
    if (ante && !isPronoun(ctx.tokens[ante.last])) {
      const inner = toSpeaker(r, ante, sentence);
      return { speaker: speaker(ctx, p, inner.speaker.name, inner.speaker.entity, `relative 'who' -> ${referent(inner.speaker)}`), person: inner.person };
    }
    return { speaker: speaker(ctx, p, null, null, "relative 'who' with no antecedent"), person: null };
  }
  if (pronoun === 'they') {
    const group = groupSubjectBefore(r, sentence, p.first);
    if (group) {
      const inner = toSpeaker(r, group, sentence);
      return { speaker: speaker(ctx, p, inner.speaker.name, inner.speaker.entity, `pronoun '${words}' -> ${referent(inner.speaker)}, a group named just before`), person: inner.person };
    }
  }
  const person = pronoun === 'he' || pronoun === 'she' ? topicBefore(r, sentence, pronoun, p.first) : null;
  if (person) return { speaker: speaker(ctx, p, person.name, person.entity, `pronoun '${words}' -> ${person.name}, subject of an earlier sentence`), person };
  // A pronoun is no name: the span stays, the name is left for a reader (or a later rule, authorVoice.ts) to give.
  return { speaker: speaker(ctx, p, null, null, `pronoun '${words}' (not resolved)`), person: null };
}

/** Turns the phrase that speaks into a Speaker, resolving pronouns and descriptions; sentence is where it stands. */
export function toSpeaker(r: SpeakerResolver, p: Phrase, sentence: number): { speaker: Speaker; person: Person | null } {
  const { ctx } = r;
  const words = ctx.text.slice(ctx.tokens[p.first].start, ctx.tokens[p.last].end);
  const first = ctx.tokens[p.first];
  if (p.first === p.last && isPronoun(first)) return pronounSpeaker(r, p, sentence, words);
  // "his attacks on ...": a possessive determiner stands for the person as "he" would.
  if (p.first === p.last && /^(his|her)$/.test(first.normal)) {
    const person = topicBefore(r, sentence + 1, first.normal === 'his' ? 'he' : 'she');
    if (person) return { speaker: speaker(ctx, p, person.name, person.entity, `possessive '${words}' -> ${person.name}, subject of an earlier sentence`), person };
    // A sentence's capital ("Her critics ...") makes no name of a possessive.
    return { speaker: speaker(ctx, p, null, null, `possessive '${words}' (not resolved)`), person: null };
  }
  // An organisation after "of"/"for" only qualifies a title ("spokesman for the campaign"); a person is the speaker anywhere.
  let link = p.last + 1;
  for (let k = p.first + 1; k <= p.last; k++) if (/^(of|for|at)$/.test(ctx.tokens[k].normal)) { link = k; break; }
  const linkAt = link <= p.last ? ctx.tokens[link].start : Infinity;
  const m = mentionsIn(r, ctx.tokens[p.first].start, ctx.tokens[p.last].end).filter((x) => x.type === 'person' || (x.type === 'organization' && x.start < linkAt));
  if (m.length) {
    const head = m[m.length - 1];
    const person = r.people.get(head.entity) ?? null;
    return { speaker: speaker(ctx, p, head.name, head.entity, `${head.type} named '${head.text}'`), person };
  }
  const run = nameRun(ctx, p, r.people);
  if (run) {
    const person = personOfRun(r, run);
    const name = person?.name ?? ctx.text.slice(ctx.tokens[run.first].start, ctx.tokens[run.last].end).replace(/['’]s$/, '');
    return { speaker: speaker(ctx, p, name, person?.entity ?? null, `named '${ctx.text.slice(ctx.tokens[run.first].start, ctx.tokens[run.last].end)}'`), person };
  }
  const definite = /^(the|this|that)$/.test(first.normal) || POSSESSIVE_DETERMINERS.has(first.normal) || isCapitalized(ctx, p.first);
  const linked = definite ? linkedDescription(r, words, ctx.tokens[p.first].start) : null;
  if (linked) {
    const holder = r.people.get(linked.entity) ?? null;
    return { speaker: speaker(ctx, p, linked.name, linked.entity, `description '${words}' -> ${linked.name}, who holds that role`), person: holder };
  }
  const person = definite ? holderOfRoleWords(r, words) : null;
  if (person) return { speaker: speaker(ctx, p, person.name, person.entity, `description '${words}' -> ${person.name}, who holds that role`), person };
  if (isWrittenName(ctx, p)) return { speaker: speaker(ctx, p, words, null, `named '${words}'`), person: null };
  return { speaker: speaker(ctx, p, null, null, `description '${words}' (not resolved)`), person: null };
}

/**
 * A name the tagger did not know ("Bush says ..."): capitalised words with no determiner, whose head is neither
 * plural nor a source noun ("Officials said" at a sentence start is a description).
 */
function isWrittenName(ctx: QuoteContext, p: Phrase): boolean {
  const head = ctx.tokens[p.last];
  if (/^(the|a|an|this|that|these|those)$/.test(ctx.tokens[p.first].normal) || has(head, 'Plural')) return false;
  if (SOURCE_NOUNS.has(head.normal.replace(/['’]s$/, ''))) return false;
  // A headline capitalises every word: "Its" in "Time Just Announced Its ‘Person Of The Year’" is no name.
  for (let i = p.first; i <= p.last; i++) if (!isCapitalized(ctx, i) || isPronoun(ctx.tokens[i]) || POSSESSIVE_DETERMINERS.has(ctx.tokens[i].normal)) return false;
  return true;
}

const SOURCE_NOUNS = new Set(['campaign', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'poll', 'polls',
  'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'group', 'committee', 'ad', 'statement', 'analysis', 'data',
  'researchers', 'experts', 'critics', 'supporters', 'voters', 'aides', 'aide', 'advisers', 'adviser', 'advisor', 'sources',
  'source', 'lawmakers', 'democrats', 'republicans', 'administration', 'government', 'party', 'department', 'agency',
  'court', 'judge', 'prosecutors', 'lawyers', 'lawyer', 'attorney', 'candidate', 'nominee', 'president', 'governor',
  'senator', 'leader', 'leaders', 'minister', 'ministry', 'envoy', 'ambassador', 'mayor', 'chairman', 'chair', 'director',
  'executive', 'analysts', 'analyst', 'economists', 'people', 'residents', 'protesters', 'activists', 'members', 'man',
  'woman', 'team', 'staff', 'organization', 'council', 'board', 'union', 'editorial', 'newspaper', 'paper', 'article',
  'memo', 'letter', 'document', 'documents', 'filing', 'lawsuit', 'complaint', 'transcript', 'website', 'release',
  'company', 'firm', 'network', 'magazine', 'outlet', 'office', 'house', 'police', 'military', 'army',
  'opponents', 'rivals', 'rival', 'others', 'many', 'some', 'most', 'majority', 'percent', 'half', 'third', 'americans',
  'respondents', 'records', 'search', 'results', 'numbers', 'figures', 'research', 'evidence',
  'polling', 'estimates', 'count', 'tally']);

/** Whether a phrase can be the source of an attribution: a person, a group, a pronoun for them, or a document. */
export function isSourceLike(r: SpeakerResolver, p: Phrase): boolean {
  const { ctx } = r;
  const t = ctx.tokens[p.last];
  if (p.first === p.last && isPronoun(t)) return /^(he|she|they|i|we|who)$/.test(pronounOf(t) ?? '');
  if (['Person', 'Organization', 'Actor', 'FirstName', 'LastName'].some((g) => has(t, g))) return true;
  if (has(t, 'ProperNoun') && !has(t, 'Place') && !has(t, 'Date')) return true;
  if (SOURCE_NOUNS.has(t.normal.replace(/['’]s$/, ''))) return true;
  return mentionsIn(r, ctx.tokens[p.first].start, ctx.tokens[p.last].end).some((m) => canSpeak(m.type));
}
