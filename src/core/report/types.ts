// The shapes of the sources report: plain JSON, so the CLI can print it, an HTML page can embed it and a
// webview can be sent it. Counts are taken from the corpus index's annotations, never from re-running NLP.
import type { QuoteKind } from '../model';

/** Which articles a report covers; every field narrows, none means the whole corpus. */
export interface ReportFilter {
  /** Outlet or agency as the article states it (case-insensitive). */
  agency?: string;
  /** First and last article date, ISO (YYYY-MM-DD; YYYY-MM and YYYY stand for their first or last day). */
  from?: string;
  to?: string;
  /** Only articles below this folder (a path or URI prefix). */
  folder?: string;
  /** Only this article. */
  path?: string;
}

export interface KindCount {
  direct: number;
  indirect: number;
}

/** How a quote's source is given: a known name, an unnamed source ("officials"), words the engine could not resolve, or nobody. */
export type SourceGroup = 'named' | 'unnamed' | 'unresolved' | 'none';

export type Gender = 'female' | 'male' | 'unknown';
export type GenderMethod = 'pronoun' | 'honorific' | 'title' | 'given name' | 'none';

export interface GenderGuess {
  gender: Gender;
  method: GenderMethod;
  /** What was read, e.g. "pronoun 'she' ×3 (quotes resolved to this person)". */
  evidence: string;
}

/**
 * What a bar opens: a narrower filter over the quotes. A webview host answers it with quotesMatching()
 * (quotesMatching.ts); a standalone page shows the rows the report carries for it.
 */
export interface QuoteFilter extends Omit<ReportFilter, 'agency'> {
  /** An outlet; null for articles that state none. */
  agency?: string | null;
  /** Quotes of this speaker entity. */
  speaker?: string;
  group?: SourceGroup;
  /** Quotes of people of this gender (as genderOf reads it). */
  gender?: Gender;
  /** Only quotes of articles without a date. */
  undated?: boolean;
}

/** One quote as a list row shows it (text trimmed to about 200 characters). */
export interface QuoteRow {
  path: string;
  title: string;
  date: string | null;
  /** 0-based line of the quote, and its offsets in the text (to open it there). */
  line: number;
  start: number;
  end: number;
  kind: QuoteKind;
  text: string;
  /** The speaker as written ("he", "officials"), or null when the text gives none. */
  speaker: string | null;
  /** Who speaks, resolved, when known. */
  speakerName: string | null;
}

/** A bounded list of quotes: `rows` index into SourcesReport.quotes; `total` is how many match. */
export interface QuoteList {
  filter: QuoteFilter;
  total: number;
  rows: number[];
}

export interface TopSpeaker extends KindCount {
  id: string;
  name: string;
  type: 'person' | 'organization';
  articles: number;
  quotes: QuoteList;
}

export interface SourceGroupRow extends KindCount {
  group: SourceGroup;
  label: string;
  quotes: QuoteList;
}

export interface PersonGender extends GenderGuess {
  id: string;
  name: string;
  quotes: number;
}

export interface GenderRow {
  gender: Gender;
  /** Distinct quoted people. */
  people: number;
  quotes: number;
  list: QuoteList;
}

export interface GenderFigures {
  /** How gender is read, for the page (GENDER_METHOD_NOTE). */
  note: string;
  rows: GenderRow[];
  /** Quoted people by the evidence that decided. */
  byMethod: Record<GenderMethod, number>;
  /** The quoted people, most quoted first (at most PERSONS_LISTED). */
  people: PersonGender[];
  peopleOmitted: number;
}

export interface TimeBucket extends KindCount {
  /** "2018-11" or "2018-11-05". */
  key: string;
  from: string;
  to: string;
  articles: number;
  quotes: QuoteList;
}

export interface Timeline {
  unit: 'day' | 'month';
  buckets: TimeBucket[];
  undated: KindCount & { articles: number; quotes: QuoteList };
}

export interface OutletRow extends KindCount {
  /** As the articles state it; null when they state none. */
  agency: string | null;
  label: string;
  articles: number;
  /** Distinct named speakers quoted in its articles. */
  namedSpeakers: number;
  quotes: QuoteList;
}

export interface SourcesReport {
  filter: ReportFilter;
  totals: { articles: number; quotes: KindCount };
  topPeople: TopSpeaker[];
  topOrganizations: TopSpeaker[];
  sources: SourceGroupRow[];
  gender: GenderFigures;
  timeline: Timeline;
  outlets: OutletRow[];
  outletsOmitted: number;
  /** The quote rows every list points into (each quote once). */
  quotes: QuoteRow[];
}
