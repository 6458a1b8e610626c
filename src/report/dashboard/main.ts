/// <reference lib="dom" />
// The sources dashboard in the page: reads the report the HTML embeds (reportHtml.ts), draws a chart per
// section and wires every bar and every table button to its list (standalone) or to a message (webview).
import { actionFor, keyOf, messageFor, REPORT_JSON_ID, type ChartName } from '../../core/report/reportActions';
import type { SourcesReport } from '../../core/report/types';
import { barChart, type BarSpec } from './charts';
import { vscodeApi } from './host';
import { showList } from './quoteList';
import { chartSpecs } from './specs';
import { onThemeChange, readTheme } from './theme';

function open(report: SourcesReport, key: string): void {
  const action = actionFor(report, key);
  if (!action) return;
  const api = vscodeApi();
  if (api) api.postMessage(messageFor(action));
  else showList(report, action);
}

function start(): void {
  const data = document.getElementById(REPORT_JSON_ID)?.textContent;
  if (!data) return;
  const report = JSON.parse(data) as SourcesReport;
  const theme = readTheme();
  const redraws: ((t: ReturnType<typeof readTheme>) => void)[] = [];
  const specs = chartSpecs(report);
  for (const name of Object.keys(specs) as ChartName[]) {
    const canvas = document.getElementById(`${name}-chart`) as HTMLCanvasElement | null;
    const spec = specs[name];
    if (!canvas) continue;
    // Nothing to draw (no organisation quoted, say): the table below already says "none".
    if (!spec) {
      canvas.parentElement!.hidden = true;
      continue;
    }
    const full: BarSpec = { ...spec, onBar: (i) => open(report, spec.keyOf ? spec.keyOf(i) : keyOf(name, i)) };
    redraws.push(barChart(canvas, full, theme));
  }
  onThemeChange(() => {
    const next = readTheme();
    for (const redraw of redraws) redraw(next);
  });
  document.body.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('button[data-open]');
    if (button?.dataset.open) open(report, button.dataset.open);
  });
}

start();
