// The values of a JSON-with-comments text as plain JavaScript values, fast. A syntax-tree node for every
// value (jsonc-parser's parseTree) made a file of 100,000 entities take over a second to read; JSON.parse
// takes a few milliseconds. So one pass of jsonc-parser's scanner checks the syntax, finds the comments
// and trailing commas, and notices duplicate keys and numeric keys; the text without its comments and
// trailing commas then goes to JSON.parse. A file with duplicate keys (JSON.parse keeps only the last,
// the reader warns about each) or numeric keys (JavaScript lists those first, not in the order written)
// is read from the syntax tree instead, each object as a Properties. Where a value is written is looked
// up afterwards in the syntax tree, made then if need be, and only for the values a warning is about.
import { parseTree, visit, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';

export type JsonPath = (string | number)[];

/** An object's properties in the order written, duplicates included. */
export class Properties {
  constructor(readonly keys: string[], readonly values: unknown[]) {}
}

/** What a text holds: its value (undefined when it has none, or has syntax errors) and its syntax errors. */
export interface JsonValues {
  root: unknown;
  errors: ParseError[];
  /** Where the value at `path` (or, with `key`, the key of that object's property number `key`) is written. */
  locate(path: JsonPath, key?: number): { offset: number; length: number } | undefined;
}

const OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };

/** Objects hold at most this many keys before their duplicates are looked for in a set rather than a list. */
const FEW_KEYS = 16;

/** "object" for a plain object or a Properties, else "array", "string", "number", "boolean" or "null". */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** An object's values by key; of duplicate keys the last counts, as in JSON.parse. */
export interface PropertyValues {
  has(key: string): boolean;
  get(key: string): unknown;
}

/** A plain object's own values (never those of its prototype: a key may be "constructor"). */
class OwnValues implements PropertyValues {
  constructor(private readonly record: Record<string, unknown>) {}
  has(key: string): boolean { return Object.hasOwn(this.record, key); }
  get(key: string): unknown { return Object.hasOwn(this.record, key) ? this.record[key] : undefined; }
}

/** Calls `each` with every key of an object (plain or Properties) in the order written, saying whether it
 * repeats an earlier one; returns the object's values by key. */
export function readProperties(obj: object, each: (key: string, index: number, repeated: boolean) => void): PropertyValues {
  if (obj instanceof Properties) {
    const values = new Map<string, unknown>();
    obj.keys.forEach((k, i) => {
      each(k, i, values.has(k));
      values.set(k, obj.values[i]);
    });
    return values;
  }
  // Plain objects come from JSON.parse only when no key repeats and none is numeric (see readJsonValues).
  Object.keys(obj).forEach((k, i) => each(k, i, false));
  return new OwnValues(obj as Record<string, unknown>);
}

/** Reads a text; throws a RangeError when it is nested too deeply for the parser's recursion. */
export function readJsonValues(source: string): JsonValues {
  const scan = scanText(source);
  let tree: Node | undefined;
  const locate = (path: JsonPath, key?: number) => {
    tree ??= treeOf(source);
    const node = nodeAt(tree, key === undefined ? path : path.slice(0, -1));
    const at = key === undefined ? node : node?.children?.[key]?.children?.[0];
    return at && { offset: at.offset, length: at.length };
  };
  if (scan.errors.length || !scan.hasValue) return { root: undefined, errors: scan.errors, locate };
  if (!scan.irregular) {
    try {
      return { root: JSON.parse(cut(source, scan.cuts)), errors: [], locate };
    } catch { /* something jsonc-parser allows and JSON.parse does not (other white space): read the tree */ }
  }
  tree = parseTree(source, [], OPTIONS);
  return { root: tree && valueOf(tree), errors: [], locate };
}

interface Scan {
  errors: ParseError[];
  hasValue: boolean;
  /** Duplicate or numeric keys: JSON.parse would lose or reorder some. */
  irregular: boolean;
  /** Offset and length of each comment and trailing comma, in order. */
  cuts: number[];
}

function scanText(source: string): Scan {
  const scan: Scan = { errors: [], hasValue: false, irregular: false, cuts: [] };
  const keys = new KeysSeen();
  let comma = -1;
  const value = () => { scan.hasValue = true; comma = -1; };
  const end = () => {
    if (comma >= 0) scan.cuts.push(comma, 1);
    comma = -1;
  };
  visit(source, {
    onObjectBegin: () => { value(); keys.open(); },
    onObjectProperty: (name) => {
      comma = -1;
      if (keys.seen(name) || /^\d+$/.test(name)) scan.irregular = true;
    },
    onObjectEnd: () => { end(); keys.close(); },
    onArrayBegin: value,
    onArrayEnd: end,
    onLiteralValue: value,
    onSeparator: (sep, offset) => { if (sep === ',') comma = offset; },
    onComment: (offset, length) => { scan.cuts.push(offset, length); },
    onError: (error, offset, length) => { scan.errors.push({ error, offset, length }); },
  }, OPTIONS);
  return scan;
}

/** The keys of the objects being read, one list per level of nesting, reused (a file has many small objects). */
class KeysSeen {
  private readonly lists: string[][] = [];
  private readonly sets: (Set<string> | undefined)[] = [];
  private depth = -1;

  open(): void {
    this.depth++;
    (this.lists[this.depth] ??= []).length = 0;
    this.sets[this.depth] = undefined;
  }

  close(): void {
    this.depth--;
  }

  /** Records a key of the innermost object; true when that object had it already. */
  seen(key: string): boolean {
    const set = this.sets[this.depth];
    if (set) return set.size === set.add(key).size;
    const list = this.lists[this.depth];
    if (list.includes(key)) return true;
    list.push(key);
    if (list.length > FEW_KEYS) this.sets[this.depth] = new Set(list);
    return false;
  }
}

/** The text with the given spans replaced by a space each. */
function cut(source: string, cuts: number[]): string {
  if (!cuts.length) return source;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(source.slice(from, cuts[i]), ' ');
    from = cuts[i] + cuts[i + 1];
  }
  parts.push(source.slice(from));
  return parts.join('');
}

function treeOf(source: string): Node | undefined {
  try {
    return parseTree(source, [], OPTIONS);
  } catch {
    return undefined; // nested too deeply: the places are unknown, the warnings still given
  }
}

/** A syntax tree's value; objects become Properties. */
function valueOf(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  if (node.type !== 'object') return node.value;
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    keys.push(String(key.value));
    values.push(valueOf(value));
  }
  return new Properties(keys, values);
}

/** The node at a path; of duplicate keys the last counts, as in JSON.parse. */
function nodeAt(root: Node | undefined, path: JsonPath): Node | undefined {
  let node = root;
  for (const step of path) {
    const children = node?.children ?? [];
    if (typeof step === 'number') {
      node = node?.type === 'array' ? children[step] : undefined;
      continue;
    }
    const object = node?.type === 'object';
    node = undefined;
    if (object) for (const prop of children) if (prop.children?.[0]?.value === step) node = prop.children[1];
  }
  return node;
}
