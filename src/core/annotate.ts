import type { ArticleAnnotations, ArticleStructure } from './model';
import { parseArticle } from './article/structure';
import { articleWindows, joinWindows, WINDOW, type WindowReading } from './articleWindows';
import { analyse } from './nlp/analysis';
import { findEntities } from './nlp/entities';
import { findQuotes } from './nlp/quotes';

export interface AnnotateOptions {
  /**
   * Called after each window of a huge article (articleWindows.ts). The CLI and the index workers pass a full
   * garbage collection: V8 otherwise lets the garbage of earlier windows pile up, and the process's memory
   * grows with the file after all.
   */
  afterWindow?: () => void;
}

/** Runs the whole engine on one article's decoded text (a huge one window by window, see articleWindows.ts). */
export function annotateText(text: string, file = '', options: AnnotateOptions = {}): ArticleAnnotations {
  const structure = parseArticle(text);
  const { entities, quotes } = text.length <= WINDOW ? read(text, structure) : inWindows(text, structure, options);
  return { file, title: structure.title, dateline: structure.dateline, entities, quotes };
}

function inWindows(text: string, structure: ArticleStructure, options: AnnotateOptions): WindowReading {
  return joinWindows(articleWindows(text, structure).map((w) => {
    const reading = read(text, w);
    options.afterWindow?.();
    return reading;
  }));
}

function read(text: string, structure: ArticleStructure): WindowReading {
  const analysis = analyse(text, structure);
  const entities = findEntities(text, structure, analysis);
  return { entities, quotes: findQuotes(text, structure, analysis, entities) };
}
