// The corpus index's public shapes: what the editor and the CLI may ask of it.
import type { ArticleAnnotations, EntityType, Quote, Span } from '../model';
import type { SpeakerGroup } from './speakerGroups';

/** A document as a corpus source hands it over. `path` is the key (an absolute path or a URI string). */
export interface SourceDocument {
  path: string;
  text: string;
}

/** Why two surface entities were judged to be one, so a hover can say so. */
export interface LinkReason {
  kind: 'same-name' | 'surname' | 'variant' | 'qualifier' | 'description' | 'office' | 'acronym' | 'correction';
  /** Human-readable, e.g. "bare surname 'Putin': the corpus has one person of that surname". */
  detail: string;
}

/** One occurrence of an entity in one document, with what a list row needs to show it. */
export interface Appearance extends Span {
  path: string;
  /** 0-based line of `start`. */
  line: number;
  /** 0-based character of `start` within its line (UTF-16 units), so views can place it without opening the file. */
  column: number;
  /** The text as written at this place. */
  text: string;
  /** The line around the mention, shortened to about 100 characters, whitespace folded. */
  snippet: string;
  role?: string;
  /** Set when this mention joined the entity through a corpus-level link. */
  link?: LinkReason;
}

export interface ArticleInfo {
  path: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when the article states one (dateline or timestamp), else null. */
  date: string | null;
  agency: string | null;
}

/** Appearances of one entity in one article. */
export interface ArticleAppearances {
  article: ArticleInfo;
  appearances: Appearance[];
}

export interface RoleSeen {
  role: string;
  path: string;
}

/** A quote in the corpus, with the resolved speaker entity (after corpus-level linking). */
export interface QuoteRecord extends Quote {
  path: string;
  line: number;
  /** The speaker's entity id after corpus linking, or null. */
  speakerEntity: string | null;
  /** Set when the speaker was a description ("the Russian president") linked through the corpus. */
  speakerLink?: LinkReason;
}

/** Everything the editor shows about one entity. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  mentionCount: number;
  articleCount: number;
}

/** A mention found at an offset, with the entity it resolves to across the corpus. */
export interface EntityHit extends Appearance {
  entity: EntitySummary;
}

export type EntityOrder = 'mentions' | 'articles' | 'name';

/** What changed in the corpus, so views can refresh only what they must. */
export interface CorpusChange {
  /** Paths added, updated or removed. */
  paths: string[];
  /** True when some entity of another document now links differently (ids in its annotations changed). */
  linksChanged?: boolean;
}

/** What a subscription returns: call dispose() to stop listening (fits a VS Code subscriptions list). */
export interface Subscription {
  dispose(): void;
}

/** The corpus's size, for a status bar or `newslens index`. */
export interface CorpusStats {
  articles: number;
  /** Corpus entities by type, after cross-document linking. */
  people: number;
  organizations: number;
  places: number;
  /** Other names (laws, events, products, nationalities...): counted, though the views list them only when asked. */
  misc: number;
  quotes: number;
}

/** The questions every view asks. All answer from memory, without re-running NLP. */
export interface CorpusQueries {
  /** The annotations of one document, entity ids already linked across the corpus (shared: do not modify). */
  annotations(path: string): ArticleAnnotations | undefined;
  article(path: string): ArticleInfo | undefined;
  articles(): ArticleInfo[];
  entity(id: string): EntitySummary | undefined;
  /** The mention covering `offset` in the document, or undefined. */
  entityAt(path: string, offset: number): EntityHit | undefined;
  /** The quote covering `offset` in the document, or undefined. */
  quoteAt(path: string, offset: number): QuoteRecord | undefined;
  /** Every appearance of an entity, grouped by article, newest first when articles have dates. */
  appearances(id: string): ArticleAppearances[];
  roles(id: string): RoleSeen[];
  /** The other forms the corpus writes the entity's name in ("Donald J. Trump", "Trump" for Donald Trump), most used first. */
  aliases(id: string): string[];
  quotesBy(id: string): QuoteRecord[];
  /** Speakers with their quotes, most quoted first. */
  speakers(): { speaker: EntitySummary; count: number }[];
  /** Quotes whose speaker is an unnamed source or could not be resolved (speakerGroups.ts), newest first. */
  quotesInGroup(group: SpeakerGroup): QuoteRecord[];
  topEntities(options: { type?: EntityType; by?: EntityOrder; limit?: number }): EntitySummary[];
  /** Entities whose name, or one of whose name's words, starts with the prefix (case-insensitive). */
  searchByPrefix(prefix: string, limit?: number): EntitySummary[];
  /** Entities named in the same articles, with the number of shared articles, most first. */
  cooccurring(id: string, limit?: number): { entity: EntitySummary; articles: number }[];
  /** Counts of articles, linked entities by type and quotes. */
  stats(): CorpusStats;
}
