import { createHash } from 'node:crypto';

/** Hex SHA-1 of a document's decoded text: the key under which its annotations are cached. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
