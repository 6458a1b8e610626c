// Helpers to ship word lists compactly: entries separated by '|' (multiword names keep their spaces).

/** The entries of a '|'-separated list, trimmed, blanks dropped. */
export function list(source: string): string[] {
  return source.split('|').map((s) => s.trim()).filter(Boolean);
}

/** A lower-case lookup set of a '|'-separated list. */
export function lowerSet(source: string): Set<string> {
  return new Set(list(source).map((s) => s.toLowerCase()));
}

/** The lookup key of a name: lower case, dots dropped, spacing normalised, British -isation spelt -ization. */
export function gazetteerKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/[\s\u00a0]+/g, ' ').replace(/isation\b/g, 'ization').trim();
}

/** Lower-case key -> canonical form, from "Canonical=alias1=alias2|..." entries (aliases only when asked). */
export function aliasMap(source: string, includeCanonical = true): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of list(source)) {
    const [canonical, ...aliases] = entry.split('=').map((s) => s.trim());
    if (includeCanonical) map.set(gazetteerKey(canonical), canonical);
    for (const a of aliases) map.set(gazetteerKey(a), canonical);
  }
  return map;
}
