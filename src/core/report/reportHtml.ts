// The dashboard page: headings, the figures as tables, a canvas per chart, the report as embedded JSON and the
// dashboard script (src/report/dashboard, bundled to dist/dashboard.js) under a strict Content-Security-Policy.
// The same page is the CLI's standalone file and the editor's webview.
import { escapeAttribute, escapeHtml, inlineScript, jsonForScript } from './htmlText';
import { REPORT_JSON_ID } from './reportActions';
import { REPORT_CSS } from './reportStyle';
import { genderPeopleTable, genderTable, outletsTable, sourcesTable, speakersTable, timelineTable } from './reportTables';
import type { ReportFilter, SourcesReport } from './types';

export interface ReportHtmlOptions {
  /** The bundled dashboard script: its code to inline, or a URL to load it from (a webview resource). */
  script: string | { src: string };
  /** A fresh random value per page: the only scripts and styles that run are the ones carrying it. */
  nonce: string;
  /** A webview's `cspSource`, allowed for scripts, styles and images loaded from the extension. */
  cspSource?: string;
  /** True for a file opened in a browser; false in a webview. */
  standalone: boolean;
}

export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const extra = cspSource ? ` ${cspSource}` : '';
  return `default-src 'none'; script-src 'nonce-${nonce}'${extra}; style-src 'nonce-${nonce}'${extra}; img-src data:${extra}`;
}

/** "all articles" or what the filter keeps, in words. */
export function describeFilter(f: ReportFilter): string {
  const parts: string[] = [];
  if (f.path) parts.push(`article ${f.path}`);
  if (f.folder) parts.push(`folder ${f.folder}`);
  if (f.agency) parts.push(`outlet ${f.agency}`);
  if (f.from || f.to) parts.push(`dated ${f.from ?? '…'} to ${f.to ?? '…'}`);
  return parts.length ? parts.join(', ') : 'all articles';
}

function section(id: string, heading: string, chartClass: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(heading)}</h2>
<div class="${chartClass}"><canvas id="${id}-chart" role="img" aria-label="${escapeHtml(heading)} (figures in the table below)"></canvas></div>
${body}</section>`;
}

function totals(r: SourcesReport): string {
  const q = r.totals.quotes;
  return `<p class="totals"><span><b>${r.totals.articles}</b> articles</span><span><b>${q.direct + q.indirect}</b> quotes</span>` +
    `<span><b>${q.direct}</b> direct</span><span><b>${q.indirect}</b> indirect</span></p>`;
}

function body(r: SourcesReport, standalone: boolean): string {
  const hint = standalone ? 'Click a bar, or a name in a table, to list its quotes below.' : 'Click a bar, or a name in a table, to open its quotes or appearances.';
  const speakersHeight = (n: number) => (n > 6 ? 'chart' : 'chart short');
  return [
    `<header><h1>Sources</h1><p class="muted">${escapeHtml(describeFilter(r.filter))}</p>${totals(r)}<p class="note">${escapeHtml(hint)}</p></header>`,
    section('people', 'Most-quoted people', speakersHeight(r.topPeople.length), speakersTable(r, 'people')),
    section('organizations', 'Most-quoted organisations', speakersHeight(r.topOrganizations.length), speakersTable(r, 'organizations')),
    section('sources', 'Named and unnamed sources', 'chart short', sourcesTable(r)),
    section('gender', 'Quoted people by gender', 'chart short', `<p class="note" id="gender-method">${escapeHtml(r.gender.note)}</p>${genderTable(r)}${genderPeopleTable(r)}`),
    section('timeline', 'Quotes over time', 'chart', `<p class="note">By the date the article states, per ${r.timeline.unit}; undated articles are counted apart.</p>${timelineTable(r)}`),
    section('outlets', 'Sources by outlet or agency', speakersHeight(r.outlets.length), outletsTable(r)),
    '<section id="quote-list" aria-live="polite" hidden><h2 id="quote-list-h"></h2><p class="muted" id="quote-list-count"></p><ol></ol></section>',
  ].join('\n');
}

/** The full HTML document of a report. */
export function reportHtml(report: SourcesReport, options: ReportHtmlOptions): string {
  const nonce = escapeHtml(options.nonce);
  const script = typeof options.script === 'string'
    ? `<script nonce="${nonce}">${inlineScript(options.script)}</script>`
    : `<script nonce="${nonce}" src="${escapeHtml(options.script.src)}"></script>`;
  return `<!DOCTYPE html>
<html lang="en"${options.standalone ? ' data-standalone=""' : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(options.nonce, options.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NewsLens sources — ${escapeHtml(describeFilter(report.filter))}</title>
<style nonce="${nonce}">${REPORT_CSS}</style>
</head>
<body>
${body(report, options.standalone)}
<script type="application/json" id="${REPORT_JSON_ID}">${jsonForScript(report)}</script>
${script}
</body>
</html>
`;
}
