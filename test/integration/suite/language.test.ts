import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/editor/extension';
import { documentSymbols } from '../../../src/editor/symbols';
import { eventually, indexedApi, openSeed, positionOf, seedUri, SEED_000, SEED_004 } from './corpusHelpers';

describe('language features', () => {
  let api: NewsLensApi;
  before(async () => { api = await indexedApi(); });

  it('References (Shift+F12) on a person list every appearance across the corpus', async () => {
    const editor = await openSeed(SEED_000);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Lavrentiev', 1));
    const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
    assert.deepEqual([...files].sort(), [SEED_000, SEED_004]);
    const doc4 = await vscode.workspace.openTextDocument(seedUri(SEED_004));
    for (const r of refs.filter((x) => x.uri.path.endsWith(SEED_004))) assert.match(doc4.getText(r.range), /Lavrentiev/);
  });

  it('Definition (F12) goes to the full name with its role', async () => {
    const editor = await openSeed(SEED_004);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, positionOf(editor.document, 'Shamkhani praised'));
    assert.equal(defs.length, 1);
    const d = defs[0] as vscode.Location;
    const doc = await vscode.workspace.openTextDocument(d.uri);
    assert.match(doc.getText(d.range), /^Ali\sShamkhani$/);
  });

  it('Outline lists the people, organisations and quotes of the article', async () => {
    const editor = await openSeed(SEED_000);
    let symbols: vscode.DocumentSymbol[] | undefined;
    // Opening a .txt seed switches it to news-article, which re-creates the document model: ask once it settles.
    await eventually(async () => {
      symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return !!symbols?.length;
    }, 10000, `document symbols (computed directly: ${documentSymbols(api.services.corpus.annotations(editor.document.uri.toString()), editor.document)?.length})`);
    if (!symbols) return;
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Amir Saeid Iravani'), names.join(', '));
    assert.ok(names.includes('Alexander Lavrentiev'));
    assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.String && s.name.startsWith('“recent achievements')));
    const iravani = symbols.find((s) => s.name === 'Amir Saeid Iravani')!;
    assert.ok(iravani.children.length >= 2, 'later mentions are children');
  });

  it('Workspace symbols (Ctrl+T) find entities across the corpus by prefix', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lavr');
    assert.ok(found.some((s) => s.name === 'Alexander Lavrentiev'), found.map((s) => s.name).join(', '));
    const putin = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'put');
    assert.ok(putin.some((s) => s.name === 'Vladimir Putin'));
  });

  it('opens plain-text corpus files as news articles', async () => {
    const editor = await openSeed(SEED_004);
    await eventually(() => editor.document.languageId === 'news-article' || vscode.window.activeTextEditor?.document.languageId === 'news-article', 5000, 'the news-article language');
  });

  it('re-indexes an edited article live, unsaved edits included', async () => {
    const editor = await openSeed(SEED_004);
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((e) => e.insert(end, '\n\nForeign Minister Sergei Lavrov said the talks were useful.'));
    await eventually(() => api.services.corpus.searchByPrefix('Sergei').some((e) => e.name === 'Sergei Lavrov'), 15000, 'Sergei Lavrov in the index');
    await vscode.commands.executeCommand('undo');
    await eventually(() => !api.services.corpus.searchByPrefix('Sergei').some((e) => e.name === 'Sergei Lavrov'), 15000, 'the edit to be undone in the index');
  });
});
