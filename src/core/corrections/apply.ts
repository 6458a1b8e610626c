// Applies a reader's corrections to the engine's annotations of one text, without re-running NLP: one pass
// over the text finds every corrected name and ignored text, then the engine's mentions and speakers are
// kept, dropped, renamed or retyped around them. The input is never modified; every span stays a slice of
// the text, and every mention of one entity carries the same id and canonical name.
import { entityId } from '../articleLinks/ids';
import { roleKey } from '../text/linkKeys';
import type { ArticleAnnotations, EntityType, Mention, Quote, Span, Speaker } from '../model';
import { NameMatcher, type NameMatch } from './nameMatcher';
import { isEmptyCorrections, type CorrectionEntity, type Corrections, type SpeakerEntry } from './types';

/** Who a mention or speaker becomes. */
interface Target {
  entity: string;
  name: string;
  type: EntityType;
}

/** A corrected entity as found in texts; its id is made when first asked for (most of 100,000 entities are never found in one text). */
class EntityFound {
  readonly kind = 'entity';
  private made?: Target;
  constructor(private readonly source: CorrectionEntity) {}
  get target(): Target { return (this.made ??= targetOf(this.source)); }
  get roles(): string[] { return this.source.roles; }
}

type Found = EntityFound | { kind: 'ignore' };

/** Corrections prepared once for many texts. */
interface Compiled {
  matcher: NameMatcher<Found>;
  ignore: Set<string>;
  /** Name or alias -> the corrected entity. */
  surfaces: Map<string, EntityFound>;
  retype: Map<string, EntityType>;
  speakers: { entry: SpeakerEntry; file: string; snippet: string }[];
}

const compiledCache = new WeakMap<Corrections, Compiled>();

const SPEAKER_REASON = 'set by a correction in .newslens.json';

/** Whitespace runs folded to one space, so that a snippet matches a quote broken across lines. */
function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A path or URI as a comparable file path: decoded, forward slashes, no leading "./". */
function normalisePath(p: string): string {
  let s = p;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try { s = decodeURIComponent(s.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')); } catch { /* keep it encoded */ }
  }
  return s.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** True when a speakers entry's `file` (a base name or a path relative to the corrections' folder) names this document. */
export function fileMatches(entryFile: string, documentPath: string): boolean {
  const want = normalisePath(entryFile);
  const have = normalisePath(documentPath);
  return have === want || have.endsWith(`/${want}`);
}

function compile(c: Corrections): Compiled {
  const known = compiledCache.get(c);
  if (known) return known;
  const ignore = new Set(c.ignore);
  const matcher = new NameMatcher<Found>();
  const surfaces = new Map<string, EntityFound>();
  // Ignored texts first: where an ignored text is also a name, ignore wins.
  for (const s of c.ignore) matcher.add(s, { kind: 'ignore' });
  for (const e of c.entities) {
    const found = new EntityFound(e);
    for (let i = -1; i < e.aliases.length; i++) {
      const s = i < 0 ? e.name : e.aliases[i];
      if (surfaces.has(s) || ignore.has(s)) continue;
      surfaces.set(s, found);
      matcher.add(s, found);
    }
  }
  const retype = new Map<string, EntityType>();
  for (const r of c.retype) if (!retype.has(r.text)) retype.set(r.text, r.type);
  const speakers = c.speakers.map((entry) => ({ entry, file: entry.file, snippet: fold(entry.quote) }));
  const compiled = { matcher, ignore, surfaces, retype, speakers };
  compiledCache.set(c, compiled);
  return compiled;
}

function targetOf(e: CorrectionEntity): Target {
  return { entity: entityId(e.type, e.name), name: e.name, type: e.type };
}

/** The span of a sorted, non-overlapping list overlapping s (or, with `within`, containing s), else undefined. */
function spanAt<T extends Span>(spans: readonly T[], s: Span, within = false): T | undefined {
  let lo = 0;
  let hi = spans.length;
  // First span ending after s.start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const t = spans[lo];
  if (!t) return undefined;
  if (within) return t.start <= s.start && t.end >= s.end ? t : undefined;
  return t.start < s.end || (t.start === s.start && s.start === s.end) ? t : undefined;
}

/** The engine's annotations of `text` with the corrections applied; `file` (a path or URI) selects speaker corrections. */
export function applyCorrections(text: string, annotations: ArticleAnnotations, corrections: Corrections | undefined | null, file = annotations.file): ArticleAnnotations {
  if (!corrections || isEmptyCorrections(corrections)) return annotations;
  const c = compile(corrections);
  const found = c.matcher.find(text);
  const named = found.filter((f): f is NameMatch<EntityFound> => f.value.kind === 'entity');
  const ignored = found.filter((f) => f.value.kind === 'ignore');

  // Whole engine entities are renamed, retyped or dropped by their canonical name (or a mention's text, for retype).
  const retypedIds = new Map<string, EntityType>();
  for (const m of annotations.entities) {
    const t = c.retype.get(m.text);
    if (t && !retypedIds.has(m.entity)) retypedIds.set(m.entity, t);
  }
  const resolved = new Map<string, Target | null | undefined>();
  const resolve = (id: string, name: string): Target | null | undefined => {
    if (resolved.has(id)) return resolved.get(id);
    let r: Target | null | undefined;
    if (c.ignore.has(name)) r = null;
    else if (c.surfaces.has(name)) r = c.surfaces.get(name)!.target;
    else {
      const type = c.retype.get(name) ?? retypedIds.get(id);
      if (type) r = { entity: entityId(type, name), name, type };
    }
    resolved.set(id, r);
    return r;
  };

  const entities: Mention[] = [];
  const rolesAt = new Map<number, string>();
  for (const m of annotations.entities) {
    if (c.ignore.has(m.text) || spanAt(ignored, m, true)) continue;
    const hit = spanAt(named, m);
    if (hit) {
      // The corrected name replaces the engine's mention; a title written with the same span stays.
      if (m.role && hit.start === m.start && hit.end === m.end) rolesAt.set(m.start, m.role);
      continue;
    }
    const r = resolve(m.entity, m.name);
    if (r === null) continue;
    entities.push(r ? { ...m, type: r.type, entity: r.entity, name: r.name } : m);
  }
  for (const f of named) {
    const { target } = f.value;
    const m: Mention = { type: target.type, start: f.start, end: f.end, text: text.slice(f.start, f.end), entity: target.entity, name: target.name };
    const role = rolesAt.get(f.start);
    if (role) m.role = role;
    entities.push(m);
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  addRoles(entities, named);

  const fixes = c.speakers.filter((s) => fileMatches(s.file, file));
  const quotes = annotations.quotes.map((q): Quote => {
    const folded = fixes.length ? fold(q.text) : '';
    const fix = fixes.find((s) => folded.includes(s.snippet));
    if (fix) return { ...q, speaker: fix.entry.speaker === null ? null : correctedSpeaker(text, q, fix.entry.speaker, c, entities) };
    const s = q.speaker;
    if (!s) return q;
    if (c.ignore.has(s.text) || (s.name !== null && c.ignore.has(s.name)) || spanAt(ignored, s, true)) return { ...q, speaker: null };
    const hit = spanAt(named, s);
    if (hit) return { ...q, speaker: { ...s, entity: hit.value.target.entity, name: hit.value.target.name } };
    if (!s.entity) return q;
    const r = resolve(s.entity, s.name ?? s.text);
    if (r === null) return { ...q, speaker: null };
    return r ? { ...q, speaker: { ...s, entity: r.entity, name: r.name } } : q;
  });
  return { ...annotations, entities, quotes };
}

/** Gives a corrected entity's roles to its mentions that have no written title, first role first, skipping roles already written. */
function addRoles(entities: Mention[], named: NameMatch<EntityFound>[]): void {
  const roles = new Map<string, string[]>();
  for (const f of named) if (f.value.roles.length) roles.set(f.value.target.entity, f.value.roles);
  if (!roles.size) return;
  const written = new Map<string, Set<string>>();
  for (const m of entities) {
    if (!m.role || !roles.has(m.entity)) continue;
    const set = written.get(m.entity) ?? new Set<string>();
    set.add(roleKey(m.role));
    written.set(m.entity, set);
  }
  const pending = new Map<string, string[]>();
  for (const [id, list] of roles) pending.set(id, list.filter((r) => !written.get(id)?.has(roleKey(r))));
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i];
    const left = pending.get(m.entity);
    if (m.role || !left?.length) continue;
    entities[i] = { ...m, role: left.shift()! };
  }
}

/** The speaker a correction names, placed at the nearest mention of that entity (or of the name) to the quote. */
function correctedSpeaker(text: string, q: Quote, name: string, c: Compiled, entities: Mention[]): Speaker {
  const target = c.surfaces.get(name)?.target
    ?? entities.find((m) => m.name === name) ?? entities.find((m) => m.text === name);
  const id = target ? target.entity : entityId('person', name);
  const canonical = target ? target.name : name;
  const distance = (s: Span) => (s.end <= q.start ? q.start - s.end : s.start >= q.end ? s.start - q.end : 0);
  let best: Span | undefined;
  for (const m of entities) if (m.entity === id && (!best || distance(m) < distance(best))) best = m;
  if (!best) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const s = { start: i, end: i + name.length };
      if (!best || distance(s) < distance(best)) best = s;
    }
  }
  // A name the text never writes: an empty span at the quote, still a slice of the text.
  const span = best ?? { start: q.start, end: q.start };
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), entity: id, name: canonical, reason: SPEAKER_REASON };
}
