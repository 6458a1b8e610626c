// Within-document linking of organisations that differ only by a place qualifier. "Supreme National
// Security Council of Iran", "Iran's Supreme National Security Council" and a bare "Supreme National Security
// Council" in one article are one council, named "Supreme National Security Council of Iran". A bare name
// joins a qualified one only when the article qualifies it with exactly one place: with both "Ministry of
// Defence of Iran" and "Ministry of Defence of Russia", a bare "Ministry of Defence" stays as it is (the
// corpus then leaves it unlinked too, as it sees two qualified forms).
import { canonicalKey } from '../text/nameKeys';
import { qualify, qualifiedName, splitQualifier, addPlace, type PlaceNames, type Qualified, type QualifierHow } from './qualifiers';
import type { RawMention } from './rawMention';

// Which form names a group: what the article writes, else "<base> of <place>" made from an "of" or a
// possessive. A demonym or place before the span gives no name: it is often part of the name itself
// ("Iraqi National Congress", "American Enterprise Institute" marked without their first word), so it only
// joins a group the article names otherwise ("the Russian Ministry of Defence" -> "Ministry of Defence of Russia").
const RANK: Record<QualifierHow, number> = { written: 3, of: 2, possessive: 2, prefix: 0 };

/** Renames the organisations of `ms` (canonical names in `names`, same order) that a place qualifies. */
export function linkQualified(ms: RawMention[], names: string[]): void {
  const places: PlaceNames = new Map();
  ms.forEach((m, i) => {
    if (m.type === 'place') addPlace(places, m.text, names[i]);
  });
  if (!places.size) return;
  const quals = ms.map((m, i) => (m.type === 'organization' ? qualifierOf(m, names[i], places) : null));
  const groups = groupNames(quals, names);
  ms.forEach((m, i) => {
    if (m.type !== 'organization') return;
    const q = quals[i];
    const forms = groups.get(q ? q.baseKey : canonicalKey(names[i]));
    // A qualified name keeps its place: "Russia's Ministry of Defence" never joins "... of Iran".
    if (q) names[i] = forms?.get(q.placeKey) ?? names[i];
    else if (forms?.size === 1) names[i] = forms.values().next().value!;
  });
}

function qualifierOf(m: RawMention, name: string, places: PlaceNames): Qualified | null {
  return splitQualifier(name, places) ?? (m.qualifier ? qualify(name, m.qualifier.place, places, m.qualifier.how) : null);
}

/** Base key -> place key -> the name of that organisation, from its best-ranked form (RANK). */
function groupNames(quals: (Qualified | null)[], names: string[]): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  const ranks = new Map<string, number>();
  quals.forEach((q, i) => {
    if (!q || !RANK[q.how]) return;
    const id = `${q.baseKey}|${q.placeKey}`;
    if ((ranks.get(id) ?? 0) >= RANK[q.how]) return;
    ranks.set(id, RANK[q.how]);
    const forms = groups.get(q.baseKey) ?? new Map<string, string>();
    groups.set(q.baseKey, forms);
    forms.set(q.placeKey, q.how === 'written' ? names[i] : qualifiedName(q));
  });
  return groups;
}
