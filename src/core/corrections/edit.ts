// One-step edits of a corrections file that never lose a hand-made change: each returns the new text of
// the file with only the entry it changes touched, everything else (comments, unknown keys, the order
// and layout of other entries) byte for byte as it was. jsonc-parser finds the places; the new entries
// are laid out like their neighbours (one line each when the neighbours are one line each), because
// jsonc-parser's own formatter would re-flow the neighbouring lines too.
import { applyEdits, findNodeAtLocation, parseTree, printParseErrorCode, type Edit, type Node, type ParseError } from 'jsonc-parser';
import type { EntityType } from '../model';
import { lineOf, lineStarts } from '../text/lineIndex';
import { CORRECTIONS_VERSION, type SpeakerEntry } from './types';

/** The new text of the file, or why it cannot be edited (it must be fixed by hand first). */
export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/** Thrown inside an edit to refuse it; becomes `{ ok: false, reason }`. */
class Refused extends Error {}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One line: `{ "name": "X", "aliases": ["Y"] }`. */
function inline(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(v);
}

/** The file's own layout, so that new entries look like the old ones. */
interface Layout {
  unit: string;
  eol: string;
}

function layoutOf(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let unit = '';
  for (const m of text.matchAll(/\n([ \t]+)\S/g)) {
    const ws = m[1];
    if (ws[0] === '\t') return { unit: '\t', eol };
    if (!unit || ws.length < unit.length) unit = ws;
  }
  return { unit: unit || '  ', eol };
}

/** A parsed corrections file and the edits being made to it. */
class Editor {
  readonly edits: Edit[] = [];
  readonly layout: Layout;
  private starts?: Uint32Array;

  private constructor(readonly text: string, readonly root: Node) {
    this.layout = layoutOf(text);
  }

  /** Parses the file for editing; a blank file starts as `{ "version": 1 }`. */
  static open(original: string): Editor | { reason: string } {
    const text = original.trim() ? original : `{\n  "version": ${CORRECTIONS_VERSION}\n}\n`;
    const errors: ParseError[] = [];
    let root: Node | undefined;
    try {
      root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    } catch {
      return { reason: 'the corrections file is nested too deeply to edit' };
    }
    if (errors.length) {
      const starts = lineStarts(text);
      const line = lineOf(starts, errors[0].offset);
      return { reason: `the corrections file has a JSON syntax error (${printParseErrorCode(errors[0].error)}) at ${line + 1}:${errors[0].offset - starts[line] + 1}; fix it first` };
    }
    if (root?.type !== 'object') return { reason: 'the corrections file is not a JSON object; fix it first' };
    return new Editor(text, root);
  }

  /** The root's array under `key`, created (with `first` in it) when missing; undefined when `first` went into a new array. */
  array(key: string, first: Json): Node | undefined {
    const node = findNodeAtLocation(this.root, [key]);
    if (!node) {
      this.addProperty(this.root, key, [first]);
      return undefined;
    }
    if (node.type !== 'array') throw new Refused(`"${key}" in the corrections file is not an array; fix it first`);
    return node;
  }

  /** The first object of an array that `match` accepts. */
  find(array: Node | undefined, match: (item: Node) => boolean): Node | undefined {
    return array?.children?.find((item) => item.type === 'object' && match(item));
  }

  replace(node: Node, value: Json): void {
    this.edits.push({ offset: node.offset, length: node.length, content: inline(value) });
  }

  /** Sets obj[key], adding the property when it is missing. */
  set(obj: Node, key: string, value: Json): void {
    const node = findNodeAtLocation(obj, [key]);
    if (node) this.replace(node, value);
    else this.addProperty(obj, key, value);
  }

  /** Appends to an array, laid out like its last item. */
  append(array: Node, value: Json): void {
    this.insertItem(array, value, (indent) => (array.children?.some((c) => this.spansLines(c)) ? this.block(value, indent) : inline(value)));
  }

  addProperty(obj: Node, key: string, value: Json): void {
    this.insertItem(obj, value, (indent, multiline) => `${JSON.stringify(key)}: ${multiline ? this.house(value, indent) : inline(value)}`);
  }

  /** Removes one item of an array with the comma that goes with it. */
  removeItem(array: Node, item: Node): void {
    const items = array.children ?? [];
    const i = items.indexOf(item);
    if (items.length === 1) this.edits.push({ offset: item.offset, length: item.length, content: '' });
    else if (i > 0) {
      const prev = items[i - 1];
      this.edits.push({ offset: prev.offset + prev.length, length: item.offset + item.length - prev.offset - prev.length, content: '' });
    } else this.edits.push({ offset: item.offset, length: items[1].offset - item.offset, content: '' });
  }

  result(): EditResult {
    if (!this.edits.length) return { ok: true, text: this.text, changed: false };
    return { ok: true, text: applyEdits(this.text, this.edits), changed: true };
  }

  private insertItem(container: Node, value: Json, render: (indent: string, multiline: boolean) => string): void {
    const { eol, unit } = this.layout;
    const items = container.children ?? [];
    const last = items[items.length - 1];
    if (!this.spansLines(container)) {
      // `["MNA"]` stays on its line: `["MNA", "Mehr"]`; a one-line `{}` or `[]` too, unless it is the whole file.
      if (last) this.edits.push({ offset: last.offset + last.length, length: 0, content: `, ${render('', false)}` });
      else if (container === this.root) {
        this.edits.push({ offset: container.offset + 1, length: container.length - 2, content: `${eol}${unit}${render(unit, true)}${eol}` });
      } else if (container.type === 'array' && isObject(value)) {
        const indent = this.lineIndent(container.offset);
        this.edits.push({ offset: container.offset + 1, length: container.length - 2, content: `${eol}${indent}${unit}${render(indent + unit, false)}${eol}${indent}` });
      } else this.edits.push({ offset: container.offset + 1, length: container.length - 2, content: render('', false) });
      return;
    }
    if (!last) {
      const indent = this.lineIndent(container.offset) + unit;
      this.edits.push({ offset: container.offset + 1, length: 0, content: `${eol}${indent}${render(indent, true)}` });
      return;
    }
    const ownLine = this.startsLine(last);
    const indent = ownLine ? this.lineIndent(last.offset) : '';
    this.edits.push({ offset: last.offset + last.length, length: 0, content: ownLine ? `,${eol}${indent}${render(indent, true)}` : `, ${render(indent, false)}` });
  }

  /** Multi-line, indented: for items of an array whose items span lines. */
  private block(value: Json, indent: string): string {
    return JSON.stringify(value, null, this.layout.unit).split('\n').join(`${this.layout.eol}${indent}`);
  }

  /** The house style of a new top-level value: an array of objects one object a line, anything else on one line. */
  private house(value: Json, indent: string): string {
    if (!Array.isArray(value) || !value.some(isObject)) return inline(value);
    const { eol, unit } = this.layout;
    return `[${value.map((v) => `${eol}${indent}${unit}${inline(v)}`).join(',')}${eol}${indent}]`;
  }

  private spansLines(node: Node): boolean {
    const i = this.text.indexOf('\n', node.offset);
    return i !== -1 && i < node.offset + node.length;
  }

  private lineStart(offset: number): number {
    this.starts ??= lineStarts(this.text);
    return this.starts[lineOf(this.starts, offset)];
  }

  private startsLine(node: Node): boolean {
    return !this.text.slice(this.lineStart(node.offset), node.offset).trim();
  }

  private lineIndent(offset: number): string {
    return /^[ \t]*/.exec(this.text.slice(this.lineStart(offset), offset))![0];
  }
}

function isObject(v: Json): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function stringProp(obj: Node, key: string): string | undefined {
  const v = findNodeAtLocation(obj, [key]);
  return v?.type === 'string' ? (v.value as string) : undefined;
}

function stringItems(obj: Node, key: string): Node[] {
  const arr = findNodeAtLocation(obj, [key]);
  return arr?.type === 'array' ? (arr.children ?? []).filter((c) => c.type === 'string') : [];
}

/** Runs one edit on an opened file; a refusal becomes the result. */
function edit(text: string, change: (ed: Editor) => void): EditResult {
  const ed = Editor.open(text);
  if ('reason' in ed) return { ok: false, reason: ed.reason };
  try {
    change(ed);
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    throw e;
  }
  return ed.result();
}

function entityNamed(ed: Editor, entities: Node | undefined, name: string): Node | undefined {
  return ed.find(entities, (item) => stringProp(item, 'name') === name);
}

/** Adds a value to a string array of an object (creating the array), unless it is there already. */
function addToList(ed: Editor, obj: Node, key: string, value: string): void {
  const arr = findNodeAtLocation(obj, [key]);
  if (!arr) ed.addProperty(obj, key, [value]);
  else if (arr.type === 'array' && !(arr.children ?? []).some((c) => c.value === value)) ed.append(arr, value);
}

/** Removes `surface` from the aliases of every entity but `keep`, and from the ignore list. */
function unclaim(ed: Editor, entities: Node | undefined, surface: string, keep: Node | undefined, fromIgnore: boolean): void {
  for (const e of entities?.children ?? []) {
    if (e === keep || e.type !== 'object') continue;
    const aliases = findNodeAtLocation(e, ['aliases']);
    for (const a of stringItems(e, 'aliases')) if (a.value === surface && aliases) ed.removeItem(aliases, a);
  }
  const ignore = findNodeAtLocation(ed.root, ['ignore']);
  if (fromIgnore && ignore?.type === 'array') for (const s of ignore.children ?? []) if (s.value === surface) ed.removeItem(ignore, s);
}

/**
 * Marks `entity.name` as an entity of that type (Mark as Person / Organisation / Place / Other Name). An
 * entity of that name already listed gets the type and any new aliases and roles; the name leaves the ignore list.
 */
export function addEntity(text: string, entity: { name: string; type: EntityType; aliases?: string[]; roles?: string[] }): EditResult {
  return edit(text, (ed) => {
    const value: Record<string, Json> = { name: entity.name, type: entity.type };
    if (entity.aliases?.length) value.aliases = entity.aliases;
    if (entity.roles?.length) value.roles = entity.roles;
    const entities = ed.array('entities', value);
    const existing = entityNamed(ed, entities, entity.name);
    if (existing) {
      if (stringProp(existing, 'type') !== entity.type) ed.set(existing, 'type', entity.type);
      for (const a of entity.aliases ?? []) addToList(ed, existing, 'aliases', a);
      for (const r of entity.roles ?? []) addToList(ed, existing, 'roles', r);
    } else if (entities) ed.append(entities, value);
    unclaim(ed, entities, entity.name, existing, true);
  });
}

/**
 * Merges `alias` into the entity named `name` (Merge with…). When no entity of that name is listed yet, one
 * is added with `type`. The alias leaves any other entity that listed it.
 */
export function addAlias(text: string, name: string, alias: string, type: EntityType): EditResult {
  if (alias === name) return addEntity(text, { name, type });
  return edit(text, (ed) => {
    const entities = ed.array('entities', { name, type, aliases: [alias] });
    const existing = entityNamed(ed, entities, name);
    if (existing) addToList(ed, existing, 'aliases', alias);
    else if (entities) ed.append(entities, { name, type, aliases: [alias] });
    unclaim(ed, entities, alias, existing, false);
  });
}

/**
 * Gives an entity a new canonical name (Rename Entity). A listed entity keeps its old name as an alias, so
 * the text's old spelling still finds it; an entity only the engine knows is added with `type`.
 */
export function renameEntity(text: string, oldName: string, newName: string, type: EntityType): EditResult {
  if (oldName === newName) return edit(text, () => {});
  return edit(text, (ed) => {
    const entities = ed.array('entities', { name: newName, type, aliases: [oldName] });
    const existing = entityNamed(ed, entities, oldName);
    const clash = entityNamed(ed, entities, newName);
    if (clash && clash !== existing) throw new Refused(`an entity named "${newName}" is already listed; merge the two instead`);
    if (!existing) {
      if (entities) ed.append(entities, { name: newName, type, aliases: [oldName] });
      return;
    }
    ed.set(existing, 'name', newName);
    const aliases = findNodeAtLocation(existing, ['aliases']);
    const asAlias = stringItems(existing, 'aliases').find((a) => a.value === newName);
    if (asAlias && aliases) {
      // The new name was an alias: it becomes the name and the old name takes its place in the list.
      ed.replace(asAlias, oldName);
    } else addToList(ed, existing, 'aliases', oldName);
  });
}

/**
 * Changes the type of the entity written or named `name`: a listed entity gets the new type, anything
 * else gets a `retype` entry (replacing an earlier one for the same text).
 */
export function setType(text: string, name: string, type: EntityType): EditResult {
  return edit(text, (ed) => {
    const entities = findNodeAtLocation(ed.root, ['entities']);
    const existing = entities?.type === 'array' ? entityNamed(ed, entities, name) : undefined;
    if (existing) {
      if (stringProp(existing, 'type') !== type) ed.set(existing, 'type', type);
      return;
    }
    const retype = ed.array('retype', { text: name, type });
    const entry = ed.find(retype, (item) => stringProp(item, 'text') === name);
    if (entry) {
      if (stringProp(entry, 'type') !== type) ed.set(entry, 'type', type);
    } else if (retype) ed.append(retype, { text: name, type });
  });
}

/** Never annotate this surface text (Not an Entity). */
export function addIgnore(text: string, surface: string): EditResult {
  return edit(text, (ed) => {
    const ignore = ed.array('ignore', surface);
    if (ignore && !(ignore.children ?? []).some((c) => c.value === surface)) ed.append(ignore, surface);
  });
}

/** Sets the speaker of the quotes of a file containing a snippet (Set Quote Speaker…); replaces an entry for the same file and snippet. */
export function setSpeaker(text: string, entry: SpeakerEntry): EditResult {
  const value = { file: entry.file, quote: entry.quote, speaker: entry.speaker };
  return edit(text, (ed) => {
    const speakers = ed.array('speakers', value);
    const existing = ed.find(speakers, (item) => stringProp(item, 'file') === entry.file && stringProp(item, 'quote') === entry.quote);
    if (existing) {
      const current = findNodeAtLocation(existing, ['speaker']);
      if (!current || current.value !== entry.speaker || current.type !== (entry.speaker === null ? 'null' : 'string')) ed.set(existing, 'speaker', entry.speaker);
    } else if (speakers) ed.append(speakers, value);
  });
}
