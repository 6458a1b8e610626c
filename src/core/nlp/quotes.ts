import type { ArticleStructure, Mention, Quote } from '../model';
import type { Analysis } from './analysis';
import { findDirectQuotes } from './directQuotes';
import { headlineIndirectQuotes } from './headlines';
import { findIndirectQuotes } from './indirectQuotes';
import { buildContext } from './quoteContext';
import { buildResolver } from './speakers';

/**
 * Direct and indirect quotes with their speakers and cues.
 * Direct quotes: Quote.start/end include the quote marks (see quoteMarks.ts); indirect quotes: the reported content.
 * One linear pass over the tokens of the single compromise analysis; compromise is not called again.
 */
export function findQuotes(text: string, structure: ArticleStructure, analysis: Analysis, mentions: Mention[]): Quote[] {
  const ctx = buildContext(text, structure, analysis);
  const resolver = buildResolver(ctx, mentions);
  const direct = findDirectQuotes(ctx, resolver);
  const indirect = findIndirectQuotes(ctx, resolver, direct);
  const headlines = headlineIndirectQuotes(resolver, text, structure.blocks, direct);
  return [...direct, ...indirect, ...headlines].sort((a, b) => a.start - b.start);
}
