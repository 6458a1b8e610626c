// The shared types of the engine. Offsets are JavaScript string indices into the decoded text, end exclusive.

/** A half-open range [start, end) of the article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a mention names. `misc` covers the other proper names a NER tagger finds (CoNLL's MISC): laws and
 * treaties, events, products, nationalities, diseases ("Brexit", "JCPOA", "COVID-19", "Christmas").
 */
export type EntityType = 'person' | 'organization' | 'place' | 'misc';

/** Every entity type, in the order the docs, schemas and views list them. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

/** Only people and organisations speak: a place or a misc name ("Brexit") is never a quote's speaker. */
export function canSpeak(type: EntityType): type is 'person' | 'organization' {
  return type === 'person' || type === 'organization';
}

/** One occurrence of a named thing in the text. */
export interface Mention extends Span {
  type: EntityType;
  /** Always equal to text.slice(start, end). */
  text: string;
  /** Stable id shared by every mention of the same entity among the documents annotated together. */
  entity: string;
  /** Canonical (fullest) name of the entity. */
  name: string;
  /** Title written with this mention (pre-nominal chain or appositive), if any. */
  role?: string;
  /**
   * Set on a description of an office ("the Russian president") that the corpus resolved to the person who held
   * it at the article's date: the office, e.g. "president of Russia". Only in a corpus index's annotations.
   */
  office?: string;
}

/** Where a quote's speaker was found and who that is. */
export interface Speaker extends Span {
  entity: string | null;
  /**
   * Who speaks, canonical; null when the text names nobody the engine could resolve (a pronoun, "who", a
   * description such as "officials"): the written words stay in text and the span.
   */
  name: string | null;
  text: string;
  /** Why this speaker was chosen, e.g. "pronoun 'He' resolved to the last person named as subject". */
  reason?: string;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  text: string;
  speaker: Speaker | null;
  cue: (Span & { text: string }) | null;
  /** The attribution rule that found the quote (a name of QUOTE_RULES in nlp/quoteRules.ts: "according-to"). */
  rule: string;
}

export interface Dateline extends Span {
  text: string;
  place: string | null;
  date: string | null;
  agency: string | null;
}

/** How a stretch of the article is used; boilerplate yields no entities. */
export type BlockKind = 'headline' | 'dateline' | 'paragraph' | 'boilerplate' | 'related';

export interface Block extends Span {
  kind: BlockKind;
}

/** The article's layout, found before any NLP runs. */
export interface ArticleStructure {
  title: string;
  headline: Span | null;
  dateline: Dateline | null;
  blocks: Block[];
}

/** Everything the engine says about one document: the CLI's JSON contract. */
export interface ArticleAnnotations {
  file: string;
  title: string;
  dateline: Dateline | null;
  entities: Mention[];
  quotes: Quote[];
}
