// The corpus index: documents in, linked entities and quotes out. Updates are incremental (one document's
// entities and the links they touch); orderings over the whole corpus are computed when first asked for
// and kept until the next change.
import type { ArticleAnnotations, EntityType, Mention, Quote } from '../model';
import { contentHash } from './contentHash';
import { CrossLinks, type Surface } from './crossLinks';
import { DocumentEntry } from './documentEntry';
import { roleKey } from './linkKeys';
import type {
  Appearance, ArticleAppearances, ArticleInfo, CorpusChange, CorpusQueries, CorpusStats, EntityHit, EntityOrder,
  EntitySummary, QuoteRecord, RoleSeen, Subscription,
} from './types';

/** Newest first; undated articles after dated ones; then by path so the order is stable. */
function byDateDesc(a: ArticleInfo, b: ArticleInfo): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

const ORDERS: Record<EntityOrder, (a: EntitySummary, b: EntitySummary) => number> = {
  mentions: (a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || byName(a, b),
  articles: (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || byName(a, b),
  name: (a, b) => byName(a, b) || b.mentionCount - a.mentionCount,
};

function byName(a: EntitySummary, b: EntitySummary): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Lower case without accents, for prefix search. */
function searchKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every article, entity and quote of a corpus, linked across documents; answers CorpusQueries from memory. */
export class CorpusIndex implements CorpusQueries {
  private readonly docs = new Map<string, DocumentEntry>();
  private readonly links = new CrossLinks();
  private readonly strings = new Map<string, string>();
  private readonly listeners = new Set<(change: CorpusChange) => void>();
  /** Derived results, valid until the next change. */
  private memo = new Map<string, unknown>();
  private quoteCount = 0;
  private batchDepth = 0;
  private pendingPaths = new Set<string>();
  private pendingLinks = false;
  private readonly intern = (s: string): string => {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  };

  /** Number of documents. */
  get size(): number {
    return this.docs.size;
  }

  /** Content hash of the indexed text of a document, or undefined when it is not indexed. */
  hashOf(path: string): string | undefined {
    return this.docs.get(path)?.hash;
  }

  /** Indexed paths, in insertion order. */
  paths(): string[] {
    return [...this.docs.keys()];
  }

  /** Per document: path, content hash, text and the engine's annotations (for the cache). */
  entries(): Iterable<{ path: string; hash: string; text: string; annotations: ArticleAnnotations }> {
    return this.docs.values();
  }

  /**
   * Adds or replaces a document. The index takes ownership of `annotations` (the engine's output for
   * exactly this text). Returns false, changing nothing, when the same text is already indexed there.
   */
  upsert(path: string, text: string, annotations: ArticleAnnotations, hash = contentHash(text)): boolean {
    const old = this.docs.get(path);
    if (old?.hash === hash) return false;
    const linkVersion = this.links.version;
    if (old) this.detach(old);
    const doc = new DocumentEntry(path, hash, text, annotations, this.intern);
    this.docs.set(path, doc);
    this.links.add(doc);
    this.quoteCount += annotations.quotes.length;
    this.changed(path, linkVersion);
    return true;
  }

  /** Removes a document; returns false when it was not indexed. */
  remove(path: string): boolean {
    const old = this.docs.get(path);
    if (!old) return false;
    const linkVersion = this.links.version;
    this.detach(old);
    this.docs.delete(path);
    this.changed(path, linkVersion);
    return true;
  }

  /** Calls listener after every change (once per batch). */
  onDidChange(listener: (change: CorpusChange) => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Runs fn, announcing all the changes it makes as one CorpusChange at the end. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      if (--this.batchDepth === 0) this.flush();
    }
  }

  annotations(path: string): ArticleAnnotations | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    const a = doc.annotations;
    const entities = a.entities.map((m): Mention => {
      const id = this.links.resolve(m.entity);
      return id === m.entity ? m : { ...m, entity: id, name: this.links.surfaces.get(id)?.name ?? m.name };
    });
    const quotes = a.quotes.map((q): Quote => {
      const r = this.quoteRecord(doc, q);
      if (!q.speaker || r.speakerEntity === q.speaker.entity) return q;
      const reason = r.speakerLink ? `${q.speaker.reason ? `${q.speaker.reason}; ` : ''}corpus: ${r.speakerLink.detail}` : q.speaker.reason;
      const name = this.links.surfaces.get(r.speakerEntity!)?.name ?? q.speaker.name;
      return { ...q, speaker: { ...q.speaker, entity: r.speakerEntity, name, ...(reason ? { reason } : {}) } };
    });
    return { ...a, entities, quotes };
  }

  article(path: string): ArticleInfo | undefined {
    return this.docs.get(path)?.info;
  }

  articles(): ArticleInfo[] {
    return this.cached('articles', () => [...this.docs.values()].map((d) => d.info).sort(byDateDesc));
  }

  entity(id: string): EntitySummary | undefined {
    const cid = this.links.resolve(id);
    return this.cached(`entity|${cid}`, () => {
      const members = this.links.members(cid);
      if (!members.length) return undefined;
      let mentionCount = 0;
      for (const m of members) mentionCount += m.mentions;
      const articleCount = members.length === 1 ? members[0].docs.size : this.docsOf(members).length;
      const { type, name } = members[0];
      return { id: cid, type, name, mentionCount, articleCount };
    });
  }

  entityAt(path: string, offset: number): EntityHit | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    const m = doc.mentionAt(offset);
    if (m) {
      const entity = this.entity(m.entity);
      return entity && { ...this.appearance(doc, m), entity };
    }
    // A description linked through the corpus ("the Russian president" -> Vladimir Putin) is a hit too.
    for (const q of doc.annotations.quotes) {
      const s = q.speaker;
      if (!s || s.entity || offset < s.start || offset >= s.end) continue;
      const link = this.links.description(roleKey(s.text));
      const entity = link && this.entity(link.id);
      if (link && entity) return { path, start: s.start, end: s.end, ...doc.position(s.start), text: s.text, snippet: doc.snippet(s.start, s.end), link: link.reason, entity };
    }
    return undefined;
  }

  quoteAt(path: string, offset: number): QuoteRecord | undefined {
    const doc = this.docs.get(path);
    const q = doc?.quoteAt(offset);
    return doc && q && this.quoteRecord(doc, q);
  }

  appearances(id: string): ArticleAppearances[] {
    const cid = this.links.resolve(id);
    return this.cached(`appearances|${cid}`, () => {
      const groups = new Map<DocumentEntry, Appearance[]>();
      for (const member of this.links.members(cid)) {
        for (const doc of member.docs.keys()) {
          let list = groups.get(doc);
          if (!list) groups.set(doc, (list = []));
          for (const m of doc.annotations.entities) if (m.entity === member.id) list.push(this.appearance(doc, m));
        }
      }
      const out: ArticleAppearances[] = [];
      for (const [doc, appearances] of groups) {
        if (appearances.length) out.push({ article: doc.info, appearances: appearances.sort((a, b) => a.start - b.start) });
      }
      return out.sort((a, b) => byDateDesc(a.article, b.article));
    });
  }

  roles(id: string): RoleSeen[] {
    const cid = this.links.resolve(id);
    return this.cached(`roles|${cid}`, () => {
      const seen = new Set<string>();
      const out: RoleSeen[] = [];
      for (const group of this.appearances(cid)) {
        for (const a of group.appearances) {
          const key = `${a.role}\u0000${a.path}`;
          if (a.role && !seen.has(key)) {
            seen.add(key);
            out.push({ role: a.role, path: a.path });
          }
        }
      }
      return out;
    });
  }

  quotesBy(id: string): QuoteRecord[] {
    const cid = this.links.resolve(id);
    return this.cached(`quotes|${cid}`, () => {
      const out: QuoteRecord[] = [];
      const docs = new Set<DocumentEntry>();
      for (const member of this.links.members(cid)) for (const doc of member.docs.keys()) docs.add(doc);
      for (const key of this.links.descriptionsLinkedTo(cid)) for (const doc of this.links.descriptionQuotes.get(key)?.keys() ?? []) docs.add(doc);
      for (const doc of docs) {
        for (const q of doc.annotations.quotes) {
          if (!q.speaker) continue;
          const r = this.quoteRecord(doc, q);
          if (r.speakerEntity === cid) out.push(r);
        }
      }
      return out.sort((a, b) => byDateDesc(this.docs.get(a.path)!.info, this.docs.get(b.path)!.info) || a.start - b.start);
    });
  }

  speakers(): { speaker: EntitySummary; count: number }[] {
    return this.cached('speakers', () => {
      const counts = new Map<string, number>();
      const add = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
      for (const s of this.links.surfaces.values()) if (s.quotes > 0) add(this.links.resolve(s.id), s.quotes);
      for (const [key, docs] of this.links.descriptionQuotes) {
        const link = this.links.description(key);
        if (link) for (const n of docs.values()) add(link.id, n);
      }
      const out: { speaker: EntitySummary; count: number }[] = [];
      for (const [id, count] of counts) {
        const speaker = this.entity(id);
        if (speaker) out.push({ speaker, count });
      }
      return out.sort((a, b) => b.count - a.count || byName(a.speaker, b.speaker));
    });
  }

  topEntities(options: { type?: EntityType; by?: EntityOrder; limit?: number } = {}): EntitySummary[] {
    const by = options.by ?? 'mentions';
    const sorted = this.cached(`top|${options.type ?? ''}|${by}`, () => this.summaries(options.type).sort(ORDERS[by]));
    return options.limit === undefined ? sorted.slice() : sorted.slice(0, options.limit);
  }

  searchByPrefix(prefix: string, limit = 20): EntitySummary[] {
    const key = searchKey(prefix.trim());
    if (!key) return [];
    const words = this.cached('words', () => this.wordIndex());
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid][0] < key) lo = mid + 1;
      else hi = mid;
    }
    const ids = new Set<string>();
    for (let i = lo; i < words.length && words[i][0].startsWith(key); i++) ids.add(words[i][1]);
    const found: EntitySummary[] = [];
    for (const id of ids) {
      const e = this.entity(id);
      if (e) found.push(e);
    }
    return found.sort(ORDERS.articles).slice(0, limit);
  }

  cooccurring(id: string, limit = 20): { entity: EntitySummary; articles: number }[] {
    const cid = this.links.resolve(id);
    const all = this.cached(`cooccurring|${cid}`, () => {
      const counts = new Map<string, number>();
      for (const doc of this.docsOf(this.links.members(cid))) {
        const inDoc = new Set<string>();
        for (const local of doc.entities.keys()) {
          const other = this.links.resolve(local);
          if (other !== cid && !inDoc.has(other)) {
            inDoc.add(other);
            counts.set(other, (counts.get(other) ?? 0) + 1);
          }
        }
      }
      const out: { entity: EntitySummary; articles: number }[] = [];
      for (const [other, articles] of counts) {
        const entity = this.entity(other);
        if (entity) out.push({ entity, articles });
      }
      return out.sort((a, b) => b.articles - a.articles || byName(a.entity, b.entity));
    });
    return all.slice(0, limit);
  }

  stats(): CorpusStats {
    const c = this.links.counts;
    return { articles: this.docs.size, people: c.person, organizations: c.organization, places: c.place, quotes: this.quoteCount };
  }

  private detach(doc: DocumentEntry): void {
    this.links.remove(doc);
    this.quoteCount -= doc.annotations.quotes.length;
  }

  private changed(path: string, linkVersion: number): void {
    this.memo = new Map();
    this.pendingPaths.add(path);
    if (this.links.version !== linkVersion) this.pendingLinks = true;
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (!this.pendingPaths.size) return;
    const change: CorpusChange = { paths: [...this.pendingPaths], linksChanged: this.pendingLinks };
    this.pendingPaths = new Set();
    this.pendingLinks = false;
    for (const listener of [...this.listeners]) listener(change);
  }

  private cached<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = make();
    this.memo.set(key, value);
    return value;
  }

  private docsOf(members: Surface[]): DocumentEntry[] {
    if (members.length === 1) return [...members[0].docs.keys()];
    const docs = new Set<DocumentEntry>();
    for (const m of members) for (const d of m.docs.keys()) docs.add(d);
    return [...docs];
  }

  private summaries(type?: EntityType): EntitySummary[] {
    const out: EntitySummary[] = [];
    for (const s of this.links.surfaces.values()) {
      if ((type && s.type !== type) || this.links.resolve(s.id) !== s.id) continue;
      const e = this.entity(s.id);
      if (e) out.push(e);
    }
    return out;
  }

  /** [word or whole-name key, corpus id], sorted by key. */
  private wordIndex(): [string, string][] {
    const out: [string, string][] = [];
    for (const s of this.links.surfaces.values()) {
      const id = this.links.resolve(s.id);
      const name = searchKey(s.name);
      out.push([name, id]);
      const words = name.split(/[\s\-–]+/).filter(Boolean);
      for (let i = 1; i < words.length; i++) out.push([words[i], id]);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  private appearance(doc: DocumentEntry, m: Mention): Appearance {
    const a: Appearance = { path: doc.path, start: m.start, end: m.end, ...doc.position(m.start), text: m.text, snippet: doc.snippet(m.start, m.end) };
    if (m.role) a.role = m.role;
    const link = this.links.linkOf(m.entity);
    if (link) a.link = link;
    return a;
  }

  private quoteRecord(doc: DocumentEntry, q: Quote): QuoteRecord {
    const r: QuoteRecord = { ...q, path: doc.path, line: doc.lineOf(q.start), speakerEntity: null };
    const s = q.speaker;
    if (s?.entity) r.speakerEntity = this.links.resolve(s.entity);
    else if (s) {
      const link = this.links.description(roleKey(s.text));
      if (link) {
        r.speakerEntity = link.id;
        r.speakerLink = { kind: 'description', detail: `'${s.text}' -> ${this.links.surfaces.get(link.id)?.name ?? link.id}: ${link.reason.detail}` };
      }
    }
    return r;
  }
}
