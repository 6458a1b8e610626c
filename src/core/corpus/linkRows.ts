// Cross-article linking without the whole corpus in one process (archive scale, see scale/dask/). Each
// annotated article gives one link row per entity; rows carry a group key such that every decision the
// corpus linker (crossLinks.ts) takes about an entity's id reads only rows of the same key:
//  - people by surname ("person|putin"): a bare "Putin" links to the only full name of that surname, and
//    "Donald J. Trump" joins "Donald Trump" (same given name and surname);
//  - organisations by the id of their bare name: "Supreme National Security Council of Iran" and
//    "Supreme National Security Council" share "organization:supreme-national-security-council";
//  - everything else by its own id.
// A distributed group-by on `key` followed by linkGroups() on each group's rows therefore reaches the same ids
// and canonical names as linkGroups() over all rows in one process, and the same CrossLinks code decides both.
import type { ArticleAnnotations, EntityType } from '../model';
import { nameWords, roleKey, surnameOf } from '../text/linkKeys';
import { CrossLinks, type LinkDoc } from './crossLinks';
import { DocumentEntry } from './documentEntry';
import type { LocalEntity } from './localEntities';
import { PackedStore } from './packedDocument';

/** One entity of one article, as the archive linker groups it. */
export interface LinkRow {
  /** The group key: rows of one key must be linked together. */
  key: string;
  /** The entity id within the article (the engine's id from type + name). */
  entity: string;
  type: EntityType;
  name: string;
  mentions: number;
  quotes: number;
  /** For an organisation qualified by a place the article names: its bare name's id and the place's key. */
  base?: string;
  place?: string;
  /** For a person: the titles written with it ("President"), which may decide who a bare surname is. */
  roles?: string[];
  /** For an organisation without a qualifier: the keys of the places its article names. */
  places?: string[];
  /** The article, set by whoever groups the rows (the record id). */
  doc?: string;
}

/** An article-level entity id resolved to the corpus entity it belongs to. */
export interface LinkedEntity {
  entity: string;
  id: string;
  name: string;
  type: EntityType;
  key: string;
}

/** The group key of an entity: see the header. */
export function linkKey(id: string, local: LocalEntity): string {
  if (local.type === 'organization') return local.base ?? id;
  if (local.type !== 'person') return id;
  const words = nameWords(local.name);
  return words.length ? `person|${surnameOf(words)}` : id;
}

/** The link rows of one annotated article (`path` as its annotations name it). */
export function linkRowsOf(path: string, text: string, annotations: ArticleAnnotations): LinkRow[] {
  const doc = new DocumentEntry(path, '', text, structuredClone(annotations), new PackedStore());
  const rows: LinkRow[] = [];
  for (const [entity, local] of doc.entities) {
    const row: LinkRow = { key: linkKey(entity, local), entity, type: local.type, name: local.name, mentions: local.mentions, quotes: local.quotes };
    if (local.base !== undefined) Object.assign(row, { base: local.base, place: local.place });
    else if (local.type === 'organization') row.places = doc.placeKeys();
    if (local.type === 'person' && local.roles.size) row.roles = [...local.roles.values()];
    rows.push(row);
  }
  return rows;
}

/** The rows of one article, seen by CrossLinks as a document. */
class RowDoc implements LinkDoc {
  readonly entities = new Map<string, LocalEntity>();
  readonly descriptions = new Map<string, number>();
  private readonly places = new Set<string>();

  addRow(row: LinkRow): void {
    const roles = new Map((row.roles ?? []).map((label) => [roleKey(label), label]));
    const local: LocalEntity = { type: row.type, name: row.name, mentions: row.mentions, quotes: row.quotes, roles };
    if (row.base !== undefined) Object.assign(local, { base: row.base, place: row.place });
    this.entities.set(row.entity, local);
    for (const p of row.places ?? []) this.places.add(p);
  }

  namesPlace(key: string): boolean {
    return this.places.has(key);
  }
}

/**
 * Links rows (each with its `doc`) as the corpus index would link their articles: the corpus entity id and
 * canonical name of every article-level entity, sorted by entity id. Articles are added in the order of their
 * ids, so that the result does not depend on the order the rows arrive in.
 */
export function linkGroups(rows: Iterable<LinkRow>): LinkedEntity[] {
  const docs = new Map<string, RowDoc>();
  const keys = new Map<string, string>();
  for (const row of rows) {
    const id = String(row.doc ?? '');
    let doc = docs.get(id);
    if (!doc) docs.set(id, (doc = new RowDoc()));
    doc.addRow(row);
    keys.set(row.entity, row.key);
  }
  const links = new CrossLinks<RowDoc>();
  for (const id of [...docs.keys()].sort()) links.add(docs.get(id)!);
  const out: LinkedEntity[] = [];
  for (const [entity, s] of links.surfaces) {
    const id = links.resolve(entity);
    out.push({ entity, id, name: links.surfaces.get(id)?.name ?? s.name, type: s.type, key: keys.get(entity)! });
  }
  return out.sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}
