// Every quote of the covered articles, read once from the index's linked annotations (the speaker's entity is
// already the corpus-level one there, as quotesBy() gives it), and the bounded lists the bars open.
import type { Quote } from '../model';
import type { ArticleInfo, CorpusQueries } from '../corpus/types';
import { speakerGroupOf } from '../corpus/speakerGroups';
import type { QuoteFilter, QuoteList, QuoteRow, SourceGroup } from './types';

export interface QuoteItem {
  article: ArticleInfo;
  quote: Quote;
  /** The speaker's corpus entity, or null. */
  speaker: string | null;
  group: SourceGroup;
}

/** The quote's source group: named (an entity or a name), unnamed, unresolved, or no speaker at all. */
export function groupOf(q: Quote): SourceGroup {
  if (!q.speaker) return 'none';
  return speakerGroupOf({ speaker: q.speaker, speakerEntity: q.speaker.entity }) ?? 'named';
}

/** The quotes of the articles, newest article first and in text order within one (the order of quotesBy). */
export function quoteItems(corpus: CorpusQueries, articles: ArticleInfo[]): QuoteItem[] {
  const out: QuoteItem[] = [];
  for (const article of articles) {
    const quotes = corpus.annotations(article.path)?.quotes ?? [];
    for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
      out.push({ article, quote, speaker: quote.speaker?.entity ?? null, group: groupOf(quote) });
    }
  }
  return out;
}

/** Around this many characters of a quote go into a list row. */
const ROW_TEXT = 200;

function trimmed(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= ROW_TEXT) return flat;
  const cut = flat.lastIndexOf(' ', ROW_TEXT);
  return `${flat.slice(0, cut > ROW_TEXT / 2 ? cut : ROW_TEXT)}…`;
}

/** 0-based line of an offset, from the text's line breaks when the host gives the text. */
function lineOf(text: string | undefined, offset: number): number {
  if (!text) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Builds the report's quote rows, each quote once, and the lists that point into them. */
export class QuoteRows {
  readonly rows: QuoteRow[] = [];
  private readonly index = new Map<Quote, number>();

  constructor(private readonly limit: number, private readonly text?: (path: string) => string | undefined) {}

  list(filter: QuoteFilter, items: QuoteItem[]): QuoteList {
    return { filter, total: items.length, rows: items.slice(0, this.limit).map((it) => this.rowOf(it)) };
  }

  private rowOf(it: QuoteItem): number {
    const known = this.index.get(it.quote);
    if (known !== undefined) return known;
    const q = it.quote;
    this.rows.push({
      path: it.article.path, title: it.article.title, date: it.article.date, line: lineOf(this.text?.(it.article.path), q.start), start: q.start, end: q.end,
      kind: q.kind, text: trimmed(q.text), speaker: q.speaker?.text ?? null, speakerName: q.speaker?.name ?? null,
    });
    this.index.set(q, this.rows.length - 1);
    return this.rows.length - 1;
  }
}

/** Direct and indirect quotes among the items. */
export function kindCount(items: QuoteItem[]): { direct: number; indirect: number } {
  let direct = 0;
  for (const it of items) if (it.quote.kind === 'direct') direct++;
  return { direct, indirect: items.length - direct };
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<K>(items: QuoteItem[], key: (it: QuoteItem) => K): Map<K, QuoteItem[]> {
  const out = new Map<K, QuoteItem[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}
