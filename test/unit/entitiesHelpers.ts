// Shared by the entity tests: runs structure, analysis and entity extraction (not the quote engine).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticle } from '../../src/core/article/structure';
import { analyse } from '../../src/core/nlp/analysis';
import { findEntities } from '../../src/core/nlp/entities';
import type { EntityType, Mention } from '../../src/core/model';

export function entitiesOf(text: string): Mention[] {
  const structure = parseArticle(text);
  return findEntities(text, structure, analyse(text, structure));
}

export function seed(name: string): string {
  return readFileSync(resolve(__dirname, '../../../seeds', name), 'utf8');
}

/** Mentions of a type whose text is exactly s. */
export function named(ms: Mention[], type: EntityType, s: string): Mention[] {
  return ms.filter((m) => m.type === type && m.text.replace(/\u00a0/g, ' ') === s);
}
