import type { ArticleStructure, Mention, Quote } from '../model';
import type { Analysis } from './analysis';

/** Direct and indirect quotes with their speakers and cues (placeholder: to be built). */
export function findQuotes(_text: string, _structure: ArticleStructure, _analysis: Analysis, _mentions: Mention[]): Quote[] {
  return [];
}
