import type { ArticleAnnotations } from './model';
import { parseArticle } from './article/structure';
import { analyse } from './nlp/analysis';
import { findEntities } from './nlp/entities';
import { findQuotes } from './nlp/quotes';

/** Runs the whole engine on one article's decoded text. */
export function annotateText(text: string, file = ''): ArticleAnnotations {
  const structure = parseArticle(text);
  const analysis = analyse(text, structure);
  const entities = findEntities(text, structure, analysis);
  const quotes = findQuotes(text, structure, analysis, entities);
  return { file, title: structure.title, dateline: structure.dateline, entities, quotes };
}
