// A sorted list that takes changes cheaply and sorts lazily: changes are buffered by key and merged in
// one linear pass when the list is next read, so a corpus-wide ordering costs O(n + k log k) after k
// changes instead of a full sort.

/** Items kept sorted by `compare`, each with a unique key. */
export class SortedList<T> {
  private items: T[] = [];
  /** key -> new item, or null when removed; applied on the next read. */
  private changes = new Map<string, T | null>();

  constructor(private readonly compare: (a: T, b: T) => number, private readonly key: (item: T) => string) {}

  /** Adds or replaces the item with this item's key. */
  set(item: T): void {
    this.changes.set(this.key(item), item);
  }

  /** Removes the item with this key, if any. */
  delete(key: string): void {
    this.changes.set(key, null);
  }

  /** The items in order (do not modify the array). */
  all(): readonly T[] {
    if (!this.changes.size) return this.items;
    const added: T[] = [];
    for (const item of this.changes.values()) if (item !== null) added.push(item);
    added.sort(this.compare);
    const kept = this.items.filter((item) => !this.changes.has(this.key(item)));
    const merged: T[] = new Array(kept.length + added.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length && j < added.length) merged[k++] = this.compare(kept[i], added[j]) <= 0 ? kept[i++] : added[j++];
    while (i < kept.length) merged[k++] = kept[i++];
    while (j < added.length) merged[k++] = added[j++];
    this.items = merged;
    this.changes = new Map();
    return merged;
  }
}
