// Finds many fixed names in a text in one pass: the text's words are looked up in a map from each name's
// first word, and only the few names starting with that word are compared. Cost: linear in the text,
// whatever the number of names. Matches are whole-word, case-sensitive, leftmost and then longest.

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

/** True when s has a letter or a digit (a name without one can never be found as a word). */
export function hasWordCharacter(s: string): boolean {
  return WORD_CHAR.test(s);
}

/** True when the character starting at i (a whole code point) is a letter, digit or mark. */
function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** True when the character ending just before i is a letter, digit or mark. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return wordAt(text, from);
}

interface Candidate<T> {
  name: string;
  /** Offset of the first word within the name (a name may start with punctuation: "#MeToo"). */
  offset: number;
  value: T;
}

export interface NameMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** A set of names, each with a value, to find in texts. */
export class NameMatcher<T> {
  private readonly byFirstWord = new Map<string, Candidate<T>[]>();
  private readonly names = new Set<string>();
  /** Lists added to since they were last sorted; sorted once before the next find, not on every add. */
  private readonly unsorted = new Set<Candidate<T>[]>();

  /** Number of names. */
  get size(): number {
    return this.names.size;
  }

  /** Adds a name; returns false (changing nothing) when it is already there or has no word in it. */
  add(name: string, value: T): boolean {
    if (this.names.has(name)) return false;
    WORDS.lastIndex = 0;
    const first = WORDS.exec(name);
    if (!first) return false;
    this.names.add(name);
    let list = this.byFirstWord.get(first[0]);
    if (!list) this.byFirstWord.set(first[0], (list = []));
    list.push({ name, offset: first.index, value });
    // Sorting on every add made loading quadratic when many names share a first word (40,000 took 27 s).
    this.unsorted.add(list);
    return true;
  }

  /** Longest first, so that the first candidate matching at a word is the longest one there. The sort is
   * stable, so names of equal length stay in the order they were added, as when each add sorted. */
  private sortLists(): void {
    for (const list of this.unsorted) list.sort((a, b) => b.name.length - a.name.length);
    this.unsorted.clear();
  }

  /** Every occurrence, in text order, none overlapping another. */
  find(text: string): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    if (!this.names.size) return out;
    this.sortLists();
    const words = new RegExp(WORDS.source, 'gu');
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const list = this.byFirstWord.get(m[0]);
      if (!list) continue;
      let best: NameMatch<T> | undefined;
      for (const c of list) {
        const start = m.index - c.offset;
        const end = start + c.name.length;
        if (best && (start > best.start || (start === best.start && end <= best.end))) continue;
        if (start < (out.length ? out[out.length - 1].end : 0) || !text.startsWith(c.name, start)) continue;
        // Whole words only: a name ending in a letter must not run on into another letter.
        if (wordBefore(c.name, c.name.length) && wordAt(text, end)) continue;
        if (c.offset === 0 && wordBefore(text, start)) continue;
        best = { start, end, value: c.value };
      }
      if (best) {
        out.push(best);
        words.lastIndex = best.end;
      }
    }
    return out;
  }
}
