// What each chart draws, from the report: labels, series and colours (theme names). Pure: no DOM.
import type { ChartName } from '../../core/report/reportActions';
import type { KindCount, SourcesReport } from '../../core/report/types';
import type { BarSpec } from './charts';

export type ChartSpec = Omit<BarSpec, 'onBar'> & { keyOf?: (index: number) => string };

function kinds(rows: KindCount[]): BarSpec['series'] {
  return [
    { label: 'direct', data: rows.map((r) => r.direct), colour: 'direct' },
    { label: 'indirect', data: rows.map((r) => r.indirect), colour: 'indirect' },
  ];
}

const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

function genderSpec(report: SourcesReport): ChartSpec {
  const rows = report.gender.rows;
  const people = rows.reduce((n, r) => n + r.people, 0);
  const quotes = rows.reduce((n, r) => n + r.quotes, 0);
  return {
    labels: rows.map((r) => r.gender), horizontal: true, stacked: false, unit: '%',
    series: [
      { label: '% of quoted people', data: rows.map((r) => percent(r.people, people)), colour: 'direct' },
      { label: '% of their quotes', data: rows.map((r) => percent(r.quotes, quotes)), colour: 'indirect' },
    ],
  };
}

function timelineSpec(report: SourcesReport): ChartSpec {
  const t = report.timeline;
  const rows: KindCount[] = [...t.buckets];
  const labels = t.buckets.map((b) => b.key);
  if (t.undated.articles) {
    rows.push(t.undated);
    labels.push('undated');
  }
  return { labels, horizontal: false, stacked: true, series: kinds(rows), keyOf: (i) => (i < t.buckets.length ? `timeline:${i}` : 'undated') };
}

/** One spec per chart; null when there is nothing to draw. */
export function chartSpecs(report: SourcesReport): Record<ChartName, ChartSpec | null> {
  const stacked = (labels: string[], rows: KindCount[]): ChartSpec | null => (labels.length ? { labels, horizontal: true, stacked: true, series: kinds(rows) } : null);
  return {
    people: stacked(report.topPeople.map((s) => s.name), report.topPeople),
    organizations: stacked(report.topOrganizations.map((s) => s.name), report.topOrganizations),
    sources: stacked(report.sources.map((g) => g.label), report.sources),
    gender: report.gender.rows.some((r) => r.people) ? genderSpec(report) : null,
    timeline: report.timeline.buckets.length || report.timeline.undated.articles ? timelineSpec(report) : null,
    outlets: stacked(report.outlets.map((o) => o.label), report.outlets),
  };
}
