// The corrections a team shares through the store (issue 17): each correction command of the editor is one
// entry of the store's `corrections` table, under a key that names what it corrects (the name retyped, the
// quote whose speaker is set), so that two readers correcting the same thing write the same entry and meet
// its version. A pulled entry becomes the same one-step edit of the reader's .newslens.json that the command
// made on the writer's side. Values pulled from the store are other people's data: checked before use.
import { addAlias, addEntity, addIgnore, renameEntity, setSpeaker, setType, type EditResult } from '../core/corrections/edit';
import type { EntityType } from '../core/model';

export type SharedCorrection =
  | { op: 'retype'; text: string; type: EntityType }
  | { op: 'entity'; name: string; type: EntityType }
  | { op: 'ignore'; text: string }
  | { op: 'alias'; name: string; alias: string; type: EntityType }
  | { op: 'rename'; from: string; to: string; type: EntityType }
  | { op: 'speaker'; file: string; quote: string; speaker: string | null };

const TYPES: readonly string[] = ['person', 'organization', 'place', 'misc'];

/** The store key of a correction: the same thing corrected by two readers is the same key. */
export function sharedKey(c: SharedCorrection): string {
  switch (c.op) {
    // A retype and a new entity of the same written name decide the same thing: the name's type.
    case 'retype': return `type:${c.text}`;
    case 'entity': return `type:${c.name}`;
    case 'ignore': return `ignore:${c.text}`;
    case 'alias': return `alias:${c.alias}`;
    case 'rename': return `rename:${c.type}:${c.from}`;
    case 'speaker': return `speaker:${c.file}:${c.quote}`;
  }
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 10_000;

/** The value as a correction, or undefined when it is not one this code applies (another version's, or damaged). */
export function asSharedCorrection(v: unknown): SharedCorrection | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const type = typeof o.type === 'string' && TYPES.includes(o.type) ? o.type as EntityType : undefined;
  switch (o.op) {
    case 'retype': return str(o.text) && type ? { op: 'retype', text: o.text, type } : undefined;
    case 'entity': return str(o.name) && type ? { op: 'entity', name: o.name, type } : undefined;
    case 'ignore': return str(o.text) ? { op: 'ignore', text: o.text } : undefined;
    case 'alias': return str(o.name) && str(o.alias) && type ? { op: 'alias', name: o.name, alias: o.alias, type } : undefined;
    case 'rename': return str(o.from) && str(o.to) && type ? { op: 'rename', from: o.from, to: o.to, type } : undefined;
    case 'speaker': return str(o.file) && str(o.quote) && (o.speaker === null || str(o.speaker))
      ? { op: 'speaker', file: o.file, quote: o.quote, speaker: o.speaker as string | null } : undefined;
    default: return undefined;
  }
}

/** The edit of a corrections file's text that puts the correction in it (what the command did on the writer's side). */
export function applyShared(text: string, c: SharedCorrection): EditResult {
  switch (c.op) {
    case 'retype': return setType(text, c.text, c.type);
    case 'entity': return addEntity(text, { name: c.name, type: c.type });
    case 'ignore': return addIgnore(text, c.text);
    case 'alias': return addAlias(text, c.name, c.alias, c.type);
    case 'rename': return renameEntity(text, c.from, c.to, c.type);
    case 'speaker': return setSpeaker(text, { file: c.file, quote: c.quote, speaker: c.speaker });
  }
}

/** A few words for a message: `“Lavrentiev” is a person`. */
export function describeShared(v: unknown): string {
  const c = asSharedCorrection(v);
  if (!c) return JSON.stringify(v);
  switch (c.op) {
    case 'retype': return `“${c.text}” is ${article(c.type)}`;
    case 'entity': return `“${c.name}” is ${article(c.type)}`;
    case 'ignore': return `“${c.text}” is not an entity`;
    case 'alias': return `“${c.alias}” is ${c.name}`;
    case 'rename': return `${c.from} is named “${c.to}”`;
    case 'speaker': return c.speaker === null ? `the quote “${c.quote}” has no speaker` : `${c.speaker} speaks “${c.quote}”`;
  }
}

function article(type: EntityType): string {
  return { person: 'a person', organization: 'an organisation', place: 'a place', misc: 'another name (misc)' }[type];
}

/** Whether two JSON values are the same (key order aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
