import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AppearancesResult } from '../../../src/editor/commands/appearances';
import type { NewsLensApi } from '../../../src/editor/extension';
import { indexedApi, openSeed, positionOf, SEED_000, SEED_004, withQuickPickClosed } from './corpusHelpers';

describe('commands', () => {
  let api: NewsLensApi;
  before(async () => { api = await indexedApi(); });

  it('Show All Appearances lists both seed articles for Lavrentiev under the cursor', async () => {
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'Lavrentiev', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    const result = await withQuickPickClosed<AppearancesResult>('newslens.showAllAppearances');
    assert.ok(result, 'the command returned nothing');
    const titles = new Set(result.items.map((i) => i.title));
    assert.ok(titles.has('Putin sends envoy to Tehran'), [...titles].join(' | '));
    assert.ok(titles.has('Israel cannot affect Iran-Russia cooperation: Iran security official'));
    assert.ok(result.items.length >= 4);
  });

  it('Go to Next / Previous Entity moves the selection from entity to entity', async () => {
    const editor = await openSeed(SEED_000);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const first = await vscode.commands.executeCommand<{ start: number; text: string }>('newslens.nextEntity');
    const second = await vscode.commands.executeCommand<{ start: number; text: string }>('newslens.nextEntity');
    assert.ok(first && second && second.start > first.start);
    assert.equal(editor.document.getText(editor.selection), second.text);
    const back = await vscode.commands.executeCommand<{ start: number }>('newslens.previousEntity');
    assert.equal(back?.start, first.start);
  });

  it('Toggle Highlights flips the setting and back', async () => {
    const before = vscode.workspace.getConfiguration('newslens').get('highlight.enabled');
    const off = await vscode.commands.executeCommand('newslens.toggleHighlights');
    assert.equal(off, !before);
    assert.equal(api.services.config().highlightEnabled, !before);
    const on = await vscode.commands.executeCommand('newslens.toggleHighlights');
    assert.equal(on, before);
  });

  it('Copy Quote with Attribution cites speaker, role, agency and date', async () => {
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'recent achievements have been', 0, 4);
    editor.selection = new vscode.Selection(at, at);
    const line = await vscode.commands.executeCommand<string>('newslens.copyQuoteWithAttribution');
    assert.ok(line, 'no quote under the cursor');
    assert.match(line, /^“recent achievements have been an effective step/);
    assert.match(line, /” — Amir Saeid Iravani, Deputy Secretary-General of the Supreme National Security Council of Iran/);
    assert.match(line, /Jul\. 19$/);
  });

  it('Show Article Summary renders the article as escaped Markdown', async () => {
    await openSeed(SEED_004);
    const summary = await vscode.commands.executeCommand<string>('newslens.showArticleSummary', (await openSeed(SEED_004)).document.uri);
    assert.match(summary, /^# Putin sends envoy to Tehran/);
    assert.match(summary, /## People \(\d+\)/);
    assert.match(summary, /\*\*Vladimir Putin\*\*/);
    assert.match(summary, /## Quotes \(\d+\)/);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  it('Reveal in NewsLens Tree selects the entity under the cursor', async () => {
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'Alexander Lavrentiev', 0, 3);
    editor.selection = new vscode.Selection(at, at);
    const revealed = await vscode.commands.executeCommand<boolean>('newslens.revealInTree');
    assert.equal(revealed, true);
    assert.equal(api.tree.views.people.selection[0]?.kind, 'entity');
  });

  it('Rebuild Corpus Index re-reads the workspace', async () => {
    const count = await vscode.commands.executeCommand<number>('newslens.rebuildIndex');
    assert.ok(count >= 2);
  });
});
