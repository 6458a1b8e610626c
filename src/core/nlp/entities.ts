import type { ArticleStructure, Mention } from '../model';
import type { Analysis } from './analysis';

/** People, organisations and places of one article, linked within it (placeholder: to be built). */
export function findEntities(_text: string, _structure: ArticleStructure, _analysis: Analysis): Mention[] {
  return [];
}
