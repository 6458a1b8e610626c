// Offices: what a written title names ("Russian President" -> the president of Russia) and where an article
// describes an office instead of naming its holder ("the Russian president considered ..."). A title written
// with a name is an observation of who held the office; a description is resolved against those observations
// (see officeRegister.ts). Only titles one person holds at a time count: "the president of Russia" is one
// person at a given date, "a Russian envoy" or "former presidents" are not.
import { demonymCountry, lookupKnown, ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/gazetteer';

export interface Office {
  /** Comparison key: head words + country, e.g. "president|russia", "prime minister|", "foreign minister|iran". Country part empty when the title names none. */
  key: string;
  /** For reasons shown to users: "president of Russia", "prime minister", "foreign minister of Iran". */
  label: string;
}

export interface OfficePhrase {
  start: number;
  end: number;
  text: string;
  office: Office;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary (all lower case). Every head is one of the gazetteer's ROLE_HEADS (a unit test checks it).

/** Heads of an office held by one person at a time, in a title written with a name ("Kremlin spokesman"). */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general', 'governor',
  'mayor', 'king', 'queen', 'emperor', 'empress', 'sultan', 'emir', 'pope', 'monarch', 'regent', 'leader', 'speaker',
  'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'chief', 'head', 'ceo', 'executive',
  'attorney-general', 'ombudsman', 'treasurer', 'comptroller', 'envoy', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner', 'coach', 'manager', 'skipper',
]);

/**
 * Heads an article may use for an office without naming its holder ("the Russian president"): political
 * offices only. "The Russian envoy" or "the spokesman" are one of many and are left alone.
 */
export const PHRASE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general', 'governor',
  'mayor', 'king', 'queen', 'emperor', 'empress', 'sultan', 'emir', 'pope', 'monarch', 'leader', 'speaker',
  'attorney-general',
]);

/** Heads many hold at once unless narrowed: "Russian envoy" is one of many, "special envoy for Syria" is one. */
const MANY_HOLDERS = new Set(['envoy', 'ambassador', 'commissioner']);

/** Heads too generic alone: "the minister", "the leader" need a portfolio, a rank or a country. */
const NEEDS_QUALIFIER = new Set(['minister', 'secretary', 'leader', 'speaker', 'governor', 'mayor']);

/** Two-word heads joined by "of": "Secretary of State" is one office, not a secretary of a state. */
const OF_HEADS = new Set(['secretary of state', 'chief of staff', 'head of state', 'head of government', 'minister of state']);

/** Words that make a head a different office: "vice president", "prime minister", "special envoy". */
const RANKS = new Set([
  'vice', 'deputy', 'assistant', 'associate', 'prime', 'first', 'special', 'chief', 'supreme', 'permanent', 'high',
  'grand', 'general', 'press', 'principal', 'executive', 'managing', 'national', 'state', 'parliamentary', 'lord',
]);

/** Portfolios: "foreign minister", "Minister of Foreign Affairs" (-> "foreign minister"). Spelling variants fold. */
const PORTFOLIOS = new Map<string, string>([
  ...['foreign', 'interior', 'home', 'finance', 'economy', 'trade', 'commerce', 'industry', 'justice', 'health',
    'education', 'energy', 'oil', 'petroleum', 'agriculture', 'transport', 'communications', 'information', 'culture',
    'environment', 'intelligence', 'security', 'treasury', 'tourism', 'housing', 'science', 'sports', 'youth']
    .map((w): [string, string] => [w, w]),
  ['defence', 'defence'], ['defense', 'defence'], ['labour', 'labour'], ['labor', 'labour'], ['economic', 'economy'],
  ['sport', 'sports'],
]);

/** Words that describe the holder, not the office: "the embattled Russian president". */
const DESCRIPTIVE = new Set([
  'new', 'current', 'sitting', 'incumbent', 'outgoing', 'embattled', 'visiting', 'powerful', 'veteran', 'senior', 'top',
  'longtime', 'long-time', 'long-serving', 'beleaguered', 'popular', 'controversial', 'young', 'elderly',
]);

/** Words that make the title not current or not the office itself: "former president", "president-elect". */
const NOT_CURRENT = new Set([
  'former', 'ex', 'late', 'then', 'onetime', 'one-time', 'erstwhile', 'past', 'previous', 'future', 'incoming',
  'would-be', 'elect', 'designate', 'candidate', 'nominee', 'hopeful', 'aspiring', 'acting', 'interim', 'presidential',
]);
/** Hyphenated forms of the same: "ex-minister", "then-president", "president-elect", "minister-designate". */
const NOT_CURRENT_AFFIX = /^(?:ex|then|former|late|would-be)-|-(?:elect|designate|in-waiting)$/;

/** Ordinals before a head make it a historical or generic reference: "Russia's first president". */
const ORDINAL = /^(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th))$/;

/** Determiners that make a description generic or someone else's: "a president", "his minister". */
const NOT_THE = new Set(['a', 'an', 'another', 'any', 'every', 'each', 'no', 'one', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'whose', 'which', 'what', 'some', 'this', 'these']);
// Not "that": it is as often a conjunction ("said that Russian president Putin").

/** Capitalised words that are not names: after "Russian president, " or before ", the president". */
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'yesterday', 'today', 'tomorrow',
  'earlier', 'later', 'separately', 'also', 'still', 'instead', 'now', 'then', 'here', 'there', 'in', 'on', 'at',
  'for', 'after', 'before', 'since', 'during', 'as', 'when', 'while', 'if', 'thus', 'moreover', 'furthermore',
  'nevertheless', 'indeed', 'he', 'she', 'they', 'we', 'it', 'this', 'that', 'these', 'those', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words that may link title words before a name: "Special Envoy for Syria Alexander Lavrentiev". */
// Not "and": "the president and Putin" is a list, not a title.
const CHAIN_LINKS = new Set(['for', 'of', 'the', 'to']);

const MAX_LEFT = 6;
const MAX_CHAIN = 10;

// ---------------------------------------------------------------------------------------------------------
// Tokens

interface Token {
  start: number;
  end: number;
  /** As written, without a possessive "'s". */
  text: string;
  /** Lower case, without a possessive, "vice-president" as written. */
  lower: string;
  /** Written with "'s" / "’s". */
  poss: boolean;
  cap: boolean;
  /** The text between the previous token and this one. */
  gap: string;
}

// "U.S", "Russia’s", "secretary-general", "O'Brien": letters joined by dots, hyphens and apostrophes.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-.'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** "Secretary General", "Attorney General" written apart: one head, as "secretary-general". */
const GENERAL_HEADS = new Set(['secretary', 'attorney', 'director', 'governor', 'surgeon']);

/** The words of text[from, to), with offsets into the whole text. */
function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let last = from;
  const words = new RegExp(WORD.source, WORD.flags);
  words.lastIndex = from;
  for (let m = words.exec(text); m && m.index < to; m = words.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const poss = /['’]s$/i.test(raw) && raw.length > 2;
    const bare = poss ? raw.slice(0, -2) : raw;
    const token = { start, end: start + raw.length, text: bare, lower: bare.toLowerCase(), poss, cap: /^\p{Lu}/u.test(raw), gap: text.slice(last, start) };
    last = token.end;
    const prev = out[out.length - 1];
    if (token.lower === 'general' && prev && !prev.poss && GENERAL_HEADS.has(prev.lower) && /^[ \t\u00a0]+$/.test(token.gap)) {
      out[out.length - 1] = { ...token, start: prev.start, text: `${prev.text}-${token.text}`, lower: `${prev.lower}-general`, cap: prev.cap, gap: prev.gap };
    } else out.push(token);
  }
  return out;
}

/** Whether token i follows token i-1 within one phrase: spaces only, or the full stop of "U.S." and spaces. */
function joined(tokens: Token[], i: number): boolean {
  const gap = tokens[i].gap;
  if (/^[ \t\u00a0]+$/.test(gap)) return true;
  return /^\.[ \t\u00a0]+$/.test(gap) && i > 0 && tokens[i - 1].text.includes('.');
}

/** The canonical country named by tokens[from..to] as a country name or a demonym ("U.S", "South African"), or null. */
function countryOf(tokens: Token[], from: number, to: number): string | null {
  for (let k = from + 1; k <= to; k++) if (!joined(tokens, k) || (tokens[k - 1].poss)) return null;
  const words = tokens.slice(from, to + 1).map((t) => t.text).join(' ');
  const known = lookupKnown(words);
  if (known?.kind === 'country') return known.name;
  // Demonyms in any case ("russian president"); country names only capitalised ("us" is a pronoun).
  return demonymCountry(words);
}

/** The longest country (up to three words) ending at token `to`: [first token, country], or null. */
function countryEndingAt(tokens: Token[], to: number, floor = 0): [number, string] | null {
  for (let from = Math.max(floor, to - 2); from <= to; from++) {
    const c = countryOf(tokens, from, to);
    if (c) return [from, c];
  }
  return null;
}

/** The longest country (up to three words) starting at token `from`: [last token, country], or null. */
function countryStartingAt(tokens: Token[], from: number, ceiling = tokens.length - 1): [number, string] | null {
  for (let to = Math.min(ceiling, from + 2); to >= from; to--) {
    const c = countryOf(tokens, from, to);
    if (c) return [to, c];
  }
  return null;
}

const isOfficeHead = (lower: string) => OFFICE_HEADS.has(lower) || OF_HEADS.has(lower);
const notCurrent = (lower: string) => NOT_CURRENT.has(lower) || NOT_CURRENT_AFFIX.test(lower);
/** "vice-president" and "vice president" are one head. */
const headWords = (lower: string) => lower.replace(/^vice-/, 'vice ');

function makeOffice(head: string, ownerKey: string, label: string): Office {
  return { key: `${head}|${ownerKey}`, label };
}

/** The office of a head phrase with a country (or none): "president" + "Russia" -> "president|russia". */
function countryOffice(head: string, country: string | null, headLabel = head): Office {
  return makeOffice(head, country ? country.toLowerCase() : '', country ? `${headLabel} of ${theCountry(country)}` : headLabel);
}

/** The same office of a given country: "prime minister" in Britain -> "prime minister of Britain". */
export function inCountry(office: Office, country: string): Office {
  const head = office.key.slice(0, office.key.indexOf('|'));
  return countryOffice(head, country, office.label);
}

/**
 * Whether two office keys may name one office: the same head, and the same owner unless one names none
 * ("president|" and "president|united states" may; "governor|florida" and "governor|texas" may not).
 */
export function compatibleOffices(a: string, b: string): boolean {
  const [ha, oa] = a.split('|');
  const [hb, ob] = b.split('|');
  return ha === hb && (!oa || !ob || oa === ob);
}

/** Whether the office names no country or body ("prime minister|"): an article's country may complete it. */
export function ownerless(office: Office): boolean {
  return office.key.endsWith('|');
}

/** "the United States", "the Netherlands", "the Czech Republic" but "Russia": for labels. */
function theCountry(name: string): string {
  return /^(?:United|Soviet)\b|s$|\b(?:Republic|Union|Islands|Emirates|Gambia|Vatican)\b/.test(name) ? `the ${name}` : name;
}

// ---------------------------------------------------------------------------------------------------------
// officeOf: a title written with a name

interface TitleParts {
  /** Head phrase words, lower case: "deputy secretary-general", "special envoy for syria". */
  head: string;
  /** "for Syria" as written, for the label. */
  headLabel: string;
  country: string | null;
  /** Owner words before the head that are not a country ("Kremlin" in "Kremlin spokesman"), as written. */
  preOwner: string[];
  /** A head many hold at once, not narrowed by a rank, a tail or an owner: "Russian envoy". */
  many: boolean;
}

/** The head phrase of title words (no "of" tail, no possessor): modifiers + head + "for X" tail. */
function titleParts(tokens: Token[]): TitleParts | null {
  const forAt = tokens.findIndex((t, i) => i > 0 && (t.lower === 'for' || t.lower === 'to' || t.lower === 'on'));
  const main = forAt < 0 ? tokens : tokens.slice(0, forAt);
  const tail = forAt < 0 ? [] : tokens.slice(forAt);
  const headTok = main[main.length - 1];
  if (!headTok || !isOfficeHead(headTok.lower)) return null;
  const mods: string[] = [];
  let country: string | null = null;
  let owner: Token[] = [];
  for (let i = main.length - 2; i >= 0; i--) {
    const w = main[i].lower;
    // Two titles in one ("President and CEO"), or a historical one ("first president").
    if ((OFFICE_HEADS.has(w) && !RANKS.has(w)) || w === 'and' || w === '&') return null;
    if (ORDINAL.test(w) && i === main.length - 2) return null;
    const c: [number, string] | null = country ? null : countryEndingAt(main, i);
    if ((RANKS.has(w) || PORTFOLIOS.has(w)) && !country) mods.unshift(PORTFOLIOS.get(w) ?? w);
    else if (c) [i, country] = c;
    else if (!DESCRIPTIVE.has(w)) {
      // Anything else names the owner: "Kremlin spokesman", "Russian Football Union president".
      owner = main.slice(0, i + 1);
      country = null;
      break;
    }
  }
  const head = [...mods, headWords(headTok.lower)].join(' ');
  const tailLower = tail.map((t) => t.lower).join(' ');
  const tailLabel = tail.map((t) => (t.cap ? t.text : t.lower)).join(' ');
  const preOwner = owner.map((t) => t.text);
  const many = MANY_HOLDERS.has(headTok.lower) && !mods.length && !tail.length && !owner.length;
  return { head: tailLower ? `${head} ${tailLower}` : head, headLabel: tailLabel ? `${head} ${tailLabel}` : head, country, preOwner, many };
}

interface Owner {
  key: string;
  label: string;
  /** A country owns it ("of Russia", "Russia’s"), not a body or an office. */
  country: boolean;
}

/** The owner named after "of": a country, or an organisation ("the Supreme National Security Council of Iran"). */
function ofOwner(tail: Token[]): Owner | null {
  let from = tail[0]?.lower === 'the' ? 1 : 0;
  if (from >= tail.length) return null;
  const asCountry = countryStartingAt(tail, from);
  if (asCountry && asCountry[0] === tail.length - 1 && !tail[asCountry[0]].poss) return { key: asCountry[1].toLowerCase(), label: theCountry(asCountry[1]), country: true };
  // "Iran’s Supreme National Security Council" is the "Supreme National Security Council of Iran".
  let of = '';
  if (asCountry && tail[asCountry[0]].poss && asCountry[0] < tail.length - 1) {
    of = asCountry[1];
    from = asCountry[0] + 1;
  }
  const words = tail.slice(from).map((t) => t.text).join(' ');
  const label = of ? `${words} of ${of}` : tail.map((t) => t.text).join(' ');
  return { key: (of ? `${words} of ${of}` : words).toLowerCase(), label, country: false };
}

/** The part of a title before its last possessive ("Russian President’s" Special Envoy): [possessor, rest]. */
function splitPossessor(tokens: Token[]): [Token[], Token[]] {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].poss) return [tokens.slice(0, i + 1), tokens.slice(i + 1)];
  return [[], tokens];
}

/** The owner a possessor names: a country ("Russia’s"), or an office ("Russian President’s" -> the president of Russia). */
function possessorOwner(possessor: Token[], role: string): Owner {
  const c = countryOf(possessor, 0, possessor.length - 1);
  if (c) return { key: c.toLowerCase(), label: theCountry(c), country: true };
  const text = role.slice(possessor[0].start, possessor[possessor.length - 1].end).replace(/['’]s$/i, '');
  const office = officeOf(text);
  return office ? { key: office.label.toLowerCase(), label: `the ${office.label}`, country: false } : { key: text.toLowerCase(), label: text, country: false };
}

/** The first "of" that is not inside a head like "Secretary of State". */
function ofIndex(tokens: Token[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].lower !== 'of') continue;
    if (!OF_HEADS.has(`${tokens[i - 1].lower} of ${tokens[i + 1].lower}`)) return i;
  }
  return -1;
}

/** Folds "Secretary of State" into one token and "Minister of Foreign Affairs" into "Foreign Minister". */
function foldOfHeads(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 2];
    if (next && tokens[i + 1].lower === 'of' && OF_HEADS.has(`${t.lower} of ${next.lower}`)) {
      out.push({ ...next, start: t.start, text: `${t.text} of ${next.text}`, lower: `${t.lower} of ${next.lower}` });
      i += 2;
    } else out.push(t);
  }
  return out;
}

/** "Minister of Foreign Affairs" -> tokens of "Foreign Minister"; other titles unchanged. */
function foldPortfolio(tokens: Token[], ofAt: number): { tokens: Token[]; ofAt: number } {
  const rest = tokens.slice(ofAt + 1).filter((t) => t.lower !== 'the' && t.lower !== 'affairs');
  if (ofAt < 0 || rest.length !== 1 || !PORTFOLIOS.has(rest[0].lower)) return { tokens, ofAt };
  const head = tokens.slice(0, ofAt);
  return { tokens: [...head.slice(0, -1), rest[0], head[head.length - 1]], ofAt: -1 };
}

/**
 * The office a person's written role names, or null when the role names none that could be held by one person
 * at a time or is not current ("former president", "ex-minister", "the late president", "president-elect",
 * "presidential candidate", a plural "ministers").
 */
export function officeOf(role: string): Office | null {
  const all = tokenize(role);
  while (all.length && (all[0].lower === 'the' || DESCRIPTIVE.has(all[0].lower))) all.shift();
  if (!all.length || all.some((t) => notCurrent(t.lower))) return null;
  const folded = foldOfHeads(all);
  const { tokens, ofAt } = foldPortfolio(folded, ofIndex(folded));
  const before = ofAt < 0 ? tokens : tokens.slice(0, ofAt);
  const [possessor, rest] = splitPossessor(before);
  const parts = titleParts(rest);
  if (!parts) return null;
  const owner = ofAt >= 0 ? ofOwner(tokens.slice(ofAt + 1)) : possessor.length ? possessorOwner(possessor, role) : null;
  // "Ambassador of Iran" is still one of many; "Russian President’s envoy" is the president's.
  if (parts.many && (!owner || owner.country)) return null;
  if (owner) return makeOffice(parts.head, owner.key, `${parts.headLabel} of ${owner.label}`);
  if (parts.preOwner.length) {
    const words = parts.preOwner.join(' ');
    return makeOffice(parts.head, words.toLowerCase(), `${words} ${parts.headLabel}`);
  }
  return countryOffice(parts.head, parts.country, parts.headLabel);
}

// ---------------------------------------------------------------------------------------------------------
// officePhrases: an office described instead of named

interface Left {
  /** First token of the phrase ("the", the country or the first modifier). */
  from: number;
  country: string | null;
  mods: string[];
  det: boolean;
}

/** Walks left from the head at h over modifiers, a country and "the"; null when the description is not one office now. */
function leftOf(tokens: Token[], h: number): Left | null {
  const mods: string[] = [];
  let country: string | null = null;
  let i = h;
  while (i > 0 && h - i < MAX_LEFT && joined(tokens, i)) {
    const prev = tokens[i - 1];
    const w = prev.lower;
    if (notCurrent(w)) return null; // "the former president", "the then Russian president"
    if (ORDINAL.test(w) && i === h) return null; // "Russia's first president"
    if (prev.poss) {
      // "Russia’s president": a country owns it; "the Kremlin’s president", "Putin's minister" are not the office.
      const c = country ? null : countryEndingAt(tokens, i - 1, Math.max(0, i - 3));
      if (!c) return null;
      return { from: c[0], country: c[1], mods, det: false };
    }
    const c: [number, string] | null = country ? null : countryEndingAt(tokens, i - 1, Math.max(0, i - 3));
    if (c) {
      country = c[1];
      i = c[0];
    } else if ((RANKS.has(w) || PORTFOLIOS.has(w)) && !country) {
      mods.unshift(PORTFOLIOS.get(w) ?? w);
      i--;
    } else if (DESCRIPTIVE.has(w)) i--;
    else break;
  }
  const before = i > 0 && joined(tokens, i) ? tokens[i - 1] : undefined;
  if (before && NOT_THE.has(before.lower)) return null; // "a Russian president", "his prime minister"
  const det = before?.lower === 'the';
  return { from: det ? i - 1 : i, country, mods, det };
}

interface Right {
  /** Last token of the phrase. */
  to: number;
  /** "secretary of state" when the head continues with "of state". */
  head: string;
  country: string | null;
}

/** Extends the head at h to the right: "of State", "of Russia", "of the United States"; null for "the president of the company". */
function rightOf(tokens: Token[], h: number): Right | null {
  let to = h;
  let head = headWords(tokens[h].lower);
  const at = (k: number) => (k < tokens.length && joined(tokens, k) ? tokens[k] : undefined);
  if (!tokens[h].poss && at(h + 1)?.lower === 'of' && at(h + 2) && OF_HEADS.has(`${head} of ${at(h + 2)!.lower}`)) {
    head = `${head} of ${at(h + 2)!.lower}`;
    to = h + 2;
  }
  if (tokens[to].poss || at(to + 1)?.lower !== 'of') {
    // "the ambassador to Russia", "the envoy for Syria": a narrower office than the phrase says.
    const next = at(to + 1);
    return next && (next.lower === 'to' || next.lower === 'for') && at(to + 2)?.cap ? null : { to, head, country: null };
  }
  const from = at(to + 2)?.lower === 'the' ? to + 3 : to + 2;
  if (!at(from)) return null;
  const c = countryStartingAt(tokens, from);
  return c ? { to: c[0], head, country: c[1] } : null;
}

const isTitleWord = (t: Token) => ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);

/** A capitalised word that reads as a name: not a place or body, not a month or a sentence adverb. */
function nameLike(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.cap || NOT_NAMES.has(t.lower) || isTitleWord(t) || /\d/.test(t.text)) return false;
  return !lookupKnown(t.text) && !demonymCountry(t.text) && !countryStartingAt(tokens, k);
}

/**
 * Whether the phrase ending at token `to` is a title written before a name: "Russian President Vladimir Putin",
 * "Russian President’s Special Envoy for Syria Alexander Lavrentiev", "Russian President’s special envoy Alexander
 * Lavrentiev": title words, "for", "of", "the" and then a capitalised name, spaces only between them.
 */
function titleBeforeName(tokens: Token[], to: number): boolean {
  for (let k = to + 1; k < tokens.length && k - to <= MAX_CHAIN && joined(tokens, k); k++) {
    const t = tokens[k];
    if (nameLike(tokens, k)) return true;
    // Title words, links and the places they name ("Special Envoy for Syria") may stand between.
    const place = t.cap && CHAIN_LINKS.has(tokens[k - 1].lower) && lookupKnown(t.text);
    if (!isTitleWord(t) && !CHAIN_LINKS.has(t.lower) && !place) return false;
    if (t.poss) return false;
  }
  return false;
}

/** "Russian president, Vladimir Putin" or "Vladimir Putin, the Russian president": a pair that names the holder. */
function appositive(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to + 1];
  if (next && !tokens[to].poss && /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(next.gap) && nameLike(tokens, to + 1)) return true;
  const first = tokens[from];
  const prev = tokens[from - 1];
  return !!prev && !prev.poss && /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(first.gap) && nameLike(tokens, from - 1);
}

/** The office phrase headed by tokens[h], or null. */
function phraseAt(text: string, tokens: Token[], h: number): OfficePhrase | null {
  const left = leftOf(tokens, h);
  if (!left) return null;
  const right = rightOf(tokens, h);
  if (!right) return null;
  if (left.country && right.country) return null;
  const country = left.country ?? right.country;
  const head = [...left.mods, right.head].join(' ');
  if (!left.det && !country) return null; // "President Putin", "as president": not a description
  if (NEEDS_QUALIFIER.has(right.head) && !left.mods.length && !country) return null;
  if (titleBeforeName(tokens, right.to) || appositive(tokens, left.from, right.to)) return null;
  const start = tokens[left.from].start;
  const last = tokens[right.to];
  const end = last.end;
  return { start, end, text: text.slice(start, end), office: countryOffice(head, country) };
}

/**
 * Descriptions of an office in the text, as offsets into `text`: "the Russian president", "Russian president's"
 * (the possessor in "Russian president's special envoy"), "Russia's president", "the president of Russia", "the
 * prime minister", "the president". Not titles written with a name, not former, generic or plural uses. One
 * tokenising pass; each head word looks at a few words around it.
 */
export function officePhrases(text: string): OfficePhrase[] {
  const out: OfficePhrase[] = [];
  for (const [from, to] of headWindows(text)) {
    const tokens = tokenize(text, from, to);
    for (let h = 0; h < tokens.length; h++) {
      if (!PHRASE_HEADS.has(tokens[h].lower)) continue;
      const p = phraseAt(text, tokens, h);
      if (p && (!out.length || out[out.length - 1].end <= p.start)) out.push(p);
    }
  }
  return out;
}

// The first word of each head ("secretary" of "secretary-general", written apart too): where to look at all.
const HEAD_FINDER = new RegExp(`\\b(?:${[...new Set([...PHRASE_HEADS].map((h) => h.split('-')[0]))].join('|')})\\b`, 'gi');
/** How far around a head word a phrase, its title chain or its appositive can reach. */
const REACH = 240;

/**
 * The stretches of text around head words, merged, each cut at a space: most of an article never names an
 * office, and tokenising only around heads keeps the scan to a fraction of the text (it runs on every upsert).
 */
function headWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(HEAD_FINDER)) {
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - REACH)) + 1);
    const far = text.indexOf(' ', Math.min(text.length, m.index + REACH));
    const to = far === -1 ? text.length : far;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
