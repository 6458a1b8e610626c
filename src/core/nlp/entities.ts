// People, organisations, places and other names (MISC) of one article, as the learned tagger reads them:
// the rules' findings (./ruleEntities) are features of the words, the model (./tagger) decides. Then the
// titles written with people, acronyms written with organisations, the dateline's place and agency, and
// linking within the article.
import type { ArticleStructure, EntityType, Mention } from '../model';
import { linkMentions, type RawMention } from '../link/linker';
import type { Analysis } from './analysis';
import { lookupKnown } from './gazetteer';
import { datelineMentions, dropOverlaps, noteAcronym, roleAround, ruleEntities } from './ruleEntities';
import { nerModel, type NerModel } from './tagger/nerModel';
import { taggedNames, tagSentences, type TaggedName, type TaggerParts } from './tagger/tagSentences';
import { taggerSentences } from './tagger/taggerSentences';

const ENGINE_TYPES: ReadonlySet<string> = new Set<EntityType>(['person', 'organization', 'place']);

/** People, organisations and places of one article, linked within it. */
export function findEntities(text: string, structure: ArticleStructure, analysis: Analysis): Mention[] {
  const model = nerModel();
  const sentences = taggerSentences(text, analysis, ruleEntities(text, structure, analysis));
  const names = taggedNames(sentences, tagSentences(sentences, taggerParts(model)), model.scheme);
  const acronyms = new Map<string, string>();
  const raw = names.filter((n) => ENGINE_TYPES.has(n.type)).map((n) => rawMention(text, n, acronyms));
  // The dateline's place and agency, where the tagger found nothing there ("TEHRAN, Jul. 19 (MNA) –").
  raw.push(...datelineMentions(text, structure).filter((d) => !raw.some((m) => m.start < d.end && d.start < m.end)));
  return linkMentions(dropOverlaps(raw), acronyms);
}

/** The parts of a loaded model the decoder uses. */
export function taggerParts(model: NerModel): TaggerParts {
  return { scheme: model.scheme, lexicon: model.lexicon, first: model.first, families: model.header.families, second: model.second, secondPassFamilies: model.header.secondPassFamilies };
}

function rawMention(text: string, n: TaggedName, acronyms: Map<string, string>): RawMention {
  const type = n.type as EntityType;
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
