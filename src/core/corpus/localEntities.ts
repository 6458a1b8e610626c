// What one document says about its entities, packed: a document names some forty entities, and forty
// small objects with their maps cost five times the flat arrays (issue 16: 10,000 articles in 100 MB).
// Linking reads them twice (the document joins, the document leaves), so they are unpacked when asked.
import type { EntityType } from '../model';

/** What one document says about one of its entities (ids as the engine gave them). */
export interface LocalEntity {
  type: EntityType;
  name: string;
  mentions: number;
  /** Quotes of this document whose named speaker it is. */
  quotes: number;
  /** Roles written with it here: role key -> the role as written (NO_ROLES, shared, when none). */
  roles: ReadonlyMap<string, string>;
  /**
   * For an organisation whose name ends with a place this document names ("Supreme National Security Council
   * of Iran" beside the place "Iran"): the id of the name without it, which can link to this one.
   */
  base?: string;
  /** With `base`: the key of that place ("iran"). */
  place?: string;
}

/** The roles of the many entities written without one: one shared empty map instead of one each. */
export const NO_ROLES: ReadonlyMap<string, string> = new Map();

/** The rare parts of an entity: roles, a place qualifier. */
type Extra = Pick<LocalEntity, 'roles' | 'base' | 'place'>;

/** A document's entities as flat arrays: [id, type, name] per entity, [mentions, quotes] per entity, extras by position. */
export class PackedEntities {
  private readonly strings: string[];
  private readonly counts: Uint32Array;
  private readonly extras?: Map<number, Extra>;

  constructor(entities: ReadonlyMap<string, LocalEntity>) {
    this.strings = new Array<string>(entities.size * 3);
    this.counts = new Uint32Array(entities.size * 2);
    let i = 0;
    for (const [id, e] of entities) {
      this.strings[3 * i] = id;
      this.strings[3 * i + 1] = e.type;
      this.strings[3 * i + 2] = e.name;
      this.counts[2 * i] = e.mentions;
      this.counts[2 * i + 1] = e.quotes;
      if (e.roles.size || e.base !== undefined) (this.extras ??= new Map()).set(i, { roles: e.roles, base: e.base, place: e.place });
      i++;
    }
  }

  get size(): number {
    return this.counts.length / 2;
  }

  /** The entity ids, in the order the document first names them. */
  *ids(): IterableIterator<string> {
    for (let i = 0; i < this.strings.length; i += 3) yield this.strings[i];
  }

  /** The entities as a fresh map (id -> LocalEntity). */
  unpack(): Map<string, LocalEntity> {
    const out = new Map<string, LocalEntity>();
    for (let i = 0; i < this.size; i++) {
      const e: LocalEntity = { type: this.strings[3 * i + 1] as EntityType, name: this.strings[3 * i + 2], mentions: this.counts[2 * i], quotes: this.counts[2 * i + 1], roles: NO_ROLES };
      const extra = this.extras?.get(i);
      if (extra) {
        e.roles = extra.roles;
        if (extra.base !== undefined) Object.assign(e, { base: extra.base, place: extra.place });
      }
      out.set(this.strings[3 * i], e);
    }
    return out;
  }
}
