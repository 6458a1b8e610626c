// Capitalised stretches of a sentence, cut into name candidates: titles and demonyms stripped, organisation
// names ended at their head word, a place followed by a given name split from it. One pass per sentence.
import type { EntityType } from '../model';
import { hasTag, type Word } from './words';
import {
  demonymCountry, EVENT_TAILS, GIVEN_NAMES, HONORIFICS, lookupKnown, ORG_HEAD, ORG_TAIL, PEOPLES, PLACE_TAILS, ROLE_HEADS,
  ROLE_MODIFIERS, type Known,
} from './gazetteer';
import { isGroupName } from './evidence';

/** How sure a candidate's type is: gazetteer/title/head-word evidence is strong, shape alone weak. */
export type Evidence = 'strong' | 'weak' | 'none';

/** A name found in a sentence: its words, a first guess at its type, and the title written before it. */
export interface Candidate {
  words: Word[];
  start: number;
  end: number;
  type: EntityType | null;
  evidence: Evidence;
  known: Known | null;
  /** Title words stripped from the front of the chunk ("President" of "President Bill Clinton"). */
  titled: boolean;
  /** A word that is a name only when the article uses it as a surname ("King", "I", "Kurds"). */
  bare?: boolean;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'dos', 'das', 'do', 'y', 'ter', 'ten', 'bint', 'ul', 'ur', 'e']);
const CONNECTORS = new Set(['of', 'for', 'on', '&', 'and', 'the']);
// Tags of words that are not names when capitalised only because they start a sentence.
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary', 'Copula', 'Expression', 'Verb', 'Adjective', 'Value', 'Negative'];
const NAME_TAGS = ['Person', 'Place', 'Organization'];
const DATE_TAGS = ['WeekDay', 'Month', 'Date', 'Holiday'];

const isTitleWord = (w: Word) => HONORIFICS.has(w.lower) || ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower)
  || demonymCountry(w.text) !== null || /^(?:secretary|vice|deputy|prime)-/i.test(w.text);
export const isGiven = (w: Word) => GIVEN_NAMES.has(w.lower) || hasTag(w, 'FirstName') || hasTag(w, 'MaleName') || hasTag(w, 'FemaleName');
const isOrgTail = (w: Word) => w.cap && ORG_TAIL.has(w.lower);

/** Whether w can continue a name after prev: separated by plain spaces, a hyphen, or the dot of an initial. */
function joins(prev: Word, w: Word): boolean {
  if (prev.poss) return false;
  const gap = w.gap;
  if (/^[ \t\u00a0]+$/.test(gap)) return true;
  if (gap === '-') return !(lookupKnown(prev.text)?.type === 'place' && lookupKnown(w.text)?.type === 'place');
  if (/^\.[ \t\u00a0]+$/.test(gap)) return prev.text.length === 1 || hasTag(prev, 'Abbreviation') || HONORIFICS.has(prev.lower);
  return false;
}

// Source: general knowledge — capitalised sports nouns that are not names on their own.
const SPORTS_TERMS = new Set(['cup', 'league', 'series', 'open', 'championship', 'championships', 'trophy', 'games', 'golf', 'tennis', 'baseball', 'soccer', 'football', 'cricket', 'rugby', 'division', 'conference', 'round', 'final', 'finals', 'semifinal', 'semifinals', 'test', 'tests', 'shield', 'euro', 'grand', 'prix', 'tour', 'masters', 'classic', 'challenge', 'invitational', 'olympics', 'olympic', 'world', 'national', 'premier', 'group', 'pool', 'stage', 'leg', 'match', 'innings', 'overs', 'club', 'team', 'result', 'results', 'standings', 'scores', 'summary', 'summaries']);
// Tags of words that are never a name alone ("Third", "Said").
const LONE_NOT_NAME = ['Value', 'Ordinal', 'Adverb', 'Verb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'];
const STATE_WORDS = new Set(['republic', 'kingdom', 'emirate', 'sultanate', 'principality', 'federation', 'state']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A capitalised word that can be part of a name in ordinary (mixed-case) text. */
export function isNameWord(w: Word): boolean {
  if (!w.cap || w.noLetters) return false;
  if (DATE_TAGS.some((t) => hasTag(w, t)) && !hasTag(w, 'Person')) return false;
  if (w.initial && w.text.length > 1 && !lookupKnown(w.text) && !demonymCountry(w.text) && !HONORIFICS.has(w.lower)) {
    if (!NAME_TAGS.some((t) => hasTag(w, t)) && FUNCTION_TAGS.some((t) => hasTag(w, t))) return false;
    if (!hasTag(w, 'ProperNoun') && !NAME_TAGS.some((t) => hasTag(w, t)) && !w.caps) return false;
  }
  return true;
}

/** A sentence's first word that compromise took for a common noun: a name only if a name follows ("Suu Kyi said"). */
function startsName(w: Word, next: Word | undefined): boolean {
  return w.initial && w.cap && !w.noLetters && !!next && isNameWord(next) && joins(w, next)
    && !FUNCTION_TAGS.some((t) => hasTag(w, t)) && !DATE_TAGS.some((t) => hasTag(w, t)) && !hasTag(w, 'Plural');
}

/** Maximal runs of name words (with particles and organisation connectors) in a mixed-case sentence. */
export function chunkWords(words: Word[], nameWord: (w: Word) => boolean = isNameWord): Word[][] {
  const chunks: Word[][] = [];
  let cur: Word[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1].cap && !isSyllable(cur[cur.length - 3], cur[cur.length - 2], cur[cur.length - 1])) cur.pop();
    if (cur.length) chunks.push(cur);
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (cur.length && !joins(cur[cur.length - 1], w)) flush();
    if (nameWord(w) || (!cur.length && nameWord === isNameWord && startsName(w, words[i + 1]))) {
      cur.push(w);
      if (w.poss) flush();
      continue;
    }
    if (cur.length && (connects(cur, w, words[i + 1], words[i + 2], nameWord) || isSyllable(cur[cur.length - 2], cur[cur.length - 1], w))) {
      cur.push(w);
      continue;
    }
    flush();
  }
  flush();
  return chunks;
}

/**
 * The lower-case second syllable of an East Asian given name written with a hyphen: "Kim In-so",
 * "Li Song-ho", "Chen Chun-yeh" (a short family name, then a capitalised syllable, then this one).
 */
function isSyllable(family: Word | undefined, given: Word | undefined, w: Word): boolean {
  return !!family && !!given && w.gap === '-' && /^\p{Ll}{1,5}$/u.test(w.text) && /^[ \t\u00a0]+$/.test(given.gap)
    && /^\p{Lu}\p{Ll}{0,4}$/u.test(family.text) && /^\p{Lu}\p{Ll}{0,5}$/u.test(given.text);
}

function connects(cur: Word[], w: Word, next: Word | undefined, after: Word | undefined, nameWord: (w: Word) => boolean): boolean {
  if (!next || !joins(w, next)) return false;
  const last = cur[cur.length - 1];
  if (PARTICLES.has(w.lower) && !w.cap && (last.cap || PARTICLES.has(last.lower))) return nameWord(next) || PARTICLES.has(next.lower);
  if (!CONNECTORS.has(w.lower)) return false;
  if (w.lower === '&') return nameWord(next);
  if (w.lower === 'the') return !last.cap && nameWord(next);
  const headed = last.cap && (ORG_HEAD.has(last.lower) || ORG_TAIL.has(last.lower) || ROLE_HEADS.has(last.lower));
  // "Organisation for Security and Cooperation", "Ministry of Trade and Industry".
  if (w.lower === 'and') return ORG_HEAD.has(cur[0].lower) && cur.some((x) => x.lower === 'of' || x.lower === 'for') && nameWord(next);
  if (!headed || w.lower === 'on') return false;
  if (nameWord(next)) return true;
  return next.lower === 'the' && !!after && nameWord(after);
}

/** Cuts one chunk into candidates. */
export function segment(chunk: Word[]): Candidate[] {
  const out: Candidate[] = [];
  cut(chunk, false, out);
  return out;
}

function make(words: Word[], type: EntityType | null, evidence: Evidence, known: Known | null, titled: boolean): Candidate {
  return { words, start: words[0].start, end: words[words.length - 1].end, type, evidence, known, titled };
}

const textOf = (ws: Word[]) => ws.map((w, k) => (k ? `${w.gap.replace(/[\s\u00a0]+/g, ' ')}${w.text}` : w.text)).join('');

/** A way a chunk of capitalised words splits: true when the rule handled the chunk (cut it, or kept it). */
type CutRule = (ws: Word[], titled: boolean, out: Candidate[]) => boolean;

/** An organisation head word ends an organisation name: "... Security Council | Ali Shamkhani". */
const organisationTail: CutRule = (ws, titled, out) => {
  const tail = lastIndex(ws, isOrgTail);
  if (!(tail >= 1 || (tail === 0 && ws.length > 1 && ws[1].lower === 'of'))) return false;
  let end = tail;
  // "Council of Iran", "Bank of England": the "of" complement belongs to the organisation.
  if (ws[end + 1] && (ws[end + 1].lower === 'of' || ws[end + 1].lower === 'for')) {
    let k = end + 1;
    while (k + 1 < ws.length && (!ws[k + 1].cap || !isGiven(ws[k + 1]) || k === end + 1)) k++;
    end = k;
    while (end > tail && !ws[end].cap) end--;
  }
  let start = tail;
  while (start > 0 && ws[start - 1].cap && !ROLE_HEADS.has(ws[start - 1].lower) && !HONORIFICS.has(ws[start - 1].lower)) start--;
  while (start < tail && demonymCountry(ws[start].text) && !lookupKnown(ws[start].text)) start++;
  if (start > 0) cut(ws.slice(0, start), titled, out);
  out.push(make(ws.slice(start, end + 1), 'organization', 'strong', null, false));
  cut(ws.slice(end + 1), false, out);
  return true;
};

/** A title inside the chunk: "Hong Kong Financial Secretary Donald Tsang", "Chicago Cardinal Joseph Bernardin". */
const innerTitle: CutRule = (ws, _titled, out) => {
  const r = lastIndex(ws.slice(0, -1), (w) => ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower));
  if (r <= 0 || isTitleWord(ws[r + 1])) return false;
  let p = r;
  while (p > 0 && isTitleWord(ws[p - 1])) p--;
  if (p === 0) return false;
  cut(ws.slice(0, p), false, out);
  cut(ws.slice(r + 1), true, out);
  return true;
};

/** Titles, honorifics and demonyms in front of a name are not part of it ("Special Envoy for Syria Alexander Lavrentiev"). */
const leadingTitles: CutRule = (ws, titled, out) => {
  let k = 0;
  while (k < ws.length - 1 && (isTitleWord(ws[k]) || !ws[k].cap)) k++;
  if (k === 0) return false;
  const title = ws.slice(0, k).some((w) => HONORIFICS.has(w.lower) || ROLE_HEADS.has(w.lower));
  cut(ws.slice(k), titled || title, out);
  return true;
};

/** A title alone ("King", "Minister") names no one, unless the article knows it as a surname. */
const titleAlone: CutRule = (ws, _titled, out) => {
  if (ws.length !== 1 || !isTitleWord(ws[0]) || ws[0].caps) return false;
  if (!demonymCountry(ws[0].text)) out.push({ ...make(ws, null, 'none', null, false), bare: true });
  return true;
};

/** A place directly followed by a given name ("Syria Alexander Lavrentiev") or a name by a country ("Lebed Chechnya peace plan"). */
const placeThenName: CutRule = (ws, titled, out) => {
  for (let j = 0; j < ws.length - 1; j++) {
    const known = lookupKnown(ws[j].text);
    const nextKnown = lookupKnown(ws[j + 1].text);
    if (ws[j + 1].gap !== '-' && (known?.type === 'place' && isGiven(ws[j + 1]) || nextKnown?.kind === 'country' && ws[j].cap && !known && !isGiven(ws[j]) && !hasTag(ws[j], 'FirstName'))) {
      cut(ws.slice(0, j + 1), titled, out);
      cut(ws.slice(j + 1), titled, out);
      return true;
    }
  }
  return false;
};

/** The ways a chunk splits, tried in this order; a chunk none of them splits is one candidate. */
const CUT_RULES: readonly CutRule[] = [organisationTail, innerTitle, leadingTitles, titleAlone, placeThenName];

function cut(ws: Word[], titled: boolean, out: Candidate[]): void {
  // Leading links, month names ("June Comelf said") and a capital "A" are not part of a name.
  while (ws.length && (!ws[0].cap || ws.length > 1 && (MONTHS.has(ws[0].lower) || ws[0].text.length === 1 && !ws[1].gap.startsWith('.')))) ws = ws.slice(1);
  if (!ws.length) return;
  const whole = lookupKnown(textOf(ws));
  if (whole) {
    out.push(make(ws, whole.type, 'strong', whole, titled));
    return;
  }
  for (const rule of CUT_RULES) if (rule(ws, titled, out)) return;
  out.push(classify(ws, titled));
}

function lastIndex(ws: Word[], pred: (w: Word) => boolean): number {
  for (let i = ws.length - 1; i >= 0; i--) if (pred(ws[i])) return i;
  return -1;
}

/** The type a name's own shape and tags suggest. */
function classify(ws: Word[], titled: boolean): Candidate {
  const n = ws.length;
  if (titled) return make(ws, 'person', 'strong', null, true);
  // "Islamic Republic of Iran", "United Kingdom of Great Britain": a state's formal name is a place.
  if (n >= 3 && ws.some((w) => STATE_WORDS.has(w.lower)) && lookupKnown(ws[n - 1].text)?.kind === 'country') return make(ws, 'place', 'strong', null, false);
  if (n >= 2 && ORG_HEAD.has(ws[0].lower) && ws.some((w) => w.lower === 'of')) return make(ws, 'organization', 'strong', null, false);
  // "Douglas & Lomason": no person's name has an ampersand.
  if (n >= 2 && ws.some((w) => w.text === '&')) return make(ws, 'organization', 'strong', null, false);
  // "Serbs", "South Korean", "Roman Catholic": peoples and faiths are not entities here.
  if (isGroupName(ws) || PEOPLES.has(ws.map((w) => w.lower).join(' '))) return { ...make(ws, null, 'none', null, false), bare: true };
  const given = isGiven(ws[0]);
  const personTags = ws.filter((w) => hasTag(w, 'Person')).length;
  if (n >= 2 && n <= 5 && (given || personTags >= 1)) return make(ws, 'person', given ? 'strong' : 'weak', null, false);
  if (n === 1) {
    const w = ws[0];
    // "I", "A", plurals such as "Kurds" or "Refugees" name no one.
    // "League", "Council" alone are not names either.
    if (w.text.length === 1 || hasTag(w, 'Plural') && !hasTag(w, 'Person') || /^I['’]/.test(w.text) || ORG_TAIL.has(w.lower) || ORG_HEAD.has(w.lower)
      || SPORTS_TERMS.has(w.lower) || LONE_NOT_NAME.some((t) => hasTag(w, t)) && !NAME_TAGS.some((t) => hasTag(w, t))) {
      return { ...make(ws, null, 'none', null, false), bare: true };
    }
    // An acronym in ordinary text: "KDP", "OSCE".
    const letters = w.text.replace(/[^\p{L}]/gu, '');
    if (w.caps && letters.length >= 2 && letters.length <= 6 && !GIVEN_NAMES.has(w.lower)) return make(ws, 'organization', 'weak', null, false);
    if (hasTag(w, 'Person') && !hasTag(w, 'Place')) return make(ws, 'person', 'weak', null, false);
    if (hasTag(w, 'Place')) return make(ws, 'place', 'weak', null, false);
    if (hasTag(w, 'Organization')) return make(ws, 'organization', 'weak', null, false);
    if (demonymCountry(w.text)) return make(ws, null, 'none', null, false);
    return make(ws, null, 'none', null, false);
  }
  const last = ws[n - 1];
  // "Greater Milwaukee Open", "Trades Disputes Act": events, laws and prizes (MISC).
  if (last.cap && EVENT_TAILS.has(last.lower)) return make(ws, null, 'none', null, false);
  // "Tiananmen Square", "Grace Road", "Insein Prison".
  if (last.cap && PLACE_TAILS.has(last.lower)) return make(ws, 'place', 'weak', null, false);
  if (ws.some((w) => hasTag(w, 'Organization'))) return make(ws, 'organization', 'weak', null, false);
  if (ws.every((w) => hasTag(w, 'Place'))) return make(ws, 'place', 'weak', null, false);
  return make(ws, n <= 4 ? 'person' : null, 'none', null, false);
}
