/// <reference lib="dom" />
// The list a bar opens in a standalone page. Article text only ever goes in as textContent.
import type { ReportAction } from '../../core/report/reportActions';
import type { QuoteRow, SourcesReport } from '../../core/report/types';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.textContent = text;
  return e;
}

function item(row: QuoteRow): HTMLLIElement {
  const li = document.createElement('li');
  const who = row.speakerName ?? row.speaker ?? 'no speaker';
  const written = row.speaker && row.speakerName && row.speaker !== row.speakerName ? ` (written '${row.speaker}')` : '';
  li.append(el('span', 'who', who), el('span', 'muted', `${written} · ${row.kind}`));
  li.append(el('blockquote', '', row.text));
  li.append(el('div', 'where', `${row.title}${row.date ? ` — ${row.date}` : ''} — ${row.path}:${row.line + 1}`));
  return li;
}

/** Shows the action's quotes in the page's list section and scrolls to it. */
export function showList(report: SourcesReport, action: ReportAction): void {
  const section = document.getElementById('quote-list');
  if (!section) return;
  section.querySelector('h2')!.textContent = action.title;
  const shown = action.list.rows.length;
  const total = action.list.total;
  section.querySelector('#quote-list-count')!.textContent =
    total === 0 ? 'No quotes.' : shown < total ? `The first ${shown} of ${total} quotes.` : `${total} quote${total === 1 ? '' : 's'}.`;
  const ol = section.querySelector('ol')!;
  ol.replaceChildren(...action.list.rows.map((i) => item(report.quotes[i])));
  section.hidden = false;
  section.scrollIntoView({ block: 'start' });
}
