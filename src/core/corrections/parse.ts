// Reads a `.newslens.json` corrections file without ever throwing: JSON with comments and trailing commas
// (the file is hand-edited), every problem placed at its exact offset, wrong entries skipped, unknown keys
// warned about (an editor rewriting the file keeps them), and names claimed by two entities resolved in
// favour of the first.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ENTITY_TYPES, type EntityType } from '../model';
import { lineOf, lineStarts } from '../text/lineIndex';
import { hasWordCharacter } from './nameMatcher';
import {
  CORRECTIONS_VERSION, emptyCorrections, type CorrectionEntity, type Corrections, type CorrectionsDiagnostic,
  type DiagnosticCode, type DiagnosticSeverity, type ParsedCorrections,
} from './types';

type JsonPath = (string | number)[];
type Draft = Omit<CorrectionsDiagnostic, 'line' | 'column'>;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: 'nothing may follow the top-level object',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

const ROOT_KEYS = new Set(['$schema', 'version', 'entities', 'ignore', 'retype', 'speakers']);
const ENTITY_KEYS = new Set(['name', 'type', 'aliases', 'roles']);
const RETYPE_KEYS = new Set(['text', 'type']);
const SPEAKER_KEYS = new Set(['file', 'quote', 'speaker']);

/** Near misses of a type, with the spelling the file wants (NER tag names and British spelling are common). */
const TYPE_HINTS = new Map(Object.entries({
  organisation: ' (spelt "organization")', location: ' (use "place")', org: ' (use "organization")', per: ' (use "person")',
  loc: ' (use "place")', miscellaneous: ' (use "misc")', other: ' (use "misc")',
}));

/** Walks the syntax tree, collecting corrections and diagnostics. */
class Reader {
  readonly diagnostics: Draft[] = [];
  readonly corrections: Corrections = emptyCorrections();
  /** Name or alias -> the entity that claimed it first, with where. */
  private readonly claimed = new Map<string, { entity: CorrectionEntity; index: number }>();

  report(severity: DiagnosticSeverity, code: DiagnosticCode, message: string, node: Node | undefined, path: JsonPath): void {
    this.diagnostics.push({ severity, code, message, offset: node?.offset ?? 0, length: node?.length ?? 0, path });
  }

  root(node: Node): void {
    if (node.type !== 'object') {
      this.report('error', 'not-object', `the corrections file must be a JSON object, not ${describeType(node)}`, node, []);
      return;
    }
    const props = this.properties(node, [], ROOT_KEYS, 'the corrections file');
    const version = props.get('version');
    if (!version) this.report('warning', 'version-missing', `"version" is missing; read as version ${CORRECTIONS_VERSION}`, node, []);
    else if (version.value.type !== 'number' || version.value.value !== CORRECTIONS_VERSION) {
      this.report('error', 'version-unsupported', `unsupported version ${nodeText(version.value)}: this NewsLens reads version ${CORRECTIONS_VERSION}`, version.value, ['version']);
    }
    const schema = props.get('$schema');
    if (schema && schema.value.type !== 'string') this.wrongType(schema.value, ['$schema'], 'a string');
    this.array(props.get('entities')?.value, ['entities'], (item, path) => this.entity(item, path));
    this.array(props.get('ignore')?.value, ['ignore'], (item, path) => {
      const s = this.nonEmptyString(item, path, 'an ignored text');
      if (s !== undefined) this.corrections.ignore.push(s);
    });
    this.array(props.get('retype')?.value, ['retype'], (item, path) => this.retype(item, path));
    this.array(props.get('speakers')?.value, ['speakers'], (item, path) => this.speaker(item, path));
    this.checkIgnoredNames(props.get('ignore')?.value);
  }

  /** Properties by key (the last of duplicates wins, as in JSON.parse); unknown keys are warned about. */
  private properties(node: Node, path: JsonPath, known: Set<string>, what: string): Map<string, { key: Node; value: Node }> {
    const out = new Map<string, { key: Node; value: Node }>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      if (out.has(name)) this.report('warning', 'duplicate-key', `"${name}" appears twice in ${what}; the last one counts`, key, [...path, name]);
      if (!known.has(name)) this.report('warning', 'unknown-key', `unknown key "${name}" in ${what} (kept in the file, not used)`, key, [...path, name]);
      out.set(name, { key, value });
    }
    return out;
  }

  private array(node: Node | undefined, path: JsonPath, each: (item: Node, path: JsonPath) => void): void {
    if (!node) return;
    if (node.type !== 'array') {
      this.wrongType(node, path, 'an array');
      return;
    }
    (node.children ?? []).forEach((item, i) => each(item, [...path, i]));
  }

  /** The properties of an entry that must be an object, or undefined (reported) when it is not. */
  private entry(node: Node, path: JsonPath, known: Set<string>, what: string): Map<string, { key: Node; value: Node }> | undefined {
    if (node.type === 'object') return this.properties(node, path, known, what);
    this.wrongType(node, path, `${what} (an object with ${[...known].map((k) => `"${k}"`).join(', ')})`);
    return undefined;
  }

  private entity(node: Node, path: JsonPath): void {
    const props = this.entry(node, path, ENTITY_KEYS, 'an entity');
    if (!props) return;
    const name = this.required(props, 'name', node, path, (v, p) => this.nonEmptyString(v, p, 'a name'));
    const type = this.required(props, 'type', node, path, (v, p) => this.entityType(v, p));
    const aliases = this.strings(props.get('aliases')?.value, [...path, 'aliases'], 'an alias');
    const roles = this.strings(props.get('roles')?.value, [...path, 'roles'], 'a role');
    if (name === undefined || type === undefined) return;
    const index = path[1] as number;
    const first = this.claimed.get(name);
    if (first) {
      // The same name twice: one entity, the first entry's type; its aliases and roles join the first.
      if (first.entity.name !== name) {
        this.report('warning', 'alias-conflict', `"${name}" is already an alias of "${first.entity.name}" (entities[${first.index}]); the first wins`, props.get('name')?.value, [...path, 'name']);
        return;
      }
      this.report('warning', 'alias-conflict', `"${name}" is already an entity (entities[${first.index}]); this entry is merged into it`, props.get('name')?.value, [...path, 'name']);
      this.addSurfaces(first.entity, first.index, aliases, props.get('aliases')?.value, [...path, 'aliases']);
      for (const r of roles.values) if (!first.entity.roles.includes(r)) first.entity.roles.push(r);
      return;
    }
    const entity: CorrectionEntity = { name, type, aliases: [], roles: roles.values };
    this.claimed.set(name, { entity, index });
    if (!hasWordCharacter(name)) this.report('warning', 'no-letters', `"${name}" has no letter or digit, so it is never found in a text`, props.get('name')?.value, [...path, 'name']);
    this.addSurfaces(entity, index, aliases, props.get('aliases')?.value, [...path, 'aliases']);
    this.corrections.entities.push(entity);
  }

  private addSurfaces(entity: CorrectionEntity, index: number, aliases: { values: string[]; nodes: Node[] }, arrayNode: Node | undefined, path: JsonPath): void {
    aliases.values.forEach((alias, k) => {
      const node = aliases.nodes[k];
      const at = [...path, arrayNode?.children?.indexOf(node) ?? k];
      const first = this.claimed.get(alias);
      if (first && first.entity !== entity) {
        this.report('warning', 'alias-conflict', `"${alias}" is already ${first.entity.name === alias ? 'the name' : 'an alias'} of "${first.entity.name}" (entities[${first.index}]); the first wins`, node, at);
        return;
      }
      if (first || alias === entity.name) return;
      if (!hasWordCharacter(alias)) this.report('warning', 'no-letters', `"${alias}" has no letter or digit, so it is never found in a text`, node, at);
      this.claimed.set(alias, { entity, index });
      entity.aliases.push(alias);
    });
  }

  private retype(node: Node, path: JsonPath): void {
    const props = this.entry(node, path, RETYPE_KEYS, 'a retype entry');
    if (!props) return;
    const text = this.required(props, 'text', node, path, (v, p) => this.nonEmptyString(v, p, 'a text'));
    const type = this.required(props, 'type', node, path, (v, p) => this.entityType(v, p));
    if (text !== undefined && type !== undefined) this.corrections.retype.push({ text, type });
  }

  private speaker(node: Node, path: JsonPath): void {
    const props = this.entry(node, path, SPEAKER_KEYS, 'a speaker entry');
    if (!props) return;
    const file = this.required(props, 'file', node, path, (v, p) => this.nonEmptyString(v, p, 'a file name'));
    const quote = this.required(props, 'quote', node, path, (v, p) => this.nonEmptyString(v, p, 'a snippet of the quote'));
    const speaker = this.required(props, 'speaker', node, path, (v, p) => (v.type === 'null' ? null : this.nonEmptyString(v, p, 'a speaker name (or null)')));
    if (file !== undefined && quote !== undefined && speaker !== undefined) this.corrections.speakers.push({ file, quote, speaker });
  }

  private required<T>(props: Map<string, { value: Node }>, key: string, node: Node, path: JsonPath, read: (v: Node, p: JsonPath) => T | undefined): T | undefined {
    const prop = props.get(key);
    if (!prop) {
      this.report('error', 'missing-key', `"${key}" is missing`, node, path);
      return undefined;
    }
    return read(prop.value, [...path, key]);
  }

  private strings(node: Node | undefined, path: JsonPath, what: string): { values: string[]; nodes: Node[] } {
    const out = { values: [] as string[], nodes: [] as Node[] };
    this.array(node, path, (item, p) => {
      const s = this.nonEmptyString(item, p, what);
      if (s !== undefined && !out.values.includes(s)) {
        out.values.push(s);
        out.nodes.push(item);
      }
    });
    return out;
  }

  private nonEmptyString(node: Node, path: JsonPath, what: string): string | undefined {
    if (node.type !== 'string') {
      this.wrongType(node, path, `${what} (a string)`);
      return undefined;
    }
    const s = String(node.value);
    if (!s.trim()) {
      this.report('error', 'empty-value', `${what} must not be empty`, node, path);
      return undefined;
    }
    return s;
  }

  private entityType(node: Node, path: JsonPath): EntityType | undefined {
    const t = node.value;
    if (node.type === 'string' && (ENTITY_TYPES as readonly unknown[]).includes(t)) return t as EntityType;
    const hint = node.type === 'string' ? TYPE_HINTS.get(String(t).toLowerCase()) ?? '' : '';
    this.report('error', 'wrong-type', `type must be "person", "organization", "place" or "misc", not ${nodeText(node)}${hint}`, node, path);
    return undefined;
  }

  private wrongType(node: Node, path: JsonPath, expected: string): void {
    this.report('error', 'wrong-type', `${pathLabel(path)} must be ${expected}, not ${describeType(node)}`, node, path);
  }

  /** An ignored text that is also an entity's name or alias: ignore wins, which is worth saying. */
  private checkIgnoredNames(node: Node | undefined): void {
    this.corrections.ignore.forEach((s) => {
      const owner = this.claimed.get(s);
      if (!owner) return;
      const k = node?.children?.findIndex((c) => c.value === s) ?? -1;
      this.report('warning', 'ignored-name', `"${s}" is ignored and also ${owner.entity.name === s ? 'the name' : 'an alias'} of "${owner.entity.name}"; ignore wins`, node?.children?.[k], ['ignore', k]);
    });
  }
}

function describeType(node: Node): string {
  switch (node.type) {
    case 'array': return 'an array';
    case 'object': return 'an object';
    case 'string': return `the string ${nodeText(node)}`;
    case 'null': return 'null';
    default: return `${node.type === 'number' ? 'the number' : 'the value'} ${nodeText(node)}`;
  }
}

function nodeText(node: Node): string {
  const s = node.type === 'string' ? JSON.stringify(node.value) : String(node.value);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function pathLabel(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || 'the file';
}

/** Parses a corrections file. Never throws; `ok` is false when the file should not be used. */
export function parseCorrections(text: string): ParsedCorrections {
  // A byte-order mark is blanked rather than cut, so that offsets stay those of the text as given.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const reader = new Reader();
  if (!source.trim()) {
    reader.report('info', 'empty-file', 'the corrections file is empty: nothing is corrected', undefined, []);
    return finish(text, reader);
  }
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  } catch (e) {
    // The parser recurses once per nesting level: thousands of nested brackets overflow the stack.
    reader.report('error', 'too-deep', `the file cannot be read (${e instanceof RangeError ? 'nested too deeply' : (e as Error).message})`, undefined, []);
    return finish(text, reader);
  }
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    reader.report('error', 'syntax', `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`, { offset: e.offset, length: e.length } as Node, []);
  }
  if (errors.length) {
    // A file with a syntax error is not used at all: which entries it meant is guesswork.
    return finish(text, reader, emptyCorrections());
  }
  if (root) reader.root(root);
  return finish(text, reader);
}

function finish(text: string, reader: Reader, corrections = reader.corrections): ParsedCorrections {
  let starts: Uint32Array | undefined;
  const diagnostics = reader.diagnostics.map((d): CorrectionsDiagnostic => {
    starts ??= lineStarts(text);
    const line = lineOf(starts, d.offset);
    return { ...d, line, column: d.offset - starts[line] };
  });
  return { corrections, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

/** "file:line:column: severity: message", lines and columns 1-based, for a terminal. */
export function formatDiagnostic(file: string, d: CorrectionsDiagnostic): string {
  return `${file}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`;
}
