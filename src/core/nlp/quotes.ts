import type { ArticleStructure, Mention, Quote } from '../model';
import type { Analysis } from './analysis';
import { giveFirstPersonToAuthor } from './authorVoice';
import { findDirectQuotes } from './directQuotes';
import { headlineIndirectQuotes } from './headlines';
import { findIndirectQuotes } from './indirectQuotes';
import { buildContext } from './quoteContext';
import { findMarkedQuotes } from './quoteMarks';
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
  const quotes = [...direct, ...indirect, ...headlines].sort((a, b) => a.start - b.start).map(withoutMarkSpeaker);
  return giveFirstPersonToAuthor(text, structure, quotes, findMarkedQuotes(text, structure.blocks));
}

/** A "speaker" written without a letter (a quote mark, a dash, "18%") is a misread: the quote has none. */
export function withoutMarkSpeaker(q: Quote): Quote {
  return q.speaker && !/\p{L}/u.test(q.speaker.text) ? { ...q, speaker: null } : q;
}
