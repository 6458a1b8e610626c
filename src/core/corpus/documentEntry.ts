// One indexed document: its text, the engine's annotations (ids as the engine gave them; `raw` as the engine
// gave them, `annotations` with the reader's corrections applied), and what the corpus needs from it,
// computed once at upsert: entity counts, roles, speakers, place-qualified organisations, span search, lines.
import type { ArticleAnnotations, EntityType, Mention, Quote } from '../model';
import { entityId } from '../articleLinks/ids';
import { addPlace, splitQualifier, type PlaceNames } from '../articleLinks/qualifiers';
import { articleDate } from './articleDate';
import { lineBounds, lineOf, lineStarts } from '../text/lineIndex';
import { idType, roleKey } from '../text/linkKeys';
import { snippet } from './snippet';
import { SpanSearch } from './spanSearch';
import type { ArticleInfo } from './types';

/** What one document says about one of its entities (ids as the engine gave them). */
export interface LocalEntity {
  type: EntityType;
  name: string;
  mentions: number;
  /** Quotes of this document whose named speaker it is. */
  quotes: number;
  /** Roles written with it here: role key -> the role as written. */
  roles: Map<string, string>;
  /**
   * For an organisation whose name ends with a place this document names ("Supreme National Security Council
   * of Iran" beside the place "Iran"): the id of the name without it, which can link to this one.
   */
  base?: string;
  /** With `base`: the key of that place ("iran"). */
  place?: string;
}

const QUALIFIABLE = /\sof\s|['’]s\s/i;

/** Shares equal strings between documents so that 10,000 copies of "person:vladimir-putin" cost one. */
export type Intern = (s: string) => string;

/** A document as the index holds it. Immutable: an update replaces the entry. */
export class DocumentEntry {
  readonly info: ArticleInfo;
  readonly entities = new Map<string, LocalEntity>();
  /** Description speakers ("the Russian president", entity null): role key -> number of quotes. */
  readonly descriptions = new Map<string, number>();
  private readonly mentionSearch: SpanSearch;
  private readonly quoteSearch: SpanSearch;
  private lines?: Uint32Array;
  private places?: PlaceNames;

  /** `raw` is the engine's output (what the cache keeps); `annotations` the same with corrections applied (what views show). */
  constructor(readonly path: string, readonly hash: string, readonly text: string, readonly annotations: ArticleAnnotations, intern: Intern,
    readonly raw: ArticleAnnotations = annotations) {
    annotations.file = path;
    for (const m of annotations.entities) {
      m.type = intern(m.type) as EntityType;
      m.entity = intern(m.entity);
      m.name = intern(m.name);
      if (m.role !== undefined) m.role = intern(m.role);
      const local = this.local(m.entity, m.type, m.name);
      local.mentions++;
      if (m.role) local.roles.set(roleKey(m.role), m.role);
    }
    this.noteQualified(intern);
    for (const q of annotations.quotes) {
      const s = q.speaker;
      if (!s) continue;
      if (s.entity) {
        s.entity = intern(s.entity);
        const name = intern(s.name ?? s.text);
        if (s.name !== null) s.name = name;
        this.local(s.entity, idType(s.entity) as EntityType, name).quotes++;
      } else {
        const key = roleKey(s.text);
        if (key) this.descriptions.set(key, (this.descriptions.get(key) ?? 0) + 1);
      }
    }
    this.mentionSearch = new SpanSearch(annotations.entities);
    this.quoteSearch = new SpanSearch(annotations.quotes);
    this.info = { path, title: annotations.title, date: articleDate(text, annotations.dateline), agency: annotations.dateline?.agency ?? null };
  }

  /** The mention covering offset, or undefined. */
  mentionAt(offset: number): Mention | undefined {
    const i = this.mentionSearch.at(offset);
    return i === -1 ? undefined : this.annotations.entities[i];
  }

  /** The innermost quote covering offset, or undefined. */
  quoteAt(offset: number): Quote | undefined {
    const i = this.quoteSearch.at(offset);
    return i === -1 ? undefined : this.annotations.quotes[i];
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
    return (this.lines ??= lineStarts(this.text));
  }

  /** Sets `base` on the organisations whose name a place of this document qualifies. */
  private noteQualified(intern: Intern): void {
    // Most documents have no "<org> of <place>" or "<place>'s <org>": they skip the place keys (warm start).
    const orgs = [...this.entities.values()].filter((e) => e.type === 'organization' && QUALIFIABLE.test(e.name));
    for (const local of orgs) {
      const q = splitQualifier(local.name, this.placeNames());
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
  private placeNames(): PlaceNames {
    if (!this.places) {
      this.places = new Map();
      for (const m of this.annotations.entities) if (m.type === 'place') addPlace(this.places, m.text, m.name);
    }
    return this.places;
  }

  private local(id: string, type: EntityType, name: string): LocalEntity {
    let local = this.entities.get(id);
    if (!local) {
      local = { type, name, mentions: 0, quotes: 0, roles: new Map() };
      this.entities.set(id, local);
    }
    return local;
  }
}
