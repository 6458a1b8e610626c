// Reads a `.newslens.json` corrections file without ever throwing: JSON with comments and trailing commas
// (the file is hand-edited), every problem placed at its exact offset, wrong entries skipped, unknown keys
// warned about (an editor rewriting the file keeps them), and names claimed by two entities resolved in
// favour of the first. The file is read as plain values (jsonValues.ts: fast for files of 100,000 entries);
// a problem is placed in the text only once found, from its JSON path.
import { printParseErrorCode } from 'jsonc-parser';
import { ENTITY_TYPES, type EntityType } from '../model';
import { lineOf, lineStarts } from '../text/lineIndex';
import { jsonType, readJsonValues, readProperties, type JsonPath, type JsonValues, type PropertyValues } from './jsonValues';
import { hasWordCharacter } from './nameMatcher';
import {
  CORRECTIONS_VERSION, emptyCorrections, type CorrectionEntity, type Corrections, type CorrectionsDiagnostic,
  type DiagnosticCode, type DiagnosticSeverity, type ParsedCorrections,
} from './types';

/** Where a problem is: the value at its path, the key of property number `key` of the object its path ends in, or a span. */
type Place = 'value' | { key: number } | { offset: number; length: number };
type Draft = Omit<CorrectionsDiagnostic, 'line' | 'column' | 'offset' | 'length'> & { place: Place };
/** Strings read from an array, each with its index in the array. */
interface Strings { values: string[]; indices: number[] }

const NOWHERE = { offset: 0, length: 0 };

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

/** Walks the file's values, collecting corrections and diagnostics. */
class Reader {
  readonly diagnostics: Draft[] = [];
  readonly corrections: Corrections = emptyCorrections();
  /** Name or alias -> the entity that claimed it first, with where. */
  private readonly claimed = new Map<string, { entity: CorrectionEntity; index: number }>();
  /** The roles of entities that repeated entries added to, as sets. */
  private readonly roleSets = new Map<CorrectionEntity, Set<string>>();

  report(severity: DiagnosticSeverity, code: DiagnosticCode, message: string, path: JsonPath, place: Place = 'value'): void {
    this.diagnostics.push({ severity, code, message, path, place });
  }

  root(value: unknown): void {
    if (jsonType(value) !== 'object') {
      this.report('error', 'not-object', `the corrections file must be a JSON object, not ${describeType(value)}`, []);
      return;
    }
    const props = this.properties(value as object, [], ROOT_KEYS, 'the corrections file');
    const version = props.get('version');
    if (!props.has('version')) this.report('warning', 'version-missing', `"version" is missing; read as version ${CORRECTIONS_VERSION}`, []);
    else if (version !== CORRECTIONS_VERSION) {
      this.report('error', 'version-unsupported', `unsupported version ${valueText(version)}: this NewsLens reads version ${CORRECTIONS_VERSION}`, ['version']);
    }
    const schema = props.get('$schema');
    if (props.has('$schema') && typeof schema !== 'string') this.wrongType(schema, ['$schema'], 'a string');
    this.array(props.get('entities'), ['entities'], (item, path) => this.entity(item, path));
    this.array(props.get('ignore'), ['ignore'], (item, path) => {
      const s = this.nonEmptyString(item, path, 'an ignored text');
      if (s !== undefined) this.corrections.ignore.push(s);
    });
    this.array(props.get('retype'), ['retype'], (item, path) => this.retype(item, path));
    this.array(props.get('speakers'), ['speakers'], (item, path) => this.speaker(item, path));
    this.checkIgnoredNames(props.get('ignore'));
  }

  /** Properties by key (the last of duplicates wins, as in JSON.parse); unknown keys are warned about. */
  private properties(obj: object, path: JsonPath, known: Set<string>, what: string): PropertyValues {
    return readProperties(obj, (name, i, repeated) => {
      if (repeated) this.report('warning', 'duplicate-key', `"${name}" appears twice in ${what}; the last one counts`, [...path, name], { key: i });
      if (!known.has(name)) this.report('warning', 'unknown-key', `unknown key "${name}" in ${what} (kept in the file, not used)`, [...path, name], { key: i });
    });
  }

  /** Each item of an array; a value present but not an array is reported. */
  private array(value: unknown, path: JsonPath, each: (item: unknown, path: JsonPath) => void): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.wrongType(value, path, 'an array');
      return;
    }
    value.forEach((item, i) => each(item, [...path, i]));
  }

  /** The properties of an entry that must be an object, or undefined (reported) when it is not. */
  private entry(value: unknown, path: JsonPath, known: Set<string>, what: string): PropertyValues | undefined {
    if (jsonType(value) === 'object') return this.properties(value as object, path, known, what);
    this.wrongType(value, path, `${what} (an object with ${[...known].map((k) => `"${k}"`).join(', ')})`);
    return undefined;
  }

  private entity(value: unknown, path: JsonPath): void {
    const props = this.entry(value, path, ENTITY_KEYS, 'an entity');
    if (!props) return;
    const name = this.required(props, 'name', path, (v, p) => this.nonEmptyString(v, p, 'a name'));
    const type = this.required(props, 'type', path, (v, p) => this.entityType(v, p));
    const aliases = this.strings(props.get('aliases'), [...path, 'aliases'], 'an alias');
    const roles = this.strings(props.get('roles'), [...path, 'roles'], 'a role');
    if (name === undefined || type === undefined) return;
    const index = path[1] as number;
    const first = this.claimed.get(name);
    if (first) {
      // The same name twice: one entity, the first entry's type; its aliases and roles join the first.
      if (first.entity.name !== name) {
        this.report('warning', 'alias-conflict', `"${name}" is already an alias of "${first.entity.name}" (entities[${first.index}]); the first wins`, [...path, 'name']);
        return;
      }
      this.report('warning', 'alias-conflict', `"${name}" is already an entity (entities[${first.index}]); this entry is merged into it`, [...path, 'name']);
      this.addSurfaces(first.entity, first.index, aliases, [...path, 'aliases']);
      this.addRoles(first.entity, roles.values);
      return;
    }
    const entity: CorrectionEntity = { name, type, aliases: [], roles: roles.values };
    this.claimed.set(name, { entity, index });
    if (!hasWordCharacter(name)) this.report('warning', 'no-letters', `"${name}" has no letter or digit, so it is never found in a text`, [...path, 'name']);
    this.addSurfaces(entity, index, aliases, [...path, 'aliases']);
    this.corrections.entities.push(entity);
  }

  private addSurfaces(entity: CorrectionEntity, index: number, aliases: Strings, path: JsonPath): void {
    aliases.values.forEach((alias, k) => {
      const at = [...path, aliases.indices[k]];
      const first = this.claimed.get(alias);
      if (first && first.entity !== entity) {
        this.report('warning', 'alias-conflict', `"${alias}" is already ${first.entity.name === alias ? 'the name' : 'an alias'} of "${first.entity.name}" (entities[${first.index}]); the first wins`, at);
        return;
      }
      if (first || alias === entity.name) return;
      if (!hasWordCharacter(alias)) this.report('warning', 'no-letters', `"${alias}" has no letter or digit, so it is never found in a text`, at);
      this.claimed.set(alias, { entity, index });
      entity.aliases.push(alias);
    });
  }

  /** Roles of a repeated entry join the first entry's, each once. */
  private addRoles(entity: CorrectionEntity, roles: string[]): void {
    let have = this.roleSets.get(entity);
    if (!have) this.roleSets.set(entity, (have = new Set(entity.roles)));
    for (const r of roles) {
      if (have.has(r)) continue;
      have.add(r);
      entity.roles.push(r);
    }
  }

  private retype(value: unknown, path: JsonPath): void {
    const props = this.entry(value, path, RETYPE_KEYS, 'a retype entry');
    if (!props) return;
    const text = this.required(props, 'text', path, (v, p) => this.nonEmptyString(v, p, 'a text'));
    const type = this.required(props, 'type', path, (v, p) => this.entityType(v, p));
    if (text !== undefined && type !== undefined) this.corrections.retype.push({ text, type });
  }

  private speaker(value: unknown, path: JsonPath): void {
    const props = this.entry(value, path, SPEAKER_KEYS, 'a speaker entry');
    if (!props) return;
    const file = this.required(props, 'file', path, (v, p) => this.nonEmptyString(v, p, 'a file name'));
    const quote = this.required(props, 'quote', path, (v, p) => this.nonEmptyString(v, p, 'a snippet of the quote'));
    const speaker = this.required(props, 'speaker', path, (v, p) => (v === null ? null : this.nonEmptyString(v, p, 'a speaker name (or null)')));
    if (file !== undefined && quote !== undefined && speaker !== undefined) this.corrections.speakers.push({ file, quote, speaker });
  }

  /** The value of a key the entry at `path` must have, read by `read`; a missing key is reported at the entry. */
  private required<T>(props: PropertyValues, key: string, path: JsonPath, read: (v: unknown, p: JsonPath) => T | undefined): T | undefined {
    if (!props.has(key)) {
      this.report('error', 'missing-key', `"${key}" is missing`, path);
      return undefined;
    }
    return read(props.get(key), [...path, key]);
  }

  /** The distinct strings of an array (a set, not a search: an entity may have 100,000 aliases). */
  private strings(value: unknown, path: JsonPath, what: string): Strings {
    const out: Strings = { values: [], indices: [] };
    if (value === undefined) return out;
    const seen = new Set<string>();
    this.array(value, path, (item, p) => {
      const s = this.nonEmptyString(item, p, what);
      if (s !== undefined && !seen.has(s)) {
        seen.add(s);
        out.values.push(s);
        out.indices.push(p[p.length - 1] as number);
      }
    });
    return out;
  }

  private nonEmptyString(value: unknown, path: JsonPath, what: string): string | undefined {
    if (typeof value !== 'string') {
      this.wrongType(value, path, `${what} (a string)`);
      return undefined;
    }
    if (!value.trim()) {
      this.report('error', 'empty-value', `${what} must not be empty`, path);
      return undefined;
    }
    return value;
  }

  private entityType(value: unknown, path: JsonPath): EntityType | undefined {
    if (typeof value === 'string' && (ENTITY_TYPES as readonly unknown[]).includes(value)) return value as EntityType;
    const hint = typeof value === 'string' ? TYPE_HINTS.get(value.toLowerCase()) ?? '' : '';
    this.report('error', 'wrong-type', `type must be "person", "organization", "place" or "misc", not ${valueText(value)}${hint}`, path);
    return undefined;
  }

  private wrongType(value: unknown, path: JsonPath, expected: string): void {
    this.report('error', 'wrong-type', `${pathLabel(path)} must be ${expected}, not ${describeType(value)}`, path);
  }

  /** An ignored text that is also an entity's name or alias: ignore wins, which is worth saying. */
  private checkIgnoredNames(ignore: unknown): void {
    let firstAt: Map<unknown, number> | undefined;
    this.corrections.ignore.forEach((s) => {
      const owner = this.claimed.get(s);
      if (!owner) return;
      // Where the text is first ignored, from a map made once (a search per text was quadratic).
      firstAt ??= firstIndices(Array.isArray(ignore) ? ignore : []);
      const k = firstAt.get(s) ?? -1;
      this.report('warning', 'ignored-name', `"${s}" is ignored and also ${owner.entity.name === s ? 'the name' : 'an alias'} of "${owner.entity.name}"; ignore wins`, ['ignore', k]);
    });
  }
}

/** Each value -> the index of its first occurrence. */
function firstIndices(values: unknown[]): Map<unknown, number> {
  const out = new Map<unknown, number>();
  values.forEach((v, i) => { if (!out.has(v)) out.set(v, i); });
  return out;
}

function describeType(value: unknown): string {
  switch (jsonType(value)) {
    case 'array': return 'an array';
    case 'object': return 'an object';
    case 'string': return `the string ${valueText(value)}`;
    case 'null': return 'null';
    default: return `${typeof value === 'number' ? 'the number' : 'the value'} ${valueText(value)}`;
  }
}

/** A value as written, shortened; an object or array by its kind. */
function valueText(value: unknown): string {
  const kind = jsonType(value);
  if (kind === 'object' || kind === 'array') return describeType(value);
  const s = kind === 'string' ? JSON.stringify(value) : String(value);
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
    reader.report('info', 'empty-file', 'the corrections file is empty: nothing is corrected', [], NOWHERE);
    return finish(text, reader);
  }
  let json: JsonValues;
  try {
    json = readJsonValues(source);
  } catch (e) {
    // The parser recurses once per nesting level: thousands of nested brackets overflow the stack.
    reader.report('error', 'too-deep', `the file cannot be read (${e instanceof RangeError ? 'nested too deeply' : (e as Error).message})`, [], NOWHERE);
    return finish(text, reader);
  }
  for (const e of json.errors) {
    const code = printParseErrorCode(e.error);
    reader.report('error', 'syntax', `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`, [], { offset: e.offset, length: e.length });
  }
  if (json.errors.length) {
    // A file with a syntax error is not used at all: which entries it meant is guesswork.
    return finish(text, reader, json, emptyCorrections());
  }
  if (json.root !== undefined) reader.root(json.root);
  return finish(text, reader, json);
}

/** The diagnostics placed in the text (line and column too); only now are the places of the values looked up. */
function finish(text: string, reader: Reader, json?: JsonValues, corrections = reader.corrections): ParsedCorrections {
  let starts: Uint32Array | undefined;
  const diagnostics = reader.diagnostics.map(({ place, ...d }): CorrectionsDiagnostic => {
    const at = typeof place === 'object' && 'offset' in place ? place : json?.locate(d.path, place === 'value' ? undefined : place.key);
    const { offset, length } = at ?? NOWHERE;
    starts ??= lineStarts(text);
    const line = lineOf(starts, offset);
    return { ...d, offset, length, line, column: offset - starts[line] };
  });
  return { corrections, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

/** "file:line:column: severity: message", lines and columns 1-based, for a terminal. */
export function formatDiagnostic(file: string, d: CorrectionsDiagnostic): string {
  return `${file}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`;
}
