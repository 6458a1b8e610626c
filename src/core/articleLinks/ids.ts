import type { EntityType } from '../model';

/** Lower-case ASCII slug of a name: accents dropped, other characters runs turned into '-'. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’]/g, '').replace(/[^a-z0-9\p{L}]+/gu, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

/** Stable id of an entity from its type and canonical name: "person:vladimir-putin". Same in every document. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type}:${slug(canonicalName)}`;
}
