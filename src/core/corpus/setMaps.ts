// Maps of sets, the shape of every reverse index of the corpus (surname -> ids, office -> documents).

/** Adds value to the set under key, creating it. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Removes value from the set under key, dropping the set when it empties. */
export function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set?.delete(value) && !set.size) map.delete(key);
}
