// The corpus index: documents in, linked entities and quotes out. Updates are incremental (one document's
// entities and the links they touch); orderings over the whole corpus are computed when first asked for
// and kept until the next change.
import { applyCorrections } from '../corrections/apply';
import { isEmptyCorrections, type Corrections } from '../corrections/types';
import type { ArticleAnnotations, EntityType, Mention, Quote } from '../model';
import type { CacheChange } from './cacheFile';
import { contentHash } from './contentHash';
import { CrossLinks, type Surface } from './crossLinks';
import { DocumentEntry } from './documentEntry';
import { OfficeLinks, type OfficeMention } from './officeLinks';
import { roleKey } from '../text/linkKeys';
import { Lru } from './lru';
import { PackedStore } from './packedDocument';
import { SortedList } from './sortedList';
import { SPEAKER_GROUPS, speakerGroupOf, type SpeakerGroup } from './speakerGroups';
import type {
  Appearance, ArticleAppearances, ArticleInfo, CorpusChange, CorpusQueries, CorpusStats, EntityHit, EntityOrder,
  EntitySummary, LinkReason, QuoteRecord, RoleSeen, Subscription,
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

/** A document as the cache sees it: text and the engine's annotations decoded only when read (a class: 50,000 object literals with getters cost a save 100 ms). */
class EngineOutput {
  constructor(private readonly doc: DocumentEntry) {}
  get path(): string { return this.doc.path; }
  get hash(): string { return this.doc.hash; }
  get text(): string { return this.doc.text; }
  get annotations(): ArticleAnnotations { return this.doc.raw; }
}

/** Documents whose linked annotations are kept: the open editors and the last few hovered. */
const LINKED_KEPT = 32;

/** The per-entity results kept in the memo, as `${kind}|${entity id}`. */
const PER_ENTITY = ['appearances', 'roles', 'quotes', 'cooccurring'] as const;

interface Ordering<T> {
  keyedBy: 'entity' | 'path';
  list: SortedList<T>;
  pending: Set<string>;
  refresh: (list: SortedList<T>, key: string) => void;
}

/** True when `path` lies below the folder `root` (a path or URI; '' is everything). */
function underRoot(path: string, root: string): boolean {
  if (!root) return true;
  if (!path.startsWith(root)) return false;
  const last = root[root.length - 1];
  const next = path[root.length];
  return last === '/' || last === '\\' || next === '/' || next === '\\';
}

/** Lower case without accents, for prefix search. */
function searchKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every article, entity and quote of a corpus, linked across documents; answers CorpusQueries from memory. */
export class CorpusIndex implements CorpusQueries {
  private readonly docs = new Map<string, DocumentEntry>();
  private readonly links = new CrossLinks();
  /** "The Russian president" in an article that does not name him, resolved through the corpus's office register. */
  private readonly offices = new OfficeLinks({
    resolve: (id) => this.links.resolve(id),
    members: (id) => this.links.members(id).map((m) => m.id),
    nameOf: (id) => this.links.surfaces.get(id)?.name ?? id,
    titleOf: (path) => this.docs.get(path)?.info.title || path,
    linkVersion: () => this.links.version,
  });
  /** The documents' texts and annotations, packed, and the decoded views of the ones used last. */
  private readonly store = new PackedStore();
  private readonly listeners = new Set<(change: CorpusChange) => void>();
  /** Per-entity results (appearances, quotes, ...), dropped when their entity changes or links move. */
  private memo = new Map<string, unknown>();
  /** Entity summaries, dropped one by one as their entities change. */
  private readonly summaryCache = new Map<string, EntitySummary>();
  /** Corpus-wide orderings, repaired lazily from the ids (or paths) changed since they were last read. */
  private readonly orderings = new Map<string, Ordering<unknown>>();
  /** The search keys each surface was filed under in the word ordering. */
  private readonly surfaceWords = new Map<string, string[]>();
  /** The reader's corrections by the folder (path or URI prefix) they apply to; '' applies everywhere. */
  private readonly corrections = new Map<string, Corrections>();
  /** annotations() of the documents asked for last, kept until the document is replaced or any cross-document link moves. */
  private readonly linked = new Lru<DocumentEntry, { linkVersion: number; value: ArticleAnnotations }>(LINKED_KEPT);
  /** Paths changed since the last takeChanges(), with the content hash each had before (undefined: not indexed). */
  private cacheChanges = new Map<string, string | undefined>();
  private quoteCount = 0;
  private batchDepth = 0;
  private pendingPaths = new Set<string>();
  private pendingLinks = false;

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

  /** The indexed text of a document, or undefined when it is not indexed. */
  textOf(path: string): string | undefined {
    return this.docs.get(path)?.text;
  }

  /**
   * Per document: path, content hash, text and the engine's annotations, without corrections (for the cache).
   * Text and annotations are decoded when read: a save reads them only for the documents its file lacks.
   */
  *entries(): Iterable<{ path: string; hash: string; text: string; annotations: ArticleAnnotations }> {
    for (const d of this.docs.values()) yield new EngineOutput(d);
  }

  /**
   * The documents added, replaced or removed since the last call (for CorpusCache.saveChanges: a save after one
   * edit writes one document). A path changed and changed back is not listed.
   */
  takeChanges(): CacheChange[] {
    const out: CacheChange[] = [];
    for (const [path, before] of this.cacheChanges) {
      const doc = this.docs.get(path);
      if (before === doc?.hash) continue;
      const change: CacheChange = {};
      if (before !== undefined) change.before = before;
      if (doc) change.after = new EngineOutput(doc);
      out.push(change);
    }
    this.cacheChanges = new Map();
    return out;
  }

  /**
   * Sets (or, with undefined, clears) the corrections of the documents below `root` (a folder path or URI;
   * '' for every document; the longest matching root wins) and re-derives their annotations from the
   * engine's, without re-running NLP. One change event for all of them.
   */
  setCorrections(root: string, corrections: Corrections | undefined): void {
    const before = this.corrections.get(root);
    if (corrections && !isEmptyCorrections(corrections)) this.corrections.set(root, corrections);
    else this.corrections.delete(root);
    if (before === this.corrections.get(root)) return;
    this.batch(() => {
      for (const doc of [...this.docs.values()]) {
        if (!underRoot(doc.path, root)) continue;
        const linkVersion = this.linkState();
        const held = this.heldIn(doc);
        this.detach(doc);
        this.swapOffices(doc, this.attach(doc.path, doc.text, doc.raw, doc.hash), held);
        this.changed(doc.path, linkVersion);
      }
    });
  }

  /** The corrections in force for a document path, if any. */
  correctionsFor(path: string): Corrections | undefined {
    let best: string | undefined;
    for (const root of this.corrections.keys()) if (underRoot(path, root) && (best === undefined || root.length > best.length)) best = root;
    return best === undefined ? undefined : this.corrections.get(best);
  }

  /**
   * Adds or replaces a document. The index takes ownership of `annotations` (the engine's output for
   * exactly this text). Returns false, changing nothing, when the same text is already indexed there.
   */
  upsert(path: string, text: string, annotations: ArticleAnnotations, hash = contentHash(text)): boolean {
    const old = this.docs.get(path);
    if (old?.hash === hash) return false;
    this.noteChange(path, old);
    const linkVersion = this.linkState();
    const held = old ? this.heldIn(old) : [];
    if (old) this.detach(old);
    const doc = this.attach(path, text, annotations, hash);
    this.swapOffices(old, doc, held);
    this.changed(path, linkVersion);
    return true;
  }

  private noteChange(path: string, old: DocumentEntry | undefined): void {
    if (!this.cacheChanges.has(path)) this.cacheChanges.set(path, old?.hash);
  }

  /** Indexes the engine's annotations of a text with the corrections in force applied. */
  private attach(path: string, text: string, raw: ArticleAnnotations, hash: string): DocumentEntry {
    const corrected = applyCorrections(text, raw, this.correctionsFor(path), path);
    const doc = new DocumentEntry(path, hash, text, corrected, this.store, raw);
    this.docs.set(path, doc);
    this.links.add(doc);
    this.quoteCount += doc.quoteCount;
    return doc;
  }

  /** Removes a document; returns false when it was not indexed. */
  remove(path: string): boolean {
    const old = this.docs.get(path);
    if (!old) return false;
    this.noteChange(path, old);
    const linkVersion = this.linkState();
    const held = this.heldIn(old);
    this.detach(old);
    this.docs.delete(path);
    this.swapOffices(old, undefined, held);
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
    // Views ask for the active article on every change event; a 2 MB article has ~100,000 spans to relink.
    const known = this.linked.get(doc);
    if (known && known.linkVersion === this.linkState()) return known.value;
    const value = this.relinked(doc);
    this.linked.set(doc, { linkVersion: this.linkState(), value });
    return value;
  }

  /** A document's annotations with entity ids and speakers rewritten to the corpus-level links. */
  private relinked(doc: DocumentEntry): ArticleAnnotations {
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
    const offices = this.officeEntities(doc);
    if (offices.length) {
      entities.push(...offices);
      entities.sort((x, y) => x.start - y.start);
    }
    return { ...a, entities, quotes };
  }

  article(path: string): ArticleInfo | undefined {
    return this.docs.get(path)?.info;
  }

  articles(): ArticleInfo[] {
    return this.ordering<ArticleInfo>('articles', 'path', byDateDesc, (a) => a.path, (list, path) => {
      list.delete(path);
      const doc = this.docs.get(path);
      if (doc) list.set(doc.info);
    }, () => this.docs.keys()).slice();
  }

  entity(id: string): EntitySummary | undefined {
    const cid = this.links.resolve(id);
    const known = this.summaryCache.get(cid);
    if (known) return known;
    const members = this.links.members(cid);
    if (!members.length) return undefined;
    let mentionCount = 0;
    for (const m of members) mentionCount += m.mentions;
    let articleCount = members.length === 1 ? members[0].docs.size : this.docsOf(members).length;
    const { type, name } = members[0];
    // An office holder's counts include the articles that name them only by office.
    if (type === 'person') {
      const byOffice = this.officeDocsOf(cid);
      if (byOffice.size) {
        const docs = new Set(this.docsOf(members));
        for (const [doc, held] of byOffice) {
          docs.add(doc);
          mentionCount += held.length;
        }
        articleCount = docs.size;
      }
    }
    const summary: EntitySummary = { id: cid, type, name, mentionCount, articleCount };
    this.summaryCache.set(cid, summary);
    return summary;
  }

  entityAt(path: string, offset: number): EntityHit | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    // An office mention ("Russian president" -> Vladimir Putin) wins over the nationality inside it ("Russian").
    const office = this.officeMentions(doc).find((o) => offset >= o.start && offset < o.end);
    const holder = office && this.entity(office.entity);
    if (office && holder) return { ...this.officeAppearance(doc, office), entity: holder };
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
      for (const [doc, held] of this.officeDocsOf(cid)) {
        let list = groups.get(doc);
        if (!list) groups.set(doc, (list = []));
        for (const o of held) list.push(this.officeAppearance(doc, o));
      }
      const out: ArticleAppearances[] = [];
      for (const [doc, appearances] of groups) {
        if (appearances.length) out.push({ article: doc.info, appearances: appearances.sort((a, b) => a.start - b.start) });
      }
      return out.sort((a, b) => byDateDesc(a.article, b.article));
    });
  }

  aliases(id: string): string[] {
    const [own, ...others] = this.links.members(this.links.resolve(id));
    if (!own) return [];
    return others.filter((s) => s.name !== own.name).sort((a, b) => b.docs.size - a.docs.size || a.name.localeCompare(b.name)).map((s) => s.name);
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
      for (const doc of this.offices.docsNaming(this.offices.officesOf(cid))) docs.add(doc);
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

  quotesInGroup(group: SpeakerGroup): QuoteRecord[] {
    // Kept until any document changes (changed()): a group gathers quotes from every document.
    return this.cached(`group|${group}`, () => {
      const out: QuoteRecord[] = [];
      for (const doc of this.docs.values()) {
        for (const q of doc.annotations.quotes) {
          if (!q.speaker || q.speaker.name !== null) continue;
          const r = this.quoteRecord(doc, q);
          if (speakerGroupOf(r) === group) out.push(r);
        }
      }
      return out.sort((a, b) => byDateDesc(this.docs.get(a.path)!.info, this.docs.get(b.path)!.info) || a.path.localeCompare(b.path) || a.start - b.start);
    });
  }

  speakers(): { speaker: EntitySummary; count: number }[] {
    type Row = { speaker: EntitySummary; count: number };
    return this.ordering<Row>('speakers', 'entity', (a, b) => b.count - a.count || byName(a.speaker, b.speaker), (r) => r.speaker.id, (list, id) => {
      list.delete(id);
      const count = this.quoteCountOf(id);
      const speaker = count ? this.entity(id) : undefined;
      if (speaker && speaker.id === id) list.set({ speaker, count });
    }, () => this.links.surfaces.keys()).slice();
  }

  topEntities(options: { type?: EntityType; by?: EntityOrder; limit?: number } = {}): EntitySummary[] {
    const by = options.by ?? 'mentions';
    const type = options.type;
    const sorted = this.ordering<EntitySummary>(`top|${type ?? ''}|${by}`, 'entity', ORDERS[by], (e) => e.id, (list, id) => {
      list.delete(id);
      const e = this.entity(id);
      if (e && e.id === id && (!type || e.type === type)) list.set(e);
    }, () => this.links.surfaces.keys());
    return sorted.slice(0, options.limit ?? sorted.length);
  }

  searchByPrefix(prefix: string, limit = 20): EntitySummary[] {
    const key = searchKey(prefix.trim());
    if (!key) return [];
    const words = this.wordIndex();
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid][0] < key) lo = mid + 1;
      else hi = mid;
    }
    const ids = new Set<string>();
    for (let i = lo; i < words.length && words[i][0].startsWith(key); i++) ids.add(this.links.resolve(words[i][1]));
    const found: EntitySummary[] = [];
    for (const id of ids) {
      const e = this.entity(id);
      if (e) found.push(e);
    }
    return found.sort(ORDERS.articles).slice(0, limit);
  }

  cooccurring(id: string, limit = 20): { entity: EntitySummary; articles: number }[] {
    const cid = this.links.resolve(id);
    // Cached as ids and counts only: the other entities' summaries change without touching this one.
    const all = this.cached(`cooccurring|${cid}`, () => {
      const counts = new Map<string, number>();
      for (const doc of this.docsOf(this.links.members(cid))) {
        const inDoc = new Set<string>();
        for (const local of doc.entityIds()) {
          const other = this.links.resolve(local);
          if (other !== cid && !inDoc.has(other)) {
            inDoc.add(other);
            counts.set(other, (counts.get(other) ?? 0) + 1);
          }
        }
      }
      const rows: { entity: EntitySummary; articles: number }[] = [];
      for (const [other, articles] of counts) {
        const entity = this.entity(other);
        if (entity) rows.push({ entity, articles });
      }
      return rows.sort((a, b) => b.articles - a.articles || byName(a.entity, b.entity)).map((r) => [r.entity.id, r.articles] as const);
    });
    const out: { entity: EntitySummary; articles: number }[] = [];
    for (const [other, articles] of all) {
      if (out.length >= limit) break;
      const entity = this.entity(other);
      if (entity) out.push({ entity, articles });
    }
    return out;
  }

  stats(): CorpusStats {
    const c = this.links.counts;
    return { articles: this.docs.size, people: c.person, organizations: c.organization, places: c.place, misc: c.misc, quotes: this.quoteCount };
  }

  /** Bumped when any id, description or office mention resolves differently: caches keyed by it start over. */
  private linkState(): number {
    return this.links.version + this.offices.version;
  }

  /** The people a document's office phrases resolve to now. */
  private heldIn(doc: DocumentEntry): string[] {
    return this.officeMentions(doc).map((o) => o.entity);
  }

  /**
   * Moves a document's observations and phrases from its old entry to its new one. The new one is added first:
   * an edit that keeps its observations leaves the register as it was, and only the holders its phrases named
   * before and after are touched; a register that changed touches everyone seen in those offices.
   */
  private swapOffices(old: DocumentEntry | undefined, next: DocumentEntry | undefined, heldBefore: string[]): void {
    const version = this.offices.version;
    const ignored = next && this.correctionsFor(next.path)?.ignore;
    const affected = next ? this.offices.add(next, ignored?.length ? new Set(ignored.map((t) => t.toLowerCase())) : undefined) : new Set<string>();
    if (old) for (const id of this.offices.remove(old)) affected.add(id);
    const touched = new Set([...heldBefore, ...(next ? this.heldIn(next) : [])]);
    if (this.offices.version !== version) for (const id of affected) touched.add(id);
    for (const id of touched) this.links.touch(id);
  }

  /** The documents naming a person by office, with those mentions. */
  private officeDocsOf(cid: string): Map<DocumentEntry, OfficeMention[]> {
    const out = new Map<DocumentEntry, OfficeMention[]>();
    const offices = this.offices.officesOf(cid);
    if (!offices.length) return out;
    for (const doc of this.offices.docsNaming(offices)) {
      const held = this.officeMentions(doc).filter((o) => o.entity === cid);
      if (held.length) out.set(doc, held);
    }
    return out;
  }

  /** The office phrases of a document resolved to people. */
  private officeMentions(doc: DocumentEntry): OfficeMention[] {
    return this.offices.mentions(doc);
  }

  /** Office mentions as mentions of their holders, for annotations(): "the Russian president" -> Vladimir Putin. */
  private officeEntities(doc: DocumentEntry): Mention[] {
    return this.officeMentions(doc).map((o) => ({
      type: 'person', start: o.start, end: o.end, text: o.text, entity: o.entity, name: this.links.surfaces.get(o.entity)?.name ?? o.entity, office: o.office.label,
    }));
  }

  private detach(doc: DocumentEntry): void {
    this.links.remove(doc);
    this.quoteCount -= doc.quoteCount;
    this.linked.delete(doc);
    doc.dispose();
  }

  private changed(path: string, linkVersion: number): void {
    const touched = this.links.drainTouched();
    // A link change can move an entity of any document (co-occurrences, description speakers): start over.
    if (this.linkState() !== linkVersion) this.memo = new Map();
    for (const { group } of SPEAKER_GROUPS) this.memo.delete(`group|${group}`);
    for (const id of touched) {
      this.forget(id);
      const cid = this.links.resolve(id);
      if (cid !== id) this.forget(cid);
    }
    for (const o of this.orderings.values()) {
      if (o.keyedBy === 'path') o.pending.add(path);
      else for (const id of touched) { o.pending.add(id); o.pending.add(this.links.resolve(id)); }
    }
    this.pendingPaths.add(path);
    if (this.linkState() !== linkVersion) this.pendingLinks = true;
    if (this.batchDepth === 0) this.flush();
  }

  /** Drops what is cached about one entity. */
  private forget(id: string): void {
    this.summaryCache.delete(id);
    // Nothing to drop while nobody asks (a build): skip building the keys.
    if (this.memo.size) for (const kind of PER_ENTITY) this.memo.delete(`${kind}|${id}`);
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

  /**
   * A corpus-wide ordering, built on first use from every key `all()` yields, then repaired on each read
   * by `refresh` for the entity ids (or paths) changed since.
   */
  private ordering<T>(name: string, keyedBy: 'entity' | 'path', compare: (a: T, b: T) => number, key: (item: T) => string,
    refresh: (list: SortedList<T>, key: string) => void, all: () => Iterable<string>): readonly T[] {
    let o = this.orderings.get(name) as Ordering<T> | undefined;
    if (!o) {
      o = { keyedBy, list: new SortedList(compare, key), pending: new Set(all()), refresh };
      this.orderings.set(name, o as Ordering<unknown>);
    }
    if (o.pending.size) {
      for (const k of o.pending) o.refresh(o.list, k);
      o.pending = new Set();
    }
    return o.list.all();
  }

  /** Quotes the corpus attributes to an entity: by name (its own and linked surnames) and by description. */
  private quoteCountOf(id: string): number {
    let n = 0;
    for (const m of this.links.members(id)) n += m.quotes;
    const offices = this.offices.officesOf(id);
    if (!offices.length) {
      for (const key of this.links.descriptionsLinkedTo(id)) for (const c of this.links.descriptionQuotes.get(key)?.values() ?? []) n += c;
      return n;
    }
    // A description speaker counts for whom quoteRecord gives it: the office holder first, else the description's link.
    const docs = this.offices.docsNaming(offices);
    for (const key of this.links.descriptionsLinkedTo(id)) for (const doc of this.links.descriptionQuotes.get(key)?.keys() ?? []) docs.add(doc);
    for (const doc of docs) {
      for (const [key, count] of doc.descriptions) if ((this.officeSpeaker(doc, key)?.entity ?? this.links.description(key)?.id) === id) n += count;
    }
    return n;
  }

  /** Who a description speaker (its role key: "russian president") is by office at the document's date, if anyone. */
  private officeSpeaker(doc: DocumentEntry, key: string): { entity: string; reason: LinkReason } | undefined {
    return this.offices.speaker(doc, key);
  }

  /** [name or name-word key, surface id], sorted by key; a surface id resolves to its entity at query time. */
  private wordIndex(): readonly [string, string][] {
    const wordsOf = this.surfaceWords;
    return this.ordering<[string, string]>('words', 'entity', (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0),
      (w) => `${w[0]}\u0000${w[1]}`, (list, id) => {
        for (const w of wordsOf.get(id) ?? []) list.delete(`${w}\u0000${id}`);
        wordsOf.delete(id);
        const s = this.links.surfaces.get(id);
        if (!s) return;
        const name = searchKey(s.name);
        const words = [name, ...name.split(/[\s\-–]+/).filter(Boolean).slice(1)];
        wordsOf.set(id, words);
        for (const w of words) list.set([w, id]);
      }, () => this.links.surfaces.keys());
  }

  /** An office phrase as an appearance of its holder, with the reason it was resolved so. */
  private officeAppearance(doc: DocumentEntry, o: OfficeMention): Appearance {
    return { path: doc.path, start: o.start, end: o.end, ...doc.position(o.start), text: o.text, snippet: doc.snippet(o.start, o.end), link: o.reason };
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
    const office = s && !s.entity ? this.officeSpeaker(doc, roleKey(s.text)) : undefined;
    if (s && office) {
      r.speakerEntity = office.entity;
      r.speakerLink = { kind: 'office', detail: `'${s.text}' -> ${this.links.surfaces.get(office.entity)?.name ?? office.entity}: ${office.reason.detail}` };
    } else if (s && !s.entity) {
      const link = this.links.description(roleKey(s.text));
      if (link) {
        r.speakerEntity = link.id;
        r.speakerLink = { kind: 'description', detail: `'${s.text}' -> ${this.links.surfaces.get(link.id)?.name ?? link.id}: ${link.reason.detail}` };
      }
    }
    return r;
  }
}
