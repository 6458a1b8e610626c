// People, organisations and places of one article. Linear passes over the analysed tokens:
// 1. mixed-case sentences: capitalised chunks -> candidates typed by gazetteers, titles, head words, tags;
// 2. an article lexicon of the confidently typed names (and surnames) types the unsure ones and the words of
//    headlines and tables written in capitals;
// 3. the dateline's place and agency; roles; within-document linking (src/core/link).
import type { ArticleStructure, EntityType, Mention } from '../model';
import type { Analysis } from './analysis';
import { chunkWords, segment, type Candidate } from './chunks';
import { demonymCountry, lookupKnown, NATIONAL_BODIES, SPORTS_HEADINGS } from './gazetteer';
import { roleAfter, roleBefore, roleBeforeComma } from './roles';
import { hasTag, isShouting, sentenceWords, spaced, type Word } from './words';
import { canonicalKey, linkMentions, type RawMention } from '../link/linker';

interface Found extends Candidate {
  /** The sentence's words, for context and roles. */
  sentence: Word[];
}

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across', 'into', 'toward', 'towards', 'around', 'throughout', 'via', 'inside']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'argued', 'noted', 'wrote', 'asked', 'replied', 'explained', 'insisted']);
const MAX_NGRAM = 5;
// "Pirelli spokesman", "Magna shares": words after a name that make it a company or body.
const ORG_CONTEXT = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'executive', 'executives', 'officials', 'shares', 'stock', 'stake', 'unit', 'subsidiary', 'board', 'management', 'employees', 'workers', 'plant', 'plants', 'bid', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'merger', 'shareholders', 'headquarters', 'members', 'leadership', 'statement']);

/** People, organisations and places of one article, linked within it. */
export function findEntities(text: string, structure: ArticleStructure, analysis: Analysis): Mention[] {
  const found: Found[] = [];
  const shouted: Word[][] = [];
  const acronyms = new Map<string, string>();
  for (const s of analysis.sentences) {
    if (s.kind !== 'paragraph' && s.kind !== 'headline') continue;
    const words = sentenceWords(text, s);
    if (isShouting(words)) {
      shouted.push(words);
      continue;
    }
    for (const chunk of chunkWords(words)) for (const c of segment(chunk)) found.push({ ...c, sentence: words });
    nationalBodies(words, found);
  }
  const lexicon = buildLexicon(found);
  const sports = isSportsArticle(text, structure);
  for (const f of found) resolve(f, lexicon, sports);
  for (const words of shouted) matchShouted(words, lexicon, found);
  if (sports) teamsFromPlaces(found);

  const raw: RawMention[] = [];
  for (const f of found) {
    if (!f.type) continue;
    const m: RawMention = { type: f.type, start: f.start, end: f.end, text: text.slice(f.start, f.end) };
    if (f.known) m.known = f.known.name;
    if (f.type === 'person') {
      const role = roleOf(text, f);
      if (role) m.role = role;
    }
    if (f.type === 'organization') noteAcronym(text, f, acronyms);
    raw.push(m);
  }
  raw.push(...datelineMentions(text, structure));
  return linkMentions(dropOverlaps(raw), acronyms);
}

/** Lower-case name -> type, from the candidates typed on strong evidence; surnames of full names -> person. */
interface Lexicon {
  types: Map<string, EntityType>;
  /** Last words of people's full names ("iravani", "suu kyi"). */
  surnames: Set<string>;
}

function buildLexicon(found: Found[]): Lexicon {
  const lex: Lexicon = { types: new Map(), surnames: new Set() };
  const votes = new Map<string, Record<EntityType, number>>();
  const vote = (key: string, type: EntityType, n: number) => {
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0 };
    v[type] += n;
    votes.set(key, v);
  };
  for (const f of found) {
    if (!f.type || f.evidence === 'none') continue;
    const key = keyOf(f.words);
    vote(key, f.type, f.evidence === 'strong' ? 3 : 1);
    if (f.type === 'person' && f.words.length >= 2) {
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

/** Types a candidate the article lexicon, its gazetteer entry or its context decide. */
function resolve(f: Found, lex: Lexicon, sports: boolean): void {
  const key = keyOf(f.words);
  // "Jordan" after "Michael Jordan": the surname beats the gazetteer.
  if (f.words.length === 1 && f.type !== 'person' && lex.surnames.has(key) && !f.titled) {
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
  const first = f.words[0];
  const before = f.sentence[first.i - 1];
  const after = f.sentence[f.words[f.words.length - 1].i + 1];
  if (before && LOCATIVE.has(before.lower) && !before.cap) f.type = 'place';
  else if (after && SPEECH.has(after.lower)) f.type = 'person';
  else if (after && !after.cap && ORG_CONTEXT.has(after.lower)) f.type = 'organization';
  // A lone capitalised word mid-sentence: in sports copy usually a team, elsewhere usually a surname.
  else if (f.words.length === 1 && !first.initial && !first.caps) f.type = sports && !hasTag(first, 'Person') ? 'organization' : 'person';
}

/** "the Syrian army", "the Russian government": a demonym and a national body make an organisation. */
function nationalBodies(words: Word[], found: Found[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (!w.cap || !demonymCountry(w.text) || !/^[ \t\u00a0]+$/.test(next.gap)) continue;
    const two = words[i + 2] && /^[ \t\u00a0]+$/.test(words[i + 2].gap) ? `${next.lower} ${words[i + 2].lower}` : '';
    const body = NATIONAL_BODIES.has(two) ? [w, next, words[i + 2]] : NATIONAL_BODIES.has(next.lower) && !next.cap ? [w, next] : null;
    if (!body) continue;
    found.push({ words: body, start: w.start, end: body[body.length - 1].end, type: 'organization', evidence: 'strong', known: null, titled: false, sentence: words });
  }
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

function isSportsArticle(text: string, structure: ArticleStructure): boolean {
  const first = structure.headline ? text.slice(structure.headline.start, structure.headline.end) : text.slice(0, 60);
  return SPORTS_HEADINGS.test(first.trimStart());
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

function roleOf(text: string, f: Found): string | null {
  const first = f.words[0].i;
  const last = f.words[f.words.length - 1].i;
  return roleBefore(text, f.sentence, first) ?? roleBeforeComma(text, f.sentence, first) ?? roleAfter(text, f.sentence, last);
}

/** "Mehr News Agency (MNA)": the acronym in brackets after an organisation's name. */
function noteAcronym(text: string, f: Found, acronyms: Map<string, string>): void {
  const m = /^[ \t\u00a0]*\((\p{Lu}[\p{Lu}.&]{1,9})\)/u.exec(text.slice(f.end, f.end + 16));
  if (m && f.words.length > 1) acronyms.set(canonicalKey(m[1]), spaced(text.slice(f.start, f.end)));
}

/** The dateline's place ("TEHRAN") and agency ("MNA") as mentions. */
function datelineMentions(text: string, structure: ArticleStructure): RawMention[] {
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
function dropOverlaps(ms: RawMention[]): RawMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
