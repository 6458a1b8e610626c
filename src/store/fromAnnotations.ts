// The CLI's annotation contract (ArticleAnnotations) as store rows: the one place that maps the engine's
// fields to the store's, for article files and for `annotate` records alike.
import type { ArticleAnnotations, Mention, Quote } from '../core/model';
import type { StoreArticle, StoreMention, StoreQuote } from './types';

/** What the annotations do not say about the article, or say less well than the caller. */
export interface ArticleSource {
  text: string | null;
  hash: string;
  /** The key; default: annotations.file. */
  file?: string;
  /** Given by the caller (a record's own "title", "date", "outlet"): these win over the dateline's. */
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
}

export function storeMention(m: Mention): StoreMention {
  return { start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, name: m.name, role: m.role ?? null };
}

export function storeQuote(q: Quote): StoreQuote {
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    cue: q.cue?.text ?? null,
    rule: q.rule ?? null,
    speakerText: q.speaker?.text ?? null,
    speakerEntity: q.speaker?.entity ?? null,
    speakerName: q.speaker?.name ?? null,
  };
}

/** One article's rows from its annotations. */
export function storeArticle(annotations: ArticleAnnotations, source: ArticleSource): StoreArticle {
  return {
    file: source.file ?? annotations.file,
    title: source.title ?? annotations.title ?? null,
    date: source.date ?? annotations.dateline?.date ?? null,
    outlet: source.outlet ?? annotations.dateline?.agency ?? null,
    text: source.text,
    hash: source.hash,
    mentions: annotations.entities.map(storeMention),
    quotes: annotations.quotes.map(storeQuote),
  };
}
