// The Sources dashboard: core/report's page (charts by dist/dashboard.js, Chart.js bundled) in a webview over
// the whole corpus or a filter. A bar of a person or organisation opens Show All Appearances; any other bar
// lists its quotes in a quick pick. The page is rebuilt when the corpus changes (debounced, and only while
// it is visible: a hidden panel is rebuilt when shown again).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpus/corpusIndex';
import { nerModel } from '../core/nlp/tagger/nerModel';
import type { GivenNameLookup } from '../core/report/gender';
import { lexiconGivenNames } from '../core/report/givenNames';
import { quotesMatching } from '../core/report/quotesMatching';
import type { DashboardMessage } from '../core/report/reportActions';
import { describeFilter, reportHtml } from '../core/report/reportHtml';
import { sourcesReport } from '../core/report/sourcesReport';
import type { QuoteFilter, ReportFilter, SourcesReport } from '../core/report/types';
import { shorten } from './markdown';
import type { NewsLensServices } from './services';
import { plain } from './tree';

const REFRESH_MS = 800;

/** What the command resolves with (the end-to-end and integration tests compare it with the index). */
export interface DashboardResult {
  filter: ReportFilter;
  report: SourcesReport;
}

/** One panel for the window: the command reveals it, with the filter asked for. */
class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private filter: ReportFilter = {};
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private names: GivenNameLookup | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  last: SourcesReport | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly services: NewsLensServices, private readonly index: CorpusIndex) {
    this.disposables.push(services.onDidChangeCorpus(() => this.scheduleRefresh()));
  }

  show(filter: ReportFilter): SourcesReport {
    this.filter = filter;
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(undefined, false);
    return this.render();
  }

  private createPanel(): vscode.WebviewPanel {
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel('newslens.sources', 'Sources', vscode.ViewColumn.Active, {
      enableScripts: true, localResourceRoots: [dist],
    });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'newslens.svg');
    panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.disposables);
    panel.onDidChangeViewState(() => { if (panel.visible && this.stale) this.render(); }, undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: DashboardMessage) => void this.answer(m), undefined, this.disposables);
    return panel;
  }

  private render(): SourcesReport {
    const report = sourcesReport(this.index, this.filter, { text: (p) => this.index.textOf(p), givenName: this.givenNames() });
    this.last = report;
    this.stale = false;
    const panel = this.panel;
    if (!panel) return report;
    panel.title = `Sources: ${shorten(describeFilter(this.filter), 40)}`;
    const script = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'dashboard.js');
    panel.webview.html = reportHtml(report, {
      script: { src: panel.webview.asWebviewUri(script).toString() },
      nonce: randomBytes(18).toString('base64'),
      cspSource: panel.webview.cspSource,
      standalone: false,
    });
    return report;
  }

  /** Given names read as female or male from the entity model's lexicon; without the model, no such evidence. */
  private givenNames(): GivenNameLookup | undefined {
    if (this.names) return this.names;
    try {
      this.names = lexiconGivenNames(nerModel().lexicon);
    } catch (e) {
      this.services.log(`sources dashboard: given names unavailable (${(e as Error).message})`);
    }
    return this.names;
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.panel?.visible) this.render();
      else this.stale = true;
    }, REFRESH_MS);
  }

  private async answer(m: DashboardMessage): Promise<void> {
    if (m?.type === 'openEntity' && typeof m.id === 'string') await vscode.commands.executeCommand('newslens.showAllAppearances', m.id);
    else if (m?.type === 'openQuotes' && m.filter && typeof m.filter === 'object') await this.pickQuote(String(m.title ?? 'Quotes'), m.filter);
  }

  /** The quotes behind a bar, in a quick pick that opens the chosen one. */
  private async pickQuote(title: string, filter: QuoteFilter): Promise<void> {
    const { total, rows } = quotesMatching(this.index, filter, { text: (p) => this.index.textOf(p), givenName: this.givenNames() });
    const items = rows.map((r) => ({
      label: plain(`“${shorten(r.text, 100)}”`),
      description: plain(r.speakerName ?? r.speaker ?? 'no speaker'),
      detail: plain(`${r.title || r.path}${r.date ? ` · ${r.date}` : ''} · line ${r.line + 1}`),
      row: r,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: `${title} (${total})`, matchOnDescription: true, matchOnDetail: true });
    if (picked) await vscode.commands.executeCommand('newslens.openLocation', picked.row.path, picked.row.start, picked.row.end);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** A filter from the palette: the whole corpus, the open article, a folder, an outlet or a date range. */
async function pickFilter(services: NewsLensServices): Promise<ReportFilter | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const agencies = [...new Set(services.corpus.articles().map((a) => a.agency).filter((a): a is string => !!a))].sort();
  const choices: (vscode.QuickPickItem & { filter: () => Promise<ReportFilter | undefined> | ReportFilter })[] = [
    { label: 'Whole corpus', filter: () => ({}) },
    ...(active && services.corpus.article(active) ? [{ label: 'The open article', filter: () => ({ path: active }) }] : []),
    ...articleFolders(services).map((f) => ({ label: `Folder ${plain(vscode.workspace.asRelativePath(vscode.Uri.parse(f), true))}`, filter: () => ({ folder: f }) })),
    ...agencies.map((a) => ({ label: `Outlet ${plain(a)}`, filter: () => ({ agency: a }) })),
    { label: 'A date range…', filter: askDates },
  ];
  const picked = await vscode.window.showQuickPick(choices, { title: 'Show the sources of…' });
  return picked?.filter();
}

/** The folders holding articles (their URIs), at most 50, so a folder of the corpus can be picked. */
function articleFolders(services: NewsLensServices): string[] {
  const folders = new Set(services.corpus.articles().map((a) => a.path.slice(0, a.path.lastIndexOf('/'))));
  return [...folders].sort().slice(0, 50);
}

async function askDates(): Promise<ReportFilter | undefined> {
  const raw = await vscode.window.showInputBox({
    title: 'Articles dated from … to …', prompt: 'Two dates, YYYY-MM-DD (or YYYY-MM, YYYY); leave a side empty for open', placeHolder: '2016-01-01 2016-12-31',
    validateInput: (v) => (/^\s*(\d{4}(-\d{2}){0,2})?\s*(\d{4}(-\d{2}){0,2})?\s*$/.test(v) ? undefined : 'two dates such as 2016-01 2016-06-30'),
  });
  if (raw === undefined) return undefined;
  const [from, to] = raw.trim().split(/\s+/);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** NewsLens: Show Sources Dashboard (whole corpus, or the filter given) and … For… (a filter picked). */
export function registerDashboard(context: vscode.ExtensionContext, services: NewsLensServices, index: CorpusIndex): void {
  const dashboard = new DashboardPanel(context, services, index);
  const show = (filter: ReportFilter): DashboardResult => ({ filter, report: dashboard.show(filter) });
  context.subscriptions.push(
    dashboard,
    vscode.commands.registerCommand('newslens.showSourcesDashboard', (filter?: unknown) => show(isFilter(filter) ? filter : {})),
    vscode.commands.registerCommand('newslens.showSourcesDashboardFor', async () => {
      const filter = await pickFilter(services);
      return filter ? show(filter) : undefined;
    }),
  );
}

/** A filter passed by a caller (a test, a keybinding's args); a tree node or anything else means no filter. */
function isFilter(x: unknown): x is ReportFilter {
  if (!x || typeof x !== 'object') return false;
  const keys = Object.keys(x);
  return keys.length > 0 && keys.every((k) => ['agency', 'from', 'to', 'folder', 'path'].includes(k) && typeof (x as Record<string, unknown>)[k] === 'string');
}
