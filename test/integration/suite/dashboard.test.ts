// The Sources dashboard in the host: the command opens a webview whose figures are the index's.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DashboardResult } from '../../../src/editor/dashboard';
import type { NewsLensApi } from '../../../src/editor/extension';
import { eventually, indexedApi, seedUri, SEED_000 } from './corpusHelpers';

function sourcesTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newslens.sources'));
}

describe('Sources dashboard', () => {
  let api: NewsLensApi;
  before(async () => { api = await indexedApi(); });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens over the whole corpus with the index’s top speaker and counts', async () => {
    const result = await vscode.commands.executeCommand<DashboardResult>('newslens.showSourcesDashboard');
    const { report } = result;
    const corpus = api.services.corpus;
    assert.equal(report.totals.articles, corpus.articles().length);
    const top = report.topPeople[0];
    assert.ok(top, 'no quoted person in the report');
    const quotes = corpus.quotesBy(top.id);
    assert.equal(top.direct + top.indirect, quotes.length, `${top.name}: report against index`);
    assert.equal(top.direct, quotes.filter((q) => q.kind === 'direct').length);
    // Nobody in the index is quoted more often than the report's first person.
    const most = Math.max(...corpus.speakers().filter((s) => s.speaker.type === 'person').map((s) => s.count));
    assert.equal(top.direct + top.indirect, most);
    // The tab reaches the extension host's view of the workbench a moment after the panel is created.
    await eventually(() => sourcesTabs().length === 1, 10000, `one Sources tab (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')})`);
  });

  it('narrows to the open article and reuses its one panel', async () => {
    const path = seedUri(SEED_000).toString();
    const { report } = await vscode.commands.executeCommand<DashboardResult>('newslens.showSourcesDashboard', { path });
    assert.equal(report.totals.articles, 1);
    const inArticle = api.services.corpus.annotations(path)!.quotes.length;
    assert.equal(report.totals.quotes.direct + report.totals.quotes.indirect, inArticle);
    await eventually(() => sourcesTabs().length === 1 && /^Sources: article /.test(sourcesTabs()[0].label), 10000, 'one Sources tab, titled for the article');
  });
});
