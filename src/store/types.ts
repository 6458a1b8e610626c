// What the store holds, in the shapes the loader writes and the queries read. Offsets are UTF-16 code unit
// indices into the article text, end exclusive, exactly as in the CLI's JSON (not PostgreSQL's character
// positions: an astral character counts 2 here and 1 in SQL's substring()).
import type { EntityType, QuoteKind } from '../core/model';

/** One entity mention of an article, as a row of `mentions` (the entity's type and name go to `entities`). */
export interface StoreMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The entity id: the same id in every article it is linked in (the corpus index's or the Dask job's). */
  entity: string;
  /** The entity's canonical name as this article's annotations give it. */
  name: string;
  role: string | null;
}

/** One quote of an article, as a row of `quotes`. */
export interface StoreQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  rule: string | null;
  speakerText: string | null;
  speakerEntity: string | null;
  speakerName: string | null;
}

/** One article and its rows: what `newslens load` writes in one go, and replaces as a whole. */
export interface StoreArticle {
  /** The article's key: its path as given to the CLI, or its URL (else its id) for streamed records. */
  file: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  /** The text, when the loader had it (article files; records that carry "text"); else null. */
  text: string | null;
  /** Decides "unchanged": the hash of the text for article files, of the annotation record otherwise. */
  hash: string;
  mentions: StoreMention[];
  quotes: StoreQuote[];
}

/** What loading a batch did. */
export interface LoadCounts {
  /** Articles new to the store. */
  added: number;
  /** Articles whose hash had changed: their old rows were replaced. */
  replaced: number;
  /** Articles with the same hash as in the store: left as they were. */
  unchanged: number;
  mentions: number;
  quotes: number;
}

export function emptyCounts(): LoadCounts {
  return { added: 0, replaced: 0, unchanged: 0, mentions: 0, quotes: 0 };
}

export function addCounts(into: LoadCounts, more: LoadCounts): void {
  into.added += more.added;
  into.replaced += more.replaced;
  into.unchanged += more.unchanged;
  into.mentions += more.mentions;
  into.quotes += more.quotes;
}
