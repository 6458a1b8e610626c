// What each bar (and each row's button in the figure tables) opens, named by a key the page and the HTML
// share: "people:3" is the fourth most-quoted person, "timeline:0" the first time bucket, "undated" the
// undated quotes. The page turns a key into a webview message or into the list shown in place.
import type { QuoteList, SourcesReport } from './types';

/** The id of the <script type="application/json"> element the page reads the report from. */
export const REPORT_JSON_ID = 'newslens-report';

export type ChartName = 'people' | 'organizations' | 'sources' | 'gender' | 'timeline' | 'outlets';

export interface ReportAction {
  /** A heading for the list, e.g. "Quotes of Jane Doe". */
  title: string;
  list: QuoteList;
  /** For a speaker's bar: the entity whose appearances to show. */
  entity?: string;
}

/** The messages the page posts to a webview host. */
export type DashboardMessage =
  | { type: 'openEntity'; id: string }
  | { type: 'openQuotes'; title: string; filter: QuoteList['filter'] };

export function keyOf(chart: ChartName, index: number): string {
  return `${chart}:${index}`;
}

/** The action behind a key, or undefined when the report has no such bar. */
export function actionFor(report: SourcesReport, key: string): ReportAction | undefined {
  if (key === 'undated') return { title: 'Quotes of undated articles', list: report.timeline.undated.quotes };
  const [chart, at] = key.split(':');
  const i = Number(at);
  switch (chart as ChartName) {
    case 'people':
    case 'organizations': {
      const s = (chart === 'people' ? report.topPeople : report.topOrganizations)[i];
      return s && { title: `Quotes of ${s.name}`, list: s.quotes, entity: s.id };
    }
    case 'sources': {
      const g = report.sources[i];
      return g && { title: `Quotes: ${g.label.toLowerCase()}`, list: g.quotes };
    }
    case 'gender': {
      const g = report.gender.rows[i];
      return g && { title: `Quotes of people read as ${g.gender}`, list: g.list };
    }
    case 'timeline': {
      const b = report.timeline.buckets[i];
      return b && { title: `Quotes of ${b.key}`, list: b.quotes };
    }
    case 'outlets': {
      const o = report.outlets[i];
      return o && { title: `Quotes in ${o.label}`, list: o.quotes };
    }
  }
  return undefined;
}

/** The message a webview page posts for a key: a speaker opens Show All Appearances, any other bar its quotes. */
export function messageFor(action: ReportAction): DashboardMessage {
  return action.entity ? { type: 'openEntity', id: action.entity } : { type: 'openQuotes', title: action.title, filter: action.list.filter };
}
