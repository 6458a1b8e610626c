// The figures under each chart as HTML tables: what a screen reader, a printout or a page without scripts
// reads. Every name in a row's first cell is a button whose data-open key (reportActions.ts) the page wires.
import { escapeHtml } from './htmlText';
import { keyOf, type ChartName } from './reportActions';
import type { SourcesReport } from './types';

type Cell = string | number;

interface Column { head: string; numeric?: boolean }

/** A table whose first column opens the row's list. Cells are escaped here. */
function table(caption: string, columns: Column[], rows: { key: string; cells: Cell[] }[]): string {
  if (!rows.length) return `<p class="muted">${escapeHtml(caption)}: none.</p>`;
  const th = columns.map((c) => `<th scope="col"${c.numeric ? ' class="n"' : ''}>${escapeHtml(c.head)}</th>`).join('');
  const body = rows.map((r) => {
    const [first, ...rest] = r.cells;
    const cells = rest.map((c, k) => `<td${columns[k + 1].numeric ? ' class="n"' : ''}>${escapeHtml(String(c))}</td>`).join('');
    return `<tr><th scope="row"><button type="button" class="open" data-open="${escapeHtml(r.key)}">${escapeHtml(String(first))}</button></th>${cells}</tr>`;
  }).join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const KIND_COLUMNS: Column[] = [{ head: 'direct', numeric: true }, { head: 'indirect', numeric: true }];
const rowsOf = <T>(chart: ChartName, list: T[], cells: (x: T) => Cell[]) => list.map((x, i) => ({ key: keyOf(chart, i), cells: cells(x) }));

export function speakersTable(report: SourcesReport, chart: 'people' | 'organizations'): string {
  const list = chart === 'people' ? report.topPeople : report.topOrganizations;
  return table(`Most-quoted ${chart === 'people' ? 'people' : 'organisations'}`, [{ head: 'name' }, ...KIND_COLUMNS, { head: 'articles', numeric: true }],
    rowsOf(chart, list, (s) => [s.name, s.direct, s.indirect, s.articles]));
}

export function sourcesTable(report: SourcesReport): string {
  return table('Quotes by how the source is given', [{ head: 'source' }, ...KIND_COLUMNS], rowsOf('sources', report.sources, (g) => [g.label, g.direct, g.indirect]));
}

export function genderTable(report: SourcesReport): string {
  return table('Quoted people by gender', [{ head: 'gender' }, { head: 'people', numeric: true }, { head: 'quotes', numeric: true }],
    rowsOf('gender', report.gender.rows, (g) => [g.gender, g.people, g.quotes]));
}

/** Each quoted person with the gender read and why, for checking the method. */
export function genderPeopleTable(report: SourcesReport): string {
  const g = report.gender;
  if (!g.people.length) return '';
  const rows = g.people.map((p) => `<tr><td>${escapeHtml(p.name)}</td><td>${p.gender}</td><td>${escapeHtml(p.method)}</td><td class="n">${p.quotes}</td><td>${escapeHtml(p.evidence)}</td></tr>`).join('\n');
  const more = g.peopleOmitted ? `<p class="muted">${g.peopleOmitted} less quoted people not listed.</p>` : '';
  return `<details><summary>Each quoted person, with the evidence read (${g.people.length})</summary><table><thead><tr><th scope="col">person</th>` +
    `<th scope="col">gender</th><th scope="col">method</th><th scope="col" class="n">quotes</th><th scope="col">evidence</th></tr></thead><tbody>\n${rows}\n</tbody></table>${more}</details>`;
}

export function timelineTable(report: SourcesReport): string {
  const t = report.timeline;
  const rows = rowsOf('timeline', t.buckets, (b) => [b.key, b.direct, b.indirect, b.articles]);
  if (t.undated.articles) rows.push({ key: 'undated', cells: ['undated', t.undated.direct, t.undated.indirect, t.undated.articles] });
  return table(`Quotes by article ${t.unit}`, [{ head: t.unit }, ...KIND_COLUMNS, { head: 'articles', numeric: true }], rows);
}

export function outletsTable(report: SourcesReport): string {
  const more = report.outletsOmitted ? `<p class="muted">${report.outletsOmitted} more outlets not listed.</p>` : '';
  return table('Quotes by outlet or agency', [{ head: 'outlet' }, ...KIND_COLUMNS, { head: 'articles', numeric: true }, { head: 'named speakers', numeric: true }],
    rowsOf('outlets', report.outlets, (o) => [o.label, o.direct, o.indirect, o.articles, o.namedSpeakers])) + more;
}
