// Who held an office when, from the corpus's own observations: each article that writes a title with a name
// ("Russian President Vladimir Putin") observes that person in that office at the article's date. The register
// answers "who was the president of Russia on 2018-07-19" only when one person's observed span (widened by a
// margin) covers the date and no one else's does; with two holders close to the date it says nothing. Data is
// kept per office and per person so that add() and remove() are cheap and exact inverses.

/** One title written with a name: office, person (entity id), article, article date. */
export interface OfficeObservation {
  office: string /* Office.key */;
  label: string;
  person: string /* entity id */;
  doc: string /* article path */;
  date: string | null /* YYYY-MM-DD */;
}

export interface OfficeHolder {
  person: string;
  /** Distinct articles observing the holder in the office. */
  articles: number;
  /** First and last dated observation (YYYY-MM-DD), null when all are undated. */
  from: string | null;
  to: string | null;
  /** "office 'president of Russia' held by person:vladimir-putin in 4 articles from 2018-07 to 2018-11". */
  reason: string;
}

/**
 * How far beyond a holder's first and last observation the register still assumes they held the office: about
 * six months. Articles cluster around events; a president observed from July to November was very likely
 * president in May as well, but a span must not reach across a successor's observations.
 */
export const MARGIN_DAYS = 183;
/** With several holders over time, the one answered must be seen in at least this many articles. */
export const MIN_ARTICLES_WHEN_SHARED = 2;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of "YYYY-MM-DD" (also "YYYY-MM", "YYYY"), or null for anything else. */
function dayNumber(date: string | null): number | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return null;
  const ms = Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Index of the first element >= value in a sorted array. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Entry {
  doc: string;
  day: number | null;
  /** How many times add() saw this (office, person, doc, date): counted once, removed when back to 0. */
  count: number;
}

/** One person as observed in one office. */
interface PersonRecord {
  /** `${doc}\0${date}` -> entry. */
  entries: Map<string, Entry>;
  /** doc -> number of distinct entries with that doc (normally 1). */
  docs: Map<string, number>;
  /** Days of the dated entries, sorted. */
  days: number[];
}

interface OfficeRecord {
  /** Labels as observed, with counts: the most used one is shown. */
  labels: Map<string, number>;
  people: Map<string, PersonRecord>;
}

/** A holder after `resolve` merged the ids of one corpus entity: its records and its first and last dated day. */
interface Group {
  person: string;
  records: PersonRecord[];
  /** First and last dated observation (days), NaN when all are undated. */
  first: number;
  last: number;
}

/** Distinct articles observing a group: one record's count, or the union of several records' articles. */
function articlesOf(g: Group): number {
  if (g.records.length === 1) return g.records[0].docs.size;
  const docs = new Set<string>();
  for (const r of g.records) for (const d of r.docs.keys()) docs.add(d);
  return docs.size;
}

/** Whether a group is seen in at least n distinct articles, counting no further than n. */
function seenInAtLeast(g: Group, n: number): boolean {
  if (g.records.some((r) => r.docs.size >= n)) return true;
  return articlesOf(g) >= n;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/** Whether the group's span of dated observations, widened by the margin, covers `day`. */
function covers(g: Group, day: number): boolean {
  return g.first - MARGIN_DAYS <= day && day <= g.last + MARGIN_DAYS;
}

export class OfficeRegister {
  private readonly offices = new Map<string, OfficeRecord>();
  /** person (engine id) -> office -> distinct entries: for officesOf. */
  private readonly byPerson = new Map<string, Map<string, number>>();
  private changes = 0;

  /** Bumped on every add/remove that changes something: callers cache answers by it. */
  get version(): number {
    return this.changes;
  }

  /** Adds one observation; the same (office, person, doc, date) again counts once (and needs as many removes). */
  add(o: OfficeObservation): void {
    let office = this.offices.get(o.office);
    if (!office) this.offices.set(o.office, (office = { labels: new Map(), people: new Map() }));
    bump(office.labels, o.label, 1);
    let person = office.people.get(o.person);
    if (!person) office.people.set(o.person, (person = { entries: new Map(), docs: new Map(), days: [] }));
    const key = `${o.doc}\0${o.date ?? ''}`;
    const entry = person.entries.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    const day = dayNumber(o.date);
    person.entries.set(key, { doc: o.doc, day, count: 1 });
    bump(person.docs, o.doc, 1);
    if (day !== null) person.days.splice(lowerBound(person.days, day), 0, day);
    let offices = this.byPerson.get(o.person);
    if (!offices) this.byPerson.set(o.person, (offices = new Map()));
    bump(offices, o.office, 1);
    this.changes++;
  }

  /** Exact inverse of add(); an observation never added is ignored. */
  remove(o: OfficeObservation): void {
    const office = this.offices.get(o.office);
    const person = office?.people.get(o.person);
    const key = `${o.doc}\0${o.date ?? ''}`;
    const entry = person?.entries.get(key);
    if (!office || !person || !entry) return;
    bump(office.labels, o.label, -1);
    if (--entry.count > 0) return;
    person.entries.delete(key);
    bump(person.docs, o.doc, -1);
    if (entry.day !== null) person.days.splice(lowerBound(person.days, entry.day), 1);
    if (!person.entries.size) office.people.delete(o.person);
    if (!office.people.size) this.offices.delete(o.office);
    const offices = this.byPerson.get(o.person);
    if (offices) {
      bump(offices, o.office, -1);
      if (!offices.size) this.byPerson.delete(o.person);
    }
    this.changes++;
  }

  /**
   * Who held the office at `date` (null: the article has no date), or null when the register is not clear.
   * `resolve` maps a person id to its corpus entity (variants merged); it is applied before comparing holders.
   */
  holderAt(office: string, date: string | null, resolve?: (id: string) => string): OfficeHolder | null {
    const record = this.offices.get(office);
    if (!record) return null;
    const groups = this.groups(record, resolve);
    if (groups.length === 1) {
      // The only holder the corpus knows: any date inside their span, an undated article, or undated observations.
      const [g] = groups;
      const day = dayNumber(date);
      return day === null || Number.isNaN(g.first) || covers(g, day) ? this.holder(record, g) : null;
    }
    const day = dayNumber(date);
    if (day === null) return null;
    // Every other holder's span must stay a margin away from the date, so exactly one span may cover it.
    const candidates = groups.filter((g) => covers(g, day));
    if (candidates.length !== 1 || !seenInAtLeast(candidates[0], MIN_ARTICLES_WHEN_SHARED)) return null;
    return this.holder(record, candidates[0]);
  }

  /** Offices a person (corpus id) was observed in, sorted. */
  officesOf(person: string, resolve?: (id: string) => string): string[] {
    return this.officesOfIds([...this.byPerson.keys()].filter((raw) => raw === person || resolve?.(raw) === person));
  }

  /** Offices any of these person ids (the engine ids of one corpus entity) was observed in, sorted. */
  officesOfIds(ids: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const id of ids) for (const office of this.byPerson.get(id)?.keys() ?? []) out.add(office);
    return [...out].sort();
  }

  /** The person ids observed in an office. */
  peopleIn(office: string): string[] {
    return [...this.offices.get(office)?.people.keys() ?? []];
  }

  /** The articles observing any of these person ids in an office. */
  docsOf(office: string, ids: Iterable<string>): string[] {
    const record = this.offices.get(office);
    const docs = new Set<string>();
    for (const id of ids) for (const doc of record?.people.get(id)?.docs.keys() ?? []) docs.add(doc);
    return [...docs];
  }

  /**
   * The office's observations grouped by resolved person. Only the first and last days are kept: a group's
   * span is all the register compares (an office seen in 10,000 articles must not sort 10,000 days per question).
   */
  private groups(record: OfficeRecord, resolve?: (id: string) => string): Group[] {
    const byEntity = new Map<string, Group>();
    for (const [id, p] of record.people) {
      const person = resolve ? resolve(id) : id;
      const first = p.days.length ? p.days[0] : NaN;
      const last = p.days.length ? p.days[p.days.length - 1] : NaN;
      const g = byEntity.get(person);
      if (!g) {
        byEntity.set(person, { person, records: [p], first, last });
        continue;
      }
      g.records.push(p);
      if (!(first >= g.first)) g.first = Number.isNaN(first) ? g.first : first;
      if (!(last <= g.last)) g.last = Number.isNaN(last) ? g.last : last;
    }
    return [...byEntity.values()];
  }

  private holder(record: OfficeRecord, g: Group): OfficeHolder {
    const from = Number.isNaN(g.first) ? null : isoOf(g.first);
    const to = Number.isNaN(g.last) ? null : isoOf(g.last);
    const count = articlesOf(g);
    const articles = `${count} article${count === 1 ? '' : 's'}`;
    const when = from && to ? ` from ${from.slice(0, 7)} to ${to.slice(0, 7)}` : ', undated';
    return { person: g.person, articles: count, from, to, reason: `office '${labelOf(record)}' held by ${g.person} in ${articles}${when}` };
  }
}

/** The label most observations used; ties go to the first in alphabetical order (deterministic). */
function labelOf(record: OfficeRecord): string {
  let best = '';
  let bestCount = -1;
  for (const [label, count] of record.labels) {
    if (count > bestCount || (count === bestCount && label < best)) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}
