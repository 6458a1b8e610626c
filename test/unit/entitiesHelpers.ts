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

/**
 * The person, organisation and place mentions as "type:text", in text order (other names, misc, left out),
 * all of them or those inside `range`: compared whole, so that a missing mention and a spurious one both fail.
 */
export function mentions(ms: Mention[], range?: { start: number; end: number }): string[] {
  return ms.filter((m) => m.type !== 'misc' && (!range || (m.start >= range.start && m.end <= range.end)))
    .map((m) => `${m.type}:${m.text.replace(/\u00a0/g, ' ')}`);
}

/** Where the line of `text` that contains `part` lies. */
export function lineWith(text: string, part: string): { start: number; end: number } {
  const at = text.indexOf(part);
  if (at === -1) throw new Error(`'${part}' not in the text`);
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at) + 1, end: end === -1 ? text.length : end };
}
