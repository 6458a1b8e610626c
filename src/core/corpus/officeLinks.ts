// Office mentions across the corpus: "the Russian president" in an article that never names him is Vladimir
// Putin when the corpus's own record says so. Each article adds its observations (a person written with the
// title of an office: "Russian president, Vladimir Putin") to the office register, and its office phrases
// ("the Russian president", "Russian president's special envoy") are resolved against it: first by the
// article itself (it names the holder), then by who held the office at the article's date. Everything here
// follows one document at a time: adding or removing an article changes only what it observes.
import type { DocumentEntry } from './documentEntry';
import { articleCountry, type ArticleCountry } from './articleCountry';
import { inCountry, officeOf, officePhrases, ownerless, type Office, type OfficePhrase } from './offices';
import { OfficeRegister, type OfficeObservation } from './officeRegister';
import type { LinkReason } from './types';
import { addTo, deleteFrom } from './setMaps';

/** An office phrase of an article resolved to a person (a corpus entity id). */
export interface OfficeMention extends OfficePhrase {
  entity: string;
  reason: LinkReason;
}

interface DocOffices {
  observations: OfficeObservation[];
  phrases: OfficePhrase[];
  /** The article's country, which completes a title written without one ("the prime minister"). */
  country: ArticleCountry | null;
}

/** An office a phrase may name, and why when the article's country completed it. */
interface Candidate {
  office: Office;
  why?: string;
}

/**
 * The offices a phrase may name, most specific first: "the prime minister" in a story from London is first the
 * prime minister of Britain, then whoever the corpus calls "the prime minister" alone.
 */
function candidates(offices: DocOffices, office: Office): Candidate[] {
  const c = offices.country;
  if (!c || !ownerless(office)) return [{ office }];
  return [{ office: inCountry(office, c.country), why: `${c.country}, from ${c.why}` }, { office }];
}

/** Whether an observed office is the one a phrase names: the same, or any country's for a phrase naming none. */
function sameOffice(phrase: Office, observed: string): boolean {
  if (observed === phrase.key) return true;
  return ownerless(phrase) && observed.startsWith(phrase.key);
}

/** Every office key the article's phrases may name: where its office mentions can move. */
function phraseKeys(offices: DocOffices): string[] {
  return offices.phrases.flatMap((p) => candidates(offices, p.office).map((c) => c.office.key));
}

/** Whether the phrase overlaps a person's mention: it is part of a name or of a title written with one. */
function overlapsPerson(doc: DocumentEntry, p: OfficePhrase): boolean {
  for (let i = p.start; i < p.end; i++) if (doc.mentionAt(i)?.type === 'person') return true;
  return false;
}

/** The phrase without its article: the mention is "Russian president", as a name is written without "the". */
function withoutArticle(p: OfficePhrase): OfficePhrase {
  const article = /^(?:the|a|an)\s+/i.exec(p.text);
  return article ? { ...p, start: p.start + article[0].length, text: p.text.slice(article[0].length) } : p;
}

const NOTHING: ReadonlySet<string> = new Set();

/** What the office links ask of the corpus they belong to. */
export interface CorpusLookup {
  /** The corpus entity an engine id belongs to. */
  resolve(id: string): string;
  /** The engine ids that make up a corpus entity. */
  members(id: string): string[];
  nameOf(id: string): string;
  titleOf(path: string): string;
  /** Bumped when any id links differently: answers cached under another value are stale. */
  linkVersion(): number;
}

export class OfficeLinks {
  readonly register = new OfficeRegister();
  private readonly perDoc = new WeakMap<DocumentEntry, DocOffices>();
  /** Office key -> the documents with a phrase naming it (where a holder's appearances may be). */
  private readonly docsByOffice = new Map<string, Set<DocumentEntry>>();
  private readonly resolved = new WeakMap<DocumentEntry, { version: string; mentions: OfficeMention[] }>();
  /** Per document, who each office it names resolves to (by office key): phrases and speakers ask alike. */
  private readonly answers = new WeakMap<DocumentEntry, { version: string; byOffice: Map<string, OfficeMention | undefined> }>();
  /** officeOf of the words written as speakers ("the Russian president"): a few thousand distinct strings. */
  private readonly speakerOffices = new Map<string, Office | null>();
  private readonly resolve: (id: string) => string;

  constructor(private readonly corpus: CorpusLookup) {
    this.resolve = (id) => corpus.resolve(id);
  }

  get version(): number {
    return this.register.version;
  }

  /**
   * Adds an article's observations and phrases; returns the people whose office mentions may have moved.
   * `ignored`: the texts the reader's corrections never annotate, lower case ("russian president": "Not This
   * Person" on an office mention), which are no office mentions either.
   */
  add(doc: DocumentEntry, ignored: ReadonlySet<string> = NOTHING): Set<string> {
    const offices = this.read(doc, ignored);
    this.perDoc.set(doc, offices);
    for (const o of offices.observations) this.register.add(o);
    for (const key of phraseKeys(offices)) addTo(this.docsByOffice, key, doc);
    return this.peopleOf(offices);
  }

  /** Removes what add() added; returns the people whose office mentions may have moved. */
  remove(doc: DocumentEntry): Set<string> {
    const offices = this.perDoc.get(doc);
    if (!offices) return new Set();
    const people = this.peopleOf(offices);
    for (const o of offices.observations) this.register.remove(o);
    for (const key of phraseKeys(offices)) deleteFrom(this.docsByOffice, key, doc);
    this.perDoc.delete(doc);
    return people;
  }

  /** Everyone observed in an office the article observes or names: a holder may change with it. */
  private peopleOf(offices: DocOffices): Set<string> {
    const keys = new Set([...offices.observations.map((o) => o.office), ...phraseKeys(offices)]);
    const people = new Set<string>();
    for (const key of keys) for (const person of this.register.peopleIn(key)) people.add(person);
    for (const o of offices.observations) people.add(o.person);
    return people;
  }

  /** The offices a corpus entity was observed holding. */
  officesOf(entity: string): string[] {
    return this.register.officesOfIds(this.corpus.members(entity));
  }

  /** The article's office phrases that resolve to someone, with why; kept until the register or the links move. */
  mentions(doc: DocumentEntry): OfficeMention[] {
    const version = this.answerVersion();
    const known = this.resolved.get(doc);
    if (known?.version === version) return known.mentions;
    const offices = this.perDoc.get(doc);
    const mentions: OfficeMention[] = [];
    for (const p of offices?.phrases ?? []) {
      const m = this.answer(doc, offices!, p);
      if (m) mentions.push(m);
    }
    this.resolved.set(doc, { version, mentions });
    return mentions;
  }

  /** The documents whose phrases name one of these offices. */
  docsNaming(offices: string[]): Set<DocumentEntry> {
    const out = new Set<DocumentEntry>();
    for (const key of offices) for (const d of this.docsByOffice.get(key) ?? []) out.add(d);
    return out;
  }

  /** Who an office description written as a speaker ("the Russian president said") is, at the article's date. */
  speaker(doc: DocumentEntry, written: string): { entity: string; reason: LinkReason } | undefined {
    let office = this.speakerOffices.get(written);
    if (office === undefined) this.speakerOffices.set(written, (office = officeOf(written.replace(/^(?:the|a|an)\s+/i, ''))));
    const offices = this.perDoc.get(doc);
    if (!office || !offices) return undefined;
    const m = this.answer(doc, offices, { start: 0, end: written.length, text: written, office });
    return m && { entity: m.entity, reason: m.reason };
  }

  private answerVersion(): string {
    return `${this.register.version}:${this.corpus.linkVersion()}`;
  }

  /** resolvePhrase, answered once per document and office until the register or the links move. */
  private answer(doc: DocumentEntry, offices: DocOffices, p: OfficePhrase): OfficeMention | undefined {
    const version = this.answerVersion();
    let known = this.answers.get(doc);
    if (known?.version !== version) this.answers.set(doc, (known = { version, byOffice: new Map() }));
    let m = known.byOffice.get(p.office.key);
    if (!known.byOffice.has(p.office.key)) known.byOffice.set(p.office.key, (m = this.resolvePhrase(doc, offices, p)));
    return m && { ...p, entity: m.entity, reason: m.reason };
  }

  private resolvePhrase(doc: DocumentEntry, offices: DocOffices, p: OfficePhrase): OfficeMention | undefined {
    const { nameOf } = this.corpus;
    // The article itself names the holder ("Russian president, Vladimir Putin ... the Russian president"; "Israeli
    // Prime Minister Benjamin Netanyahu ... the prime minister").
    const own = new Set(offices.observations.filter((o) => sameOffice(p.office, o.office)).map((o) => this.resolve(o.person)));
    if (own.size === 1) {
      const [entity] = own;
      return { ...p, entity, reason: { kind: 'office', detail: `this article names ${nameOf(entity)} as ${p.office.label}` } };
    }
    if (own.size > 1) return undefined;
    for (const { office, why } of candidates(offices, p.office)) {
      const holder = this.register.holderAt(office.key, doc.info.date, this.resolve);
      if (!holder) continue;
      const where = holder.from ? `from ${holder.from.slice(0, 7)} to ${(holder.to ?? holder.from).slice(0, 7)}` : 'undated';
      const country = why ? `; the article's country is ${why}` : '';
      const detail = `office '${office.label}' held by ${nameOf(holder.person)} in ${holder.articles} article${holder.articles === 1 ? '' : 's'} ${where}${this.seenIn(office.key, holder.person)}${country}`;
      return { ...p, entity: holder.person, reason: { kind: 'office', detail } };
    }
    return undefined;
  }

  /** " (“Putin sends envoy to Tehran”)": the articles observing the holder, when there are one or two. */
  private seenIn(office: string, holder: string): string {
    const docs = this.register.docsOf(office, this.corpus.members(holder));
    if (!docs.length || docs.length > 2) return '';
    return ` (${docs.sort().map((d) => `“${this.corpus.titleOf(d)}”`).join(', ')})`;
  }

  private read(doc: DocumentEntry, ignored: ReadonlySet<string>): DocOffices {
    const observations: OfficeObservation[] = [];
    for (const m of doc.annotations.entities) {
      const office = m.type === 'person' && m.role ? officeOf(m.role) : null;
      if (office) observations.push({ office: office.key, label: office.label, person: m.entity, doc: doc.path, date: doc.info.date });
    }
    const phrases = officePhrases(doc.text).filter((p) => !overlapsPerson(doc, p)).map(withoutArticle)
      .filter((p) => !ignored.size || !ignored.has(p.text.toLowerCase().replace(/['’]s$/, '')));
    return { observations, phrases, country: articleCountry(doc.annotations) };
  }
}
