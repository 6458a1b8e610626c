// Cross-document linking, kept up to date one document at a time. Entities are first joined by the id the
// engine derives from type + canonical name (the same person in two articles has one id). On top of that:
//  - a bare surname ("person:putin") links to the corpus's only full name with that surname, and unlinks
//    as soon as a second one arrives;
//  - likewise an organisation's bare name ("Supreme National Security Council") links to the corpus's only
//    form of it with a place qualifier ("... of Iran", see articleLinks/qualifiers.ts) when every article
//    writing the bare name names that place, and unlinks when a second form ("... of Russia") arrives;
//  - a description used as a speaker ("the Russian president") links to the only person the corpus knows
//    in that role.
// Every change touches only the surnames, bare names and role keys of the document added or removed: no step
// looks at the whole corpus.
import type { EntityType } from '../model';
import type { DocumentEntry } from './documentEntry';
import type { LocalEntity } from './localEntities';
import { nameWords, surnameOf } from '../text/linkKeys';
import { nameShape, variantDetail, variantTargets } from './nameVariants';
import { compatibleOffices, officeOf } from './offices';
import type { LinkReason } from './types';
import { addTo, deleteFrom } from './setMaps';

/**
 * What linking reads of a document: its entities, its description speakers and the places it names. The
 * editor's index passes DocumentEntry; the archive linker (linkRows.ts) passes the rows of one link key.
 */
export interface LinkDoc {
  readonly entities: ReadonlyMap<string, LocalEntity>;
  readonly descriptions: ReadonlyMap<string, number>;
  namesPlace(key: string): boolean;
}

/** An entity as the engine named it, summed over the documents that mention it. */
export interface Surface<D extends LinkDoc = DocumentEntry> {
  id: string;
  type: EntityType;
  name: string;
  /** Documents naming it, with the number of mentions in each. */
  docs: Map<D, number>;
  mentions: number;
  quotes: number;
  /** Role keys it holds, with the number of documents writing each. */
  roles: Map<string, number>;
  /** Surname key when a person with a single-word name. */
  bare?: string;
  /** Surname key when a person with a longer name. */
  surname?: string;
  /** For an organisation with a place qualifier: the id of its bare name ("organization:supreme-national-security-council"). */
  base?: string;
  /** With `base`: the key of the place ("iran"). */
  place?: string;
  /** Documents naming it with a place qualifier (DocumentEntry's LocalEntity.base). */
  qualified?: number;
  /** For a person with given name and surname: the key of its name variants ("donald|trump") and its middles. */
  variant?: string;
  middles?: string[];
}

/** Where a surface id or a description resolves to, and why. */
export interface Link {
  id: string;
  reason: LinkReason;
  /** For descriptions: the role as the corpus writes it. */
  role?: string;
}

/** A bare surname joins the person written with its office in at least this many articles ... */
const OFFICE_MIN_ARTICLES = 3;
/** ... and this many times as many as the other people of that surname together. */
const OFFICE_DOMINANCE = 4;

/** The one element of a set, else undefined. */
function only<V>(set: Set<V> | undefined): V | undefined {
  return set?.size === 1 ? set.values().next().value : undefined;
}

/** Why a bare surname or organisation name links to its only longer form in the corpus, `full`. */
function bareReason(s: { type: EntityType; name: string }, full: string): LinkReason {
  if (s.type === 'organization') return { kind: 'qualifier', detail: `'${s.name}' without a place: the corpus has one organisation of that name with a place, ${full}` };
  return { kind: 'surname', detail: `bare surname '${s.name}': the corpus has one person of that surname, ${full}` };
}

/** The corpus's entities and the links between them. */
export class CrossLinks<D extends LinkDoc = DocumentEntry> {
  readonly surfaces = new Map<string, Surface<D>>();
  /** Corpus entities (surfaces not linked into another) by type. */
  readonly counts: Record<EntityType, number> = { person: 0, organization: 0, place: 0, misc: 0 };
  private readonly fullBySurname = new Map<string, Set<string>>();
  private readonly bareBySurname = new Map<string, Set<string>>();
  /** Bare organisation id -> the ids of its forms with a place qualifier. */
  private readonly qualifiedForms = new Map<string, Set<string>>();
  /** Variant key -> the ids of the full names sharing given name and surname. */
  private readonly variantGroups = new Map<string, Set<string>>();
  private readonly bareLinks = new Map<string, Link>();
  private readonly aliases = new Map<string, Set<string>>();
  private readonly holders = new Map<string, Set<string>>();
  private readonly roleLabels = new Map<string, string>();
  /** officeOf of each role key's label, once: "u.s. president" -> "president|united states"; null for no office. */
  private readonly roleOffices = new Map<string, string | null>();
  private readonly descriptionLinks = new Map<string, Link>();
  private readonly descriptionsOf = new Map<string, Set<string>>();
  /** Role key -> documents quoting a speaker described that way, with the number of such quotes. */
  readonly descriptionQuotes = new Map<string, Map<D, number>>();
  /** Bumped whenever some id or description resolves differently: views that show ids must refresh. */
  version = 0;
  /** Ids whose counts, existence or links changed since the last drainTouched() (old link targets included). */
  private touched = new Set<string>();

  /** The ids touched since the last call: whatever summarises them must be recomputed. */
  drainTouched(): Set<string> {
    const t = this.touched;
    this.touched = new Set();
    return t;
  }

  /** Adds a document's entities, roles and speakers, then re-derives the links they touch. */
  add(doc: D): void {
    this.apply(doc, +1);
  }

  /** Removes what add() added for this document, then re-derives the links it touched. */
  remove(doc: D): void {
    this.apply(doc, -1);
  }

  /** Marks an id (and its entity) changed from outside the links (an office mention moved to or from it). */
  touch(id: string): void {
    this.touched.add(id);
    this.touched.add(this.resolve(id));
  }

  /** The corpus entity id a surface id belongs to. */
  resolve(id: string): string {
    return this.bareLinks.get(id)?.id ?? id;
  }

  /** Why a surface id was linked into another entity, if it was. */
  linkOf(id: string): LinkReason | undefined {
    return this.bareLinks.get(id)?.reason;
  }

  /** The person a description (role key) resolves to, if the corpus knows exactly one. */
  description(key: string): Link | undefined {
    return this.descriptionLinks.get(key);
  }

  /** Surface ids that make up a corpus entity: itself and the bare surnames linked into it. */
  members(id: string): Surface<D>[] {
    const own = this.surfaces.get(id);
    if (!own || this.bareLinks.has(id)) return [];
    const aliases = this.aliases.get(id);
    if (!aliases) return [own];
    return [own, ...[...aliases].map((a) => this.surfaces.get(a)!)];
  }

  /** Role keys whose descriptions resolve to this corpus entity. */
  descriptionsLinkedTo(id: string): string[] {
    return [...(this.descriptionsOf.get(id) ?? [])];
  }

  private apply(doc: D, sign: 1 | -1): void {
    const surnames = new Set<string>();
    // Bare organisation ids whose qualified forms changed, or that appeared.
    const bases = new Set<string>();
    const roles = new Set<string>();
    // Name variant groups whose forms or counts changed: which form is the group's name may have too.
    const variants = new Set<string>();
    for (const [id, local] of doc.entities) {
      this.touched.add(id);
      let s = this.surfaces.get(id);
      if (!s) {
        if (sign < 0) continue;
        s = this.create(id, local.type, local.name, surnames);
      }
      if (s.variant !== undefined) variants.add(s.variant);
      // A bare name's articles changed: whether they all name its qualified form's place may have too.
      if (this.qualifiedForms.has(id)) bases.add(id);
      if (local.base !== undefined) this.countQualified(s, local, sign, bases);
      if (sign > 0) s.docs.set(doc, local.mentions);
      else s.docs.delete(doc);
      s.mentions += sign * local.mentions;
      s.quotes += sign * local.quotes;
      for (const [key, label] of local.roles) {
        this.roleLabels.set(key, label);
        const n = this.count(s.roles, key, sign);
        // Which of several people a bare surname is may follow how often each is written with an office.
        const surname = s.bare ?? s.surname;
        if (surname !== undefined) surnames.add(surname);
        if (sign > 0 && n === 1) addTo(this.holders, key, id);
        else if (sign < 0 && n === 0) deleteFrom(this.holders, key, id);
        else continue;
        roles.add(key);
      }
      if (!s.docs.size) this.destroy(s, surnames);
    }
    for (const [key, n] of doc.descriptions) {
      const link = this.descriptionLinks.get(key);
      if (link) this.touched.add(link.id);
      const docs = this.descriptionQuotes.get(key) ?? new Map<D, number>();
      if (sign > 0) docs.set(doc, n);
      else docs.delete(doc);
      if (docs.size) this.descriptionQuotes.set(key, docs);
      else this.descriptionQuotes.delete(key);
    }
    for (const key of variants) this.linkVariants(key, surnames, roles);
    for (const key of surnames) for (const bare of this.bareBySurname.get(key) ?? []) this.linkBare(bare, roles);
    for (const id of bases) this.linkBare(id, roles);
    for (const key of roles) this.linkDescription(key);
  }

  /** Adds sign to a counter; returns the new count (entries at 0 are deleted). */
  private count(map: Map<string, number>, key: string, sign: number): number {
    const n = (map.get(key) ?? 0) + sign;
    if (n > 0) map.set(key, n);
    else map.delete(key);
    return n;
  }

  /** Counts a document naming an organisation with a place qualifier; notes the bare id when its forms change. */
  private countQualified(s: Surface<D>, local: LocalEntity, sign: 1 | -1, bases: Set<string>): void {
    s.qualified = (s.qualified ?? 0) + sign;
    if (sign > 0 && s.qualified === 1) {
      s.base = local.base!;
      s.place = local.place;
      addTo(this.qualifiedForms, s.base, s.id);
    } else if (sign < 0 && s.qualified === 0 && s.base !== undefined) {
      deleteFrom(this.qualifiedForms, s.base, s.id);
    } else return;
    bases.add(s.base);
  }

  private create(id: string, type: EntityType, name: string, surnames: Set<string>): Surface<D> {
    const s: Surface<D> = { id, type, name, docs: new Map(), mentions: 0, quotes: 0, roles: new Map() };
    this.surfaces.set(id, s);
    this.counts[type]++;
    if (type === 'person') {
      const words = nameWords(name);
      if (words.length === 1) {
        s.bare = words[0];
        addTo(this.bareBySurname, s.bare, id);
      } else if (words.length > 1) {
        s.surname = surnameOf(words);
        addTo(this.fullBySurname, s.surname, id);
        const shape = nameShape(words);
        if (shape) {
          s.variant = shape.key;
          s.middles = shape.middles;
          addTo(this.variantGroups, shape.key, id);
        }
      }
      const key = s.bare ?? s.surname;
      if (key) surnames.add(key);
    }
    return s;
  }

  private destroy(s: Surface<D>, surnames: Set<string>): void {
    this.surfaces.delete(s.id);
    const link = this.bareLinks.get(s.id);
    if (link) {
      this.touched.add(link.id);
      this.bareLinks.delete(s.id);
      deleteFrom(this.aliases, link.id, s.id);
      this.version++;
    } else this.counts[s.type]--;
    if (s.bare !== undefined) deleteFrom(this.bareBySurname, s.bare, s.id);
    if (s.surname !== undefined) {
      deleteFrom(this.fullBySurname, s.surname, s.id);
      surnames.add(s.surname);
    }
    if (s.variant !== undefined) deleteFrom(this.variantGroups, s.variant, s.id);
  }

  /** The one longer form a bare surname or organisation name links to, with why; undefined if none, null for other surfaces. */
  private bareTarget(s: Surface<D>): Link | undefined | null {
    if (s.bare !== undefined) return this.surnameTarget(s);
    if (s.type !== 'organization') return null;
    const target = only(this.qualifiedForms.get(s.id));
    // "Iraqi News Agency" marked "News Agency" is no short form of the corpus's "News Agency of Nigeria":
    // an article writing the bare name must name the place itself (the first one that does not stops the test).
    const place = target && this.surfaces.get(target)!.place;
    if (place === undefined) return undefined;
    for (const doc of s.docs.keys()) if (!doc.namesPlace(place)) return undefined;
    return { id: target!, reason: bareReason(s, this.surfaces.get(target!)!.name) };
  }

  /**
   * The person a bare surname is: the corpus's only full name of that surname (forms of one person count once),
   * or, among several, the one the corpus writes with an office the bare name is written with, in at least
   * OFFICE_MIN_ARTICLES articles and OFFICE_DOMINANCE times as many as all the others together ("President
   * Obama" beside Barack Obama, written "President" in 118 articles, and Michelle Obama, in 3 by tagging slips).
   */
  private surnameTarget(s: Surface<D>): Link | undefined {
    const full = new Set([...this.fullBySurname.get(s.bare!) ?? []].map((id) => this.resolve(id)));
    const one = only(full);
    if (one) return { id: one, reason: bareReason(s, this.surfaces.get(one)!.name) };
    const own = this.officesOfSurfaces([s]).map(([office]) => office);
    if (!own.length || full.size < 2) return undefined;
    // Full names only: a bare surname already linked in must not vouch for itself.
    const scored = [...full].map((id) => {
      const offices = this.officesOfSurfaces(this.members(id).filter((m) => m.bare === undefined));
      return { id, n: offices.filter(([o]) => own.some((b) => compatibleOffices(o, b))).reduce((sum, [, docs]) => sum + docs, 0) };
    }).sort((a, b) => b.n - a.n);
    const rest = scored.slice(1).reduce((sum, c) => sum + c.n, 0);
    const best = scored[0];
    if (best.n < OFFICE_MIN_ARTICLES || best.n < OFFICE_DOMINANCE * rest) return undefined;
    const name = this.surfaces.get(best.id)!.name;
    const detail = `bare surname '${s.name}' written with a title the corpus gives ${name} in ${best.n} articles and the other ${full.size - 1} people of that surname in ${rest}`;
    return { id: best.id, reason: { kind: 'surname', detail } };
  }

  /** The offices (keys, "president|united states") the surfaces are written with, and in how many articles. */
  private officesOfSurfaces(surfaces: Surface<D>[]): [string, number][] {
    const out: [string, number][] = [];
    for (const s of surfaces) for (const [key, docs] of s.roles) {
      let office = this.roleOffices.get(key);
      if (office === undefined) this.roleOffices.set(key, (office = officeOf(this.roleLabels.get(key) ?? key)?.key ?? null));
      if (office) out.push([office, docs]);
    }
    return out;
  }

  /** Links a bare surname or organisation name to the corpus's only longer form of it, or unlinks it. */
  private linkBare(id: string, roles: Set<string>): void {
    const s = this.surfaces.get(id);
    const target = s && this.bareTarget(s);
    if (!s || target === null) return;
    this.setLink(s, target?.id, target?.reason, roles);
  }

  /**
   * Joins the full names of a variant group that are one person's ("Donald J. Trump" into "Donald Trump", the
   * form used most) and parts the rest; a change puts the surname up for its bare names' links again.
   */
  private linkVariants(key: string, surnames: Set<string>, roles: Set<string>): void {
    const forms = [...this.variantGroups.get(key) ?? []].map((id) => this.surfaces.get(id)!);
    const targets = variantTargets(forms.map((f) => ({ id: f.id, name: f.name, middles: f.middles ?? [], docs: f.docs.size, mentions: f.mentions })));
    for (const s of forms) {
      const target = targets.get(s.id);
      const reason: LinkReason | undefined = target ? { kind: 'variant', detail: variantDetail(s.name, this.surfaces.get(target)!.name) } : undefined;
      if (this.setLink(s, target, reason, roles) && s.surname !== undefined) surnames.add(s.surname);
    }
  }

  /** Points surface s into `target` (undefined: s stands alone); returns whether anything changed. */
  private setLink(s: Surface<D>, target: string | undefined, reason: LinkReason | undefined, roles: Set<string>): boolean {
    const old = this.bareLinks.get(s.id);
    if (old?.id === target) return false;
    this.touched.add(s.id);
    if (target) this.touched.add(target);
    if (old) {
      this.touched.add(old.id);
      deleteFrom(this.aliases, old.id, s.id);
      this.bareLinks.delete(s.id);
      this.counts[s.type]++;
    }
    if (target && reason) {
      this.bareLinks.set(s.id, { id: target, reason });
      addTo(this.aliases, target, s.id);
      this.counts[s.type]--;
    }
    this.version++;
    for (const key of s.roles.keys()) roles.add(key);
    return true;
  }

  /** Links a description to the only person the corpus knows in that role, or unlinks it. */
  private linkDescription(key: string): void {
    // Only "exactly one person" matters: stop at the second distinct holder (roles like "president"
    // have hundreds, and this runs for every document that adds one).
    let target: string | undefined;
    let several = false;
    for (const id of this.holders.get(key) ?? []) {
      const holder = this.resolve(id);
      if (target === undefined) target = holder;
      else if (holder !== target) { several = true; break; }
    }
    if (several) target = undefined;
    const old = this.descriptionLinks.get(key);
    if (old?.id === target) return;
    if (target) this.touched.add(target);
    if (old) {
      this.touched.add(old.id);
      deleteFrom(this.descriptionsOf, old.id, key);
      this.descriptionLinks.delete(key);
    }
    if (target) {
      const role = this.roleLabels.get(key) ?? key;
      const name = this.surfaces.get(target)?.name ?? target;
      this.descriptionLinks.set(key, { id: target, role, reason: { kind: 'description', detail: `the corpus knows one person with the role '${role}': ${name}` } });
      addTo(this.descriptionsOf, target, key);
    }
    if (this.descriptionQuotes.has(key) || old) this.version++;
  }
}
