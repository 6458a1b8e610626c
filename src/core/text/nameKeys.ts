// Comparison keys of names, shared by within-article linking (articleLinks/linker.ts, qualifiers.ts), the
// entity rules (nlp) and the corpus (linkKeys.ts): "Supreme National Security Council" and "supreme
// national  security council" meet.
import { spaced } from './spacing';

/** Function words of organisation names: not initials ("Bank of England" -> "be"), not content. */
export const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'de', '&', 'la', 'le', 'du', 'des', 'del']);

/** Lower-case comparison key of a name: spacing, hyphen variants and dots normalised. */
export function canonicalKey(name: string): string {
  return spaced(name).toLowerCase().replace(/[‐‑–]/g, '-').replace(/\./g, '');
}

/** The words of a name's key: "Supreme National Security Council" -> ["supreme", "national", ...]. */
export function keyWords(name: string): string[] {
  return canonicalKey(name).split(' ').filter(Boolean);
}

/** The words of a name that are not function words: "Ministry of Defence" -> ["ministry", "defence"]. */
export function contentWords(name: string): string[] {
  return keyWords(name).filter((w) => !STOP.has(w));
}

/** Initials of an organisation name's content words: "Mehr News Agency" -> "mna". */
export function initials(name: string): string {
  return contentWords(name).map((w) => w[0]).join('');
}
