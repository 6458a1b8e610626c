// Resolving a description ("The Iranian security official", "The Russian envoy", "the visiting envoy") to
// the person the article gave a matching role: its head noun must match the role (or be a generic word such
// as "official"), and a nationality in it must match the role or the person's country words.
import type { Mention } from '../model';
import { COUNTRIES, DEMONYMS } from './gazetteer';

// Head nouns that fit any role: "the official", "the diplomat".
const GENERIC = new Set(['official', 'officials', 'diplomat', 'leader', 'politician', 'figure', 'source', 'representative', 'delegate']);
const SKIP = new Set(['the', 'a', 'an', 'this', 'that', 'visiting', 'senior', 'top', 'former', 'said', 'also', 'further']);

function words(s: string): string[] {
  return s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}-]+/u).filter(Boolean);
}

/** Country words a nationality stands for: "iranian" -> {"iranian", "iran"}. */
function nationality(word: string): string[] | null {
  const country = DEMONYMS.get(word) ?? (COUNTRIES.has(word) ? COUNTRIES.get(word)! : null);
  return country ? [word, ...words(country)] : null;
}

/** The person whose role matches a description like "The Russian envoy", nearest before `before`; null if none. */
export function resolveDescription(description: string, mentions: Mention[], before: number): Mention | null {
  const ws = words(description).filter((w) => !SKIP.has(w));
  if (!ws.length) return null;
  const head = ws[ws.length - 1];
  const modifiers = ws.slice(0, -1);
  const nations = modifiers.map(nationality).filter((n): n is string[] => n !== null);
  const others = modifiers.filter((w) => !nationality(w));
  let best: Mention | null = null;
  let bestScore = 0;
  // Roles are written once; the person's later mentions carry the same entity id.
  const roles = new Map<string, string>();
  for (const m of mentions) if (m.type === 'person' && m.role && m.start < before) roles.set(m.entity, `${roles.get(m.entity) ?? ''} ${m.role}`);
  for (const m of mentions) {
    if (m.type !== 'person' || m.start >= before) continue;
    const role = roles.get(m.entity);
    if (!role) continue;
    const rw = new Set(words(role));
    const headFits = rw.has(head) || rw.has(head.replace(/s$/, '')) || GENERIC.has(head);
    if (!headFits) continue;
    if (nations.some((n) => !n.some((w) => rw.has(w)))) continue;
    let score = 1 + (rw.has(head) ? 2 : 0) + nations.length * 2 + others.filter((w) => rw.has(w)).length;
    // The nearest fitting person wins ties.
    score += m.start / (before + 1);
    if (score >= bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
