// One indexed document: its text, the engine's annotations (ids as the engine gave them; `raw` as the engine
// gave them, `annotations` with the reader's corrections applied), and what the corpus needs from it,
// computed once at upsert: entity counts, roles, speakers, place-qualified organisations. The text and the
// annotations are kept packed (packedDocument.ts) and decoded when a view asks; span search and line starts
// are built for the articles views use.
import type { ArticleAnnotations, EntityType, Mention, Quote } from '../model';
import { entityId } from '../articleLinks/ids';
import { addPlace, splitQualifier, type PlaceNames } from '../articleLinks/qualifiers';
import { articleDate } from './articleDate';
import { lineBounds, lineOf, lineStarts } from '../text/lineIndex';
import { idType, roleKey } from '../text/linkKeys';
import { snippet } from './snippet';
import type { DecodedView, PackedAnnotations, PackedStore, PackedText } from './packedDocument';
import { NO_ROLES, PackedEntities, type LocalEntity } from './localEntities';
import { SpanSearch } from './spanSearch';
import type { ArticleInfo } from './types';

const QUALIFIABLE = /\sof\s|['’]s\s/i;

/** A document as the index holds it. Immutable: an update replaces the entry. */
export class DocumentEntry {
  readonly info: ArticleInfo;
  private readonly packedEntities: PackedEntities;
  /** Description speakers ("the Russian president", entity null): role key -> number of quotes. */
  readonly descriptions = new Map<string, number>();
  /** Quotes of the document (corrections applied). */
  readonly quoteCount: number;
  private readonly packedText: PackedText;
  private readonly packed: PackedAnnotations;
  /** The engine's annotations when corrections changed them; else `packed` is both. */
  private readonly packedRaw?: PackedAnnotations;
  private places?: PlaceNames;

  /** `raw` is the engine's output (what the cache keeps); `annotations` the same with corrections applied (what views show). */
  constructor(readonly path: string, readonly hash: string, text: string, annotations: ArticleAnnotations, private readonly store: PackedStore,
    raw: ArticleAnnotations = annotations) {
    const intern = store.intern;
    const entities = new Map<string, LocalEntity>();
    annotations.file = path;
    for (const m of annotations.entities) {
      m.type = intern(m.type) as EntityType;
      m.entity = intern(m.entity);
      m.name = intern(m.name);
      if (m.role !== undefined) m.role = intern(m.role);
      const local = this.local(entities, m.entity, m.type, m.name);
      local.mentions++;
      if (m.role) this.addRole(local, roleKey(m.role), m.role);
    }
    this.noteQualified(entities, annotations, intern);
    for (const q of annotations.quotes) {
      const s = q.speaker;
      if (!s) continue;
      if (s.entity) {
        s.entity = intern(s.entity);
        const name = intern(s.name ?? s.text);
        if (s.name !== null) s.name = name;
        this.local(entities, s.entity, idType(s.entity) as EntityType, name).quotes++;
      } else {
        const key = roleKey(s.text);
        if (key) this.descriptions.set(key, (this.descriptions.get(key) ?? 0) + 1);
      }
    }
    this.packedEntities = new PackedEntities(entities);
    this.info = { path, title: annotations.title, date: articleDate(text, annotations.dateline), agency: annotations.dateline?.agency ?? null };
    this.quoteCount = annotations.quotes.length;
    this.packedText = store.packText(text);
    this.packed = store.pack(annotations, text);
    if (raw !== annotations) this.packedRaw = store.pack(raw, text);
    // Just indexed: the office scan and the views of the active article ask for these next.
    Object.assign(this.view(), { text, annotations, raw });
  }

  /** The indexed text. */
  get text(): string {
    const v = this.view();
    return (v.text ??= this.store.unpackText(this.packedText));
  }

  /** The annotations with corrections applied (shared with every caller until the entry leaves the recent ones: do not modify). */
  get annotations(): ArticleAnnotations {
    const v = this.view();
    return (v.annotations ??= this.store.unpack(this.packed, this.text, this.path));
  }

  /** The engine's annotations, without corrections (what the cache keeps). */
  get raw(): ArticleAnnotations {
    if (!this.packedRaw) return this.annotations;
    const v = this.view();
    return (v.raw ??= this.store.unpack(this.packedRaw, this.text, this.path));
  }

  /** What the document says about each of its entities, by id (a fresh map: linking reads it when the document joins or leaves). */
  get entities(): Map<string, LocalEntity> {
    return this.packedEntities.unpack();
  }

  /** The ids of the document's entities. */
  entityIds(): IterableIterator<string> {
    return this.packedEntities.ids();
  }

  /** Drops the decoded view (the entry left the index). */
  dispose(): void {
    this.store.drop(this);
  }

  private view(): DecodedView {
    return this.store.view(this);
  }

  /** The mention covering offset, or undefined. */
  mentionAt(offset: number): Mention | undefined {
    const entities = this.annotations.entities;
    const v = this.view();
    const i = (v.mentions ??= new SpanSearch(entities)).at(offset);
    return i === -1 ? undefined : entities[i];
  }

  /** The innermost quote covering offset, or undefined. */
  quoteAt(offset: number): Quote | undefined {
    const quotes = this.annotations.quotes;
    const v = this.view();
    const i = (v.quotes ??= new SpanSearch(quotes)).at(offset);
    return i === -1 ? undefined : quotes[i];
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lineOf(this.lineStarts(), offset);
  }

  /** 0-based line and column (UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    const line = lineOf(starts, offset);
    return { line, column: offset - starts[line] };
  }

  /** The line around [start, end), shortened to about 100 characters. */
  snippet(start: number, end: number): string {
    const starts = this.lineStarts();
    const [from, to] = lineBounds(this.text, starts, lineOf(starts, start));
    return snippet(this.text, from, to, start, Math.min(end, to));
  }

  private lineStarts(): Uint32Array {
    const text = this.text;
    const v = this.view();
    return (v.lines ??= lineStarts(text));
  }

  /** Sets `base` on the organisations whose name a place of this document qualifies. */
  private noteQualified(entities: Map<string, LocalEntity>, annotations: ArticleAnnotations, intern: (s: string) => string): void {
    // Most documents have no "<org> of <place>" or "<place>'s <org>": they skip the place keys (warm start).
    const orgs = [...entities.values()].filter((e) => e.type === 'organization' && QUALIFIABLE.test(e.name));
    for (const local of orgs) {
      const q = splitQualifier(local.name, this.placeNames(annotations));
      if (!q) continue;
      local.base = intern(entityId('organization', q.base));
      local.place = intern(q.placeKey);
    }
  }

  /** Whether this document names the place of that key ("iran"), by its text or its canonical name. */
  namesPlace(key: string): boolean {
    return this.placeNames().has(key);
  }

  /** The keys of the places this document names ("iran"), for the archive linker's rows (linkRows.ts). */
  placeKeys(): string[] {
    return [...this.placeNames().keys()];
  }

  /** The places this document names, by key: built for the documents that ask (see noteQualified) and kept. */
  private placeNames(annotations?: ArticleAnnotations): PlaceNames {
    if (!this.places) {
      this.places = new Map();
      for (const m of (annotations ?? this.annotations).entities) if (m.type === 'place') addPlace(this.places, m.text, m.name);
    }
    return this.places;
  }

  private addRole(local: LocalEntity, key: string, label: string): void {
    if (local.roles === NO_ROLES) local.roles = new Map();
    (local.roles as Map<string, string>).set(key, label);
  }

  private local(entities: Map<string, LocalEntity>, id: string, type: EntityType, name: string): LocalEntity {
    let local = entities.get(id);
    if (!local) {
      local = { type, name, mentions: 0, quotes: 0, roles: NO_ROLES };
      entities.set(id, local);
    }
    return local;
  }
}
