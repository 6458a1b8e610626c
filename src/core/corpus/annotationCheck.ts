// The check of annotations read back from the cache file, against schemas/annotations.schema.json and the
// text they claim to describe. The file lives on disk, where a crash, a hand edit or another program can
// leave anything in it; what passes here is what the engine could have written, so the index never meets a
// null list, a span that is not the text's, a fractional offset or a type it has no case for ("__proto__").
// Written by hand rather than with a generic schema validator: it runs on every document of a warm start.
import { ENTITY_TYPES } from '../model';
import { QUOTE_RULE_NAMES } from '../nlp/quoteRules';

type Fields = Record<string, unknown>;

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const KINDS: ReadonlySet<string> = new Set(['direct', 'indirect']);
const RULES: ReadonlySet<string> = new Set(QUOTE_RULE_NAMES);

const isObject = (o: unknown): o is Fields => typeof o === 'object' && o !== null && !Array.isArray(o);
const isText = (s: unknown): s is string => typeof s === 'string' && s.length > 0;
const isOptionalString = (s: unknown): boolean => s === null || typeof s === 'string';

/** An entity id names its type before a colon ("person:vladimir-putin"): the index reads the type from it. */
function isEntityId(id: unknown): boolean {
  if (!isText(id)) return false;
  const colon = id.indexOf(':');
  return colon > 0 && TYPES.has(id.slice(0, colon));
}

/** What is wrong with a span: whole-number offsets inside the text, its text the text's slice. */
function spanProblem(s: unknown, text: string, nonEmpty: boolean): string | undefined {
  if (!isObject(s)) return 'is not an object';
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'has offsets that are not whole numbers';
  const from = start as number;
  const to = end as number;
  if (from < 0 || to < from || to > text.length || (nonEmpty && to === from)) return `${from}-${to} lies outside the text`;
  if (s.text !== text.slice(from, to)) return `text is not the text at ${from}-${to}`;
  return undefined;
}

function mentionProblem(m: unknown, text: string): string | undefined {
  const span = spanProblem(m, text, true);
  if (span) return span;
  const { type, entity, name, role } = m as Fields;
  if (typeof type !== 'string' || !TYPES.has(type)) return 'has an unknown type';
  if (!isEntityId(entity) || !isText(name)) return 'lacks an entity id or name';
  if (role !== undefined && typeof role !== 'string') return 'has a role that is not a string';
  return undefined;
}

function speakerProblem(s: unknown, text: string): string | undefined {
  if (s === null) return undefined;
  const span = spanProblem(s, text, false);
  if (span) return span;
  const { entity, name, reason } = s as Fields;
  // An unresolved speaker ("he", "officials") has a null name; a resolved one a name with its entity.
  if (!(entity === null || isEntityId(entity)) || !(name === null || typeof name === 'string')) return 'lacks an entity id or name';
  if (entity !== null && name === null) return 'has an entity id without a name';
  if (reason !== undefined && typeof reason !== 'string') return 'has a reason that is not a string';
  return undefined;
}

function quoteProblem(q: unknown, text: string): string | undefined {
  const span = spanProblem(q, text, true);
  if (span) return span;
  const { kind, rule, speaker, cue } = q as Fields;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return 'has an unknown kind';
  if (typeof rule !== 'string' || !RULES.has(rule)) return 'has an unknown rule';
  const who = speakerProblem(speaker, text);
  if (who) return `speaker ${who}`;
  const how = cue === null ? undefined : spanProblem(cue, text, false);
  return how && `cue ${how}`;
}

function datelineProblem(d: unknown, text: string): string | undefined {
  if (d === null) return undefined;
  const span = spanProblem(d, text, false);
  if (span) return span;
  const { place, date, agency } = d as Fields;
  return isOptionalString(place) && isOptionalString(date) && isOptionalString(agency) ? undefined : 'has a field that is not a string or null';
}

/**
 * What is wrong with annotations claimed for this text, in a few words; undefined when they are sound.
 * Fields the schema does not know are left alone (see annotationCodec: a newer engine's output is kept whole).
 */
export function annotationProblem(a: unknown, text: string): string | undefined {
  if (!isObject(a)) return 'not an object';
  if (typeof a.title !== 'string') return 'no title';
  if (!Array.isArray(a.entities) || !Array.isArray(a.quotes)) return 'no list of entities or quotes';
  const dateline = datelineProblem(a.dateline, text);
  if (dateline) return `dateline ${dateline}`;
  // Messages are built only for a failure: this loop runs over every mention of a warm start.
  for (let i = 0; i < a.entities.length; i++) {
    const problem = mentionProblem(a.entities[i], text);
    if (problem) return `mention ${i} ${problem}`;
  }
  for (let i = 0; i < a.quotes.length; i++) {
    const problem = quoteProblem(a.quotes[i], text);
    if (problem) return `quote ${i} ${problem}`;
  }
  return undefined;
}
