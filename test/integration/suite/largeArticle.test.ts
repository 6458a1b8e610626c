import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/editor/extension';
import { eventually, indexedApi } from './corpusHelpers';
import { workspaceRoot } from './helpers';

describe('a 2 MB article', function () {
  this.timeout(180000);
  let api: NewsLensApi;
  before(async () => { api = await indexedApi(); });

  it('keeps typing responsive while it is re-indexed in the worker', async () => {
    const paragraph = 'Foreign Minister Anna Varga met Jonas Brennan of the World Bank in Paris on Monday. “We cannot wait,” Varga told reporters. Brennan said that the bank would help.';
    const text = `A very long wire digest\n\n${Array.from({ length: Math.ceil(2e6 / (paragraph.length + 2)) }, () => paragraph).join('\n\n')}`;
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'digest-2mb.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await eventually(() => !!api.services.corpus.annotations(uri.toString()), 120000, 'the 2 MB article to be indexed');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const times: number[] = [];
    // Type a sentence a character at a time at the top, as a reader would, timing each edit's round trip.
    const typed = 'Mayor Petra Lindqvist said so. ';
    for (let i = 0; i < typed.length; i++) {
      const t = performance.now();
      await editor.edit((e) => e.insert(new vscode.Position(2, i), typed[i]));
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    times.sort((a, b) => a - b);
    console.log(`      typing into 2 MB: median ${times[times.length >> 1].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms per keystroke (${times.length} keystrokes)`);
    await eventually(() => api.services.corpus.searchByPrefix('Petra', 5).some((e) => e.name === 'Petra Lindqvist'), 120000, 'the typed name in the index');
    assert.ok(api.services.corpus.annotations(uri.toString())!.entities.length > 10000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
