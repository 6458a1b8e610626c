// The hand-written rules for people, organisations and places of one article. Since the learned tagger
// (./tagger) decides, what these rules find is its evidence: a feature of each word, not a decision.
// Linear passes over the analysed tokens:
// 1. mixed-case sentences: capitalised chunks -> candidates typed by gazetteers, titles, head words, tags;
// 2. an article lexicon of the confidently typed names (and surnames) types the unsure ones and the words of
//    headlines and tables written in capitals;
// 3. the dateline's place and agency; roles; within-document linking (src/core/articleLinks).
import type { ArticleStructure, EntityType } from '../model';
import type { Analysis } from './analysis';
import { chunkWords, isGiven, segment, type Candidate } from './chunks';
import { contextCue, type ContextCue } from './evidence';
import { demonymCountry, INDIVIDUAL_SPORTS, lookupKnown, NATIONAL_BODIES, SPORTS_HEADINGS, CLUB_WORDS } from './gazetteer';
import { hasTag, isShouting, isTitleCase, sentenceWords, type Word } from './words';
import { canonicalKey, type RawMention } from '../articleLinks/linker';

interface Found extends Candidate {
  /** The sentence's words, for context and roles. */
  sentence: Word[];
  /** In a line written in title case (a heading): a shape-only guess counts for nothing there. */
  heading?: boolean;
  /** The type the surrounding words point to, if any. */
  cue?: ContextCue | null;
  /** Typed by shape alone (no gazetteer, tag, context or article evidence). */
  guessed?: boolean;
}

/** Sports copy: team sports (a lone name is usually a club) or sports of individuals. */
type Sport = 'team' | 'individual' | null;

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across', 'into', 'toward', 'towards', 'around', 'throughout', 'via', 'inside']);
const MAX_NGRAM = 5;

/**
 * People, organisations and places of one article as the rules read them. Not linked: the tagger reads
 * only their spans and types.
 */
export function ruleEntities(text: string, structure: ArticleStructure, analysis: Analysis): RawMention[] {
  const found: Found[] = [];
  const shouted: Word[][] = [];
  const openers: { word: Word; sentence: Word[] }[] = [];
  // Words the article writes in lower case somewhere: common words, whatever their capital at a sentence start.
  const lower = new Set<string>();
  for (const s of analysis.sentences) {
    if (s.kind !== 'paragraph' && s.kind !== 'headline') continue;
    const words = sentenceWords(text, s);
    for (const w of words) if (!w.cap && !w.noLetters) lower.add(w.lower);
    if (isShouting(words)) {
      shouted.push(words);
      continue;
    }
    const heading = isTitleCase(words);
    const covered = new Set<number>();
    for (const chunk of chunkWords(words)) {
      for (const w of chunk) covered.add(w.i);
      for (const c of segment(chunk)) if (!isGluedLabel(text, c)) found.push({ ...c, sentence: words, heading });
    }
    // Sentence openers compromise did not take for names ("Yeltsin endorses ...", "Lebed said"): the article decides.
    for (const w of words) if (w.initial && w.cap && !w.noLetters && !covered.has(w.i)) openers.push({ word: w, sentence: words });
    nationalBodies(words, found);
  }
  const sport = sportOf(text, structure);
  for (const f of found) readContext(text, f, sport);
  const lexicon = buildLexicon(found);
  for (const f of found) resolve(f, lexicon, sport);
  coordinate(text, found);
  found.push(...fromOpeners(openers.filter((o) => !lower.has(o.word.lower) && !OPENER_TAGS.some((t) => hasTag(o.word, t))), found, lexicon));
  for (const words of shouted) matchShouted(words, lexicon, found);
  if (sport === 'team') teamsFromPlaces(found);

  const raw: RawMention[] = [];
  for (const f of found) {
    if (!f.type) continue;
    const m: RawMention = { type: f.type, start: f.start, end: f.end, text: text.slice(f.start, f.end) };
    if (f.known) m.known = f.known.name;
    raw.push(m);
  }
  raw.push(...datelineMentions(text, structure));
  return dropOverlaps(raw);
}

/** Lower-case name -> type, from the candidates typed on strong evidence; surnames of full names -> person. */
interface Lexicon {
  types: Map<string, EntityType>;
  /** Last words of people's full names ("iravani", "suu kyi"). */
  surnames: Set<string>;
  /** First words of people's full names not known as given names ("jansher" of "Jansher Khan"). */
  firstNames: Set<string>;
}

function buildLexicon(found: Found[]): Lexicon {
  const lex: Lexicon = { types: new Map(), surnames: new Set(), firstNames: new Set() };
  const votes = new Map<string, Record<EntityType, number>>();
  const vote = (key: string, type: EntityType, n: number) => {
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0, misc: 0 };
    v[type] += n;
    votes.set(key, v);
  };
  for (const f of found) {
    if (f.cue) vote(keyOf(f.words), f.cue.type, f.cue.weight);
    if (!f.type || f.evidence === 'none') continue;
    const key = keyOf(f.words);
    vote(key, f.type, f.evidence === 'strong' ? 3 : 1);
    if (f.type === 'person' && f.words.length >= 2) {
      if (!f.titled && !f.words[0].initial && !f.words[0].caps && f.words[0].text.length > 2) lex.firstNames.add(f.words[0].lower);
      // "Iravani", "Suu Kyi": the last words of a full name are that person.
      for (let k = 1; k < f.words.length; k++) {
        const tail = keyOf(f.words.slice(k));
        vote(tail, 'person', f.evidence === 'strong' ? 2 : 1);
        lex.surnames.add(tail);
      }
    }
  }
  for (const [key, v] of votes) {
    const best = (Object.keys(v) as EntityType[]).reduce((a, b) => (v[b] > v[a] ? b : a));
    lex.types.set(key, best);
  }
  return lex;
}

function keyOf(words: Word[]): string {
  return canonicalKey(words.map((w) => w.text).join(' '));
}

/**
 * Reads the words around a candidate: its cue votes in the lexicon and types an unsure candidate; in team
 * sports copy, names on result and standings lines and names shaped like clubs are teams.
 */
function readContext(text: string, f: Found, sport: Sport): void {
  const first = f.words[0].i;
  const last = f.words[f.words.length - 1].i;
  f.cue = contextCue(text, f.sentence, first, last, sport === 'team');
  if (sport === 'team' && (onResultLine(text, f) || clubShaped(f)) || sport && sponsorAfterCountry(text, f)) {
    f.type = 'organization';
    f.evidence = 'strong';
    f.bare = false;
    return;
  }
  // An acronym ("KDP said") or a name compromise knows as a body stays what it is when it speaks.
  if (f.cue?.type === 'person' && (f.words.every((w) => w.caps) || f.evidence === 'weak' && f.type === 'organization')) f.cue = null;
  if (!f.cue || f.evidence === 'strong' || f.bare) return;
  f.type = f.cue.type;
  f.evidence = 'weak';
}

/** Types a candidate the article lexicon, its gazetteer entry or its context decide. */
function resolve(f: Found, lex: Lexicon, sport: Sport): void {
  const key = keyOf(f.words);
  const lone = f.words.length === 1;
  // "Jordan" after "Michael Jordan": the surname beats the gazetteer; "Jansher" after "Jansher Khan".
  if (lone && f.type !== 'person' && !f.titled && (lex.surnames.has(key) || lex.firstNames.has(key) && !f.known && f.evidence !== 'strong')) {
    f.type = 'person';
    return;
  }
  if (f.evidence === 'strong' || f.bare) return;
  const known = lex.types.get(key);
  if (known) {
    f.type = known;
    return;
  }
  if (f.type && f.evidence !== 'none') return;
  f.guessed = true;
  // A heading in title case ("World Markets Overnight Summary"): capitals there are no evidence of a name,
  // and a word compromise knows as a common one ("Markets", "Overnight") is not a name there.
  if (f.heading && f.words.some((w) => COMMON_TAGS.some((t) => hasTag(w, t)))) {
    f.type = null;
    return;
  }
  const first = f.words[0];
  const before = f.sentence[first.i - 1];
  if (before && LOCATIVE.has(before.lower) && !before.cap) f.type = 'place';
  // A lone capitalised word mid-sentence: in team sports copy usually a club, elsewhere usually a surname.
  else if (lone && !first.initial && !first.caps) f.type = sport === 'team' && !hasTag(first, 'Person') ? 'organization' : 'person';
}

const LIST_GAP = /^(?:,[ \t\u00a0]*|,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)$/;

/**
 * Names listed together are of one kind: "Mobil, Shell and Caltex" after a known company, "Breisach, Kehl and
 * Freiburg" after a known town. Guessed members of a list take the type of its sure members when they agree.
 */
function coordinate(text: string, found: Found[]): void {
  let list: Found[] = [];
  let linked = false;
  const settle = () => {
    // "A, B and C" or "A and B"; a comma alone also sets off adverbials and appositions ("In Philadelphia, X").
    if (list.length > 1 && linked) {
      const sure = new Set(list.filter(isSure).map((f) => f.type));
      if (sure.size === 1) {
        const [type] = sure;
        for (const f of list) if (f.guessed) f.type = type;
      }
    }
    list = [];
    linked = false;
  };
  for (const f of found) {
    const prev = list[list.length - 1];
    const gap = prev && prev.sentence === f.sentence && f.start >= prev.end ? LIST_GAP.exec(text.slice(prev.end, f.start)) : null;
    if (prev && !gap) settle();
    if (gap && /\b(?:and|or)\b/.test(gap[0])) linked = true;
    list.push(f);
  }
  settle();
}

/** Typed on evidence, not shape; a lone acronym ("RBI") is not sure enough to type its neighbours. */
function isSure(f: Found): boolean {
  return !!f.type && !f.guessed && !(f.evidence === 'weak' && f.words.length === 1 && f.words[0].caps);
}

/**
 * "Lotte 6 Hyundai 2", "Crystal Palace 4 1 2 1 4 3 5", "Walsall v Wrexham", "Alba (Germany) 75": a name
 * opening a score.
 */
function onResultLine(text: string, f: Found): boolean {
  const first = f.words[0];
  if (first.text.length === 1 || f.words.length > 1 && isGiven(first) && f.evidence === 'strong') return false;
  const before = f.sentence[first.i - 1];
  const after = f.sentence[f.words[f.words.length - 1].i + 1];
  if (!after || f.words[f.words.length - 1].poss) return false;
  const score = /^[ \t\u00a0]+$/.test(after.gap) && (/^\d{1,3}$/.test(after.text) || after.lower === 'v' || after.lower === 'vs')
    || /^[ \t\u00a0]*\([^()\d]{2,30}\)[ \t\u00a0]+\d{1,3}(?![\d.:-])/.test(text.slice(f.end, f.end + 40));
  const opens = !before || before.noLetters && /^\d{1,3}$/.test(before.text) || before.lower === 'v' || before.lower === 'vs' || /:[ \t\u00a0]*$/.test(first.gap);
  return score && opens;
}

/** "Olaf Ludwig (Germany) Telekom", "Andre Ribeiro (Brazil), Lola Honda": the rider's team after his country. */
function sponsorAfterCountry(text: string, f: Found): boolean {
  const before = f.sentence[f.words[0].i - 1];
  // Not a rider of a list ("Michael Green (Jamaica), Osmond Ezinwa (Nigeria)"): he has a country of his own.
  return !!before && /^\),?[ \t\u00a0]+$/.test(f.words[0].gap) && lookupKnown(before.text)?.type === 'place' && !isGiven(f.words[0])
    && !/^[ \t\u00a0]*\(/.test(text.slice(f.end, f.end + 4));
}

/** "Dynamo Moscow", "Deportivo Coruna", "Crystal Palace", "Florida Marlins": a club's name in sports copy. */
function clubShaped(f: Found): boolean {
  const ws = f.words;
  if (ws.length < 2 || isGiven(ws[0]) || f.titled || f.known) return false;
  const last = ws[ws.length - 1];
  if (CLUB_WORDS.has(ws[0].lower) || CLUB_WORDS.has(last.lower)) return true;
  // "Rotor Volgograd", "Hansa Rostock": a word before a town.
  return ws.length === 2 && !hasTag(ws[0], 'Person') && (lookupKnown(last.text)?.kind === 'city' || hasTag(last, 'City'));
}

/** Sentence openers the article names elsewhere: a surname of a full name, or a name typed mid-sentence. */
function fromOpeners(openers: { word: Word; sentence: Word[] }[], found: Found[], lex: Lexicon): Found[] {
  if (!openers.length) return [];
  const typed = new Map<string, EntityType>();
  for (const f of found) if (f.type && f.words.length === 1 && !f.words[0].initial) typed.set(keyOf(f.words), f.type);
  const out: Found[] = [];
  for (const { word, sentence } of openers) {
    const key = keyOf([word]);
    const type = lex.surnames.has(key) || lex.firstNames.has(key) ? 'person' : typed.get(key) ?? null;
    if (type) out.push({ words: [word], start: word.start, end: word.end, type, evidence: 'weak', known: null, titled: false, sentence });
  }
  return out;
}

/** "Iran PressEurope:": a section label scraped onto the outlet's name (split off in analysis) names nothing. */
function isGluedLabel(text: string, c: Candidate): boolean {
  return c.words.length === 1 && c.words[0].i > 0 && c.words[0].gap === '' && text[c.end] === ':';
}


// Tags of sentence openers that are never names ("He", "But", "In"), whatever the article does with them.
const OPENER_TAGS = ['Pronoun', 'Month', 'WeekDay', 'Date', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary', 'Copula', 'Negative', 'Expression'];
const COMMON_TAGS = ['Verb', 'Adjective', 'Preposition', 'Adverb', 'Uncountable', 'Determiner', 'Conjunction', 'Pronoun', 'Expression'];

/** "the Syrian army", "the Russian government": a demonym and a national body make an organisation. */
function nationalBodies(words: Word[], found: Found[]): void {
  for (const [first, last] of nationalBodySpans(words)) {
    const body = words.slice(first, last + 1);
    found.push({ words: body, start: body[0].start, end: body[body.length - 1].end, type: 'organization', evidence: 'strong', known: null, titled: false, sentence: words });
  }
}

/** Word ranges [first, last] of a demonym followed by a national body ("Syrian army", "Russian foreign ministry"). */
export function nationalBodySpans(words: Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (!w.cap || !demonymCountry(w.text) || !/^[ \t\u00a0]+$/.test(next.gap)) continue;
    const two = words[i + 2] && /^[ \t\u00a0]+$/.test(words[i + 2].gap) ? `${next.lower} ${words[i + 2].lower}` : '';
    if (NATIONAL_BODIES.has(two)) out.push([i, i + 2]);
    else if (NATIONAL_BODIES.has(next.lower) && !next.cap) out.push([i, i + 1]);
  }
  return out;
}

/** Names in a headline or table written in capitals: the longest word runs the article or gazetteers know. */
function matchShouted(words: Word[], lex: Lexicon, found: Found[]): void {
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_NGRAM, words.length - i); n >= 1 && !matched; n--) {
      const run = words.slice(i, i + n);
      if (!run.every((w, k) => !w.noLetters && (k === 0 || /^[ \t\u00a0]+$|^-$/.test(w.gap)))) continue;
      if (n > 1 && run.slice(0, -1).some((w) => w.poss)) continue;
      const key = keyOf(run);
      const type = lex.types.get(key);
      const known = lookupKnown(run.map((w) => w.text).join(' '));
      if (!type && !known) continue;
      // Short words in capitals are too often ordinary words ("US", "IT") unless the article uses them.
      if (!type && known && run.length === 1 && run[0].text.length <= 2 && known.type !== 'place') continue;
      found.push({ words: run, start: run[0].start, end: run[n - 1].end, type: type ?? known!.type, evidence: 'strong', known, titled: false, sentence: words });
      matched = n;
    }
    i += matched || 1;
  }
}

const SPORT_DASH = new RegExp(`${SPORTS_HEADINGS.source}[ \t]*-`, 'i');

/** "SOCCER - ...", "Boxing-Bruno quits ...": the sport a wire headline starts with, if any. */
function sportOf(text: string, structure: ArticleStructure): Sport {
  const first = (structure.headline ? text.slice(structure.headline.start, structure.headline.end) : text.slice(0, 60)).trimStart();
  if (!SPORTS_HEADINGS.test(first) && !SPORT_DASH.test(first)) return null;
  return INDIVIDUAL_SPORTS.test(first) ? 'individual' : 'team';
}

const TEAM_WORDS = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'won', 'v', 'vs', 'defeated', 'edged', 'routed', 'thrashed', 'trounced', 'downed', 'blanked', 'tied', 'hosts', 'against', 'over']);

/**
 * In sports copy a town, county or state that plays ("Essex 372", "Chicago beat ...", "beat Somerset") is
 * its team, and so is every other mention of it not introduced by "in", "at" and the like. Countries stay
 * places (national teams are named by their country).
 */
function teamsFromPlaces(found: Found[]): void {
  const teams = new Set<string>();
  for (const f of found) {
    if (f.type !== 'place' || f.known?.kind === 'country') continue;
    const before = f.sentence[f.words[0].i - 1];
    const after = f.sentence[f.words[f.words.length - 1].i + 1];
    if ((after && (after.noLetters && /\d/.test(after.text) || TEAM_WORDS.has(after.lower))) || (before && TEAM_WORDS.has(before.lower))) teams.add(keyOf(f.words));
  }
  for (const f of found) {
    if (f.type !== 'place' || f.known?.kind === 'country') continue;
    const before = f.sentence[f.words[0].i - 1];
    const after = f.sentence[f.words[f.words.length - 1].i + 1];
    // Venues: "in Leeds", "at Headingley, Leeds", "Bristol: Gloucestershire 183 ...".
    if (before && (LOCATIVE.has(before.lower) || /,\s*$/.test(f.words[0].gap)) || after && /^\s*:/.test(after.gap) || !after && !teams.has(keyOf(f.words))) continue;
    f.type = 'organization';
  }
}

/** The dateline's place ("TEHRAN") and agency ("MNA") as mentions. */
export function datelineMentions(text: string, structure: ArticleStructure): RawMention[] {
  const d = structure.dateline;
  if (!d) return [];
  const out: RawMention[] = [];
  if (d.place) {
    const at = text.indexOf(d.place, d.start);
    if (at >= 0 && at < d.end) {
      // "WASHINGTON, D.C.": the city; "NEW YORK": as written.
      const place = d.place.split(',')[0].trim();
      const known = lookupKnown(place);
      out.push({ type: 'place', start: at, end: at + place.length, text: text.slice(at, at + place.length), known: known?.type === 'place' ? known.name : undefined });
    }
  }
  if (d.agency) {
    const at = text.indexOf(d.agency, d.start);
    if (at >= 0 && at < d.end) {
      const known = lookupKnown(d.agency);
      out.push({ type: 'organization', start: at, end: at + d.agency.length, text: d.agency, known: known?.type === 'organization' ? known.name : undefined });
    }
  }
  return out;
}

/** Keeps the first of overlapping mentions (sorted by start, longer first). */
export function dropOverlaps(ms: RawMention[]): RawMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
