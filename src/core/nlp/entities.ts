// People, organisations, places and other names (MISC) of one article, as the learned tagger reads them:
// the rules' findings (./ruleEntities) are features of the words, the model (./tagger) decides. Then the
// titles written with people, acronyms written with organisations, the dateline's place and agency, and
// linking within the article.
import { ENTITY_TYPES, type ArticleStructure, type EntityType, type Mention } from '../model';
import { qualifyFromContext } from '../articleLinks/contextQualifier';
import { linkMentions, type RawMention } from '../articleLinks/linker';
import type { Analysis } from './analysis';
import { demonymCountry, isTitleWord, lookupKnown } from './gazetteer';
import { noteAcronym, roleAround } from './mentionDetails';
import { datelineMentions, dropOverlaps, nationalBodySpans, ruleEntities } from './ruleEntities';
import { nerModel, type NerModel } from './tagger/nerModel';
import { taggedNames, tagSentences, type TaggedName, type TaggerParts } from './tagger/tagSentences';
import type { TaggerView } from './tagger/taggerInput';
import { taggerViews } from './tagger/taggerViews';

const ENGINE_TYPES: ReadonlySet<string> = new Set<string>(ENTITY_TYPES);

/** People, organisations, places and other names (misc) of one article, linked within it. */
export function findEntities(text: string, structure: ArticleStructure, analysis: Analysis): Mention[] {
  const model = nerModel();
  const sentences = taggerViews(text, analysis, ruleEntities(text, structure, analysis));
  const names = withNationalBodies(sentences, taggedNames(sentences, tagSentences(sentences, taggerParts(model)), model.scheme));
  const acronyms = new Map<string, string>();
  const raw = names.filter((n) => ENGINE_TYPES.has(n.type) && !onlyTitles(text, n) && !isGluedLabel(text, n)).map((n) => rawMention(text, n, acronyms));
  // The dateline's place and agency, where the tagger found nothing there ("TEHRAN, Jul. 19 (MNA) –").
  raw.push(...datelineMentions(text, structure).filter((d) => !raw.some((m) => m.start < d.end && d.start < m.end)));
  // "Iran's Supreme National Security Council": a place written with an organisation's name qualifies it.
  return linkMentions(qualifyFromContext(text, dropOverlaps(raw), demonymCountry), acronyms);
}

/**
 * "the Syrian army", "the Russian foreign ministry": NewsLens lists a nation's army, government or ministry
 * among organisations (who acts in the story), where CoNLL's annotation, which the tagger learned, marks
 * only the adjective, as MISC. Such a span replaces what the tagger found inside it.
 */
function withNationalBodies(sentences: readonly TaggerView[], names: TaggedName[]): TaggedName[] {
  const bodies: TaggedName[] = [];
  for (const s of sentences) {
    if (s.kind !== 'paragraph' && s.kind !== 'headline') continue;
    for (const [first, last] of nationalBodySpans(s.words)) bodies.push({ type: 'organization', start: s.words[first].start, end: s.words[last].end, sentence: s.words, first, last });
  }
  if (!bodies.length) return names;
  return [...names.filter((n) => !bodies.some((b) => n.start < b.end && b.start < n.end)), ...bodies];
}

/** The parts of a loaded model the decoder uses. */
export function taggerParts(model: NerModel): TaggerParts {
  return { scheme: model.scheme, lexicon: model.lexicon, first: model.first, families: model.header.families, second: model.second };
}

/** "Iran PressEurope:": a section label scraped onto the outlet's name (split off in analysis) names nothing. */
function isGluedLabel(text: string, n: TaggedName): boolean {
  return n.first === n.last && n.first > 0 && n.sentence[n.first].gap === '' && text[n.end] === ':';
}

/**
 * "Rep.", "Sen.", "Gov." alone: an abbreviated title with no name names nobody. (Titles written in full
 * can be names: "Major", "King".)
 */
function onlyTitles(text: string, n: TaggedName): boolean {
  for (let i = n.first; i <= n.last; i++) {
    const w = n.sentence[i];
    if (!isTitleWord(w.lower) || text[w.end] !== '.') return false;
  }
  return true;
}

/** A person's name without the titles written at its head ("Mr." of "Mr. Obama", "Author"): they are its role. */
function withoutTitles(n: TaggedName): TaggedName {
  let first = n.first;
  while (first < n.last && isTitleWord(n.sentence[first].lower)) first++;
  return first === n.first ? n : { ...n, first, start: n.sentence[first].start };
}

/**
 * "Iran-Russia cooperation", "U.S.-China trade": two countries joined by a hyphen name a relation between them,
 * not a place (CoNLL's annotation marks such a word MISC, as it does "German-Israeli").
 */
function isCountryPair(text: string): boolean {
  const parts = text.split('-');
  return parts.length === 2 && parts.every((p) => lookupKnown(p)?.kind === 'country');
}

function rawMention(text: string, tagged: TaggedName, acronyms: Map<string, string>): RawMention {
  const type = (tagged.type === 'place' && isCountryPair(text.slice(tagged.start, tagged.end)) ? 'misc' : tagged.type) as EntityType;
  const n = type === 'person' ? withoutTitles(tagged) : tagged;
  const m: RawMention = { type, start: n.start, end: n.end, text: text.slice(n.start, n.end) };
  const known = lookupKnown(m.text);
  if (known && known.type === type) m.known = known.name;
  if (type === 'person') {
    const role = roleAround(text, n.sentence, n.first, n.last);
    if (role) m.role = role;
  }
  if (type === 'organization') noteAcronym(text, { start: n.start, end: n.end, words: n.sentence.slice(n.first, n.last + 1) }, acronyms);
  return m;
}
