// A workspace holding only code, a LICENSE.txt, a requirements.txt and a CSV saved as .txt: NewsLens activates
// (a .txt file is there), reads the files, finds no article and stays out of the way.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../../../src/editor/extension';
import { eventually } from '../../corpusHelpers';
import { newslens, workspaceRoot } from '../../helpers';

const TEXT_FILES = ['LICENSE.txt', 'requirements.txt', 'exports.txt', 'src/notes.txt'];

describe('a workspace of code, a licence, a package list and a CSV', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await newslens().activate();
    await eventually(async () => {
      await api.services.whenIdle();
      return api.services.indexing().quiet === true;
    }, 60000, 'the first scan to find no article');
  });

  it('indexes nothing and shows no status bar item', () => {
    assert.deepEqual(api.services.corpus.articles().map((a) => a.path), []);
    assert.equal(api.isStatusShown(), false, `the status bar shows "${api.statusBar.text}"`);
  });

  it('leaves every text file in its own language when opened', async () => {
    for (const name of TEXT_FILES) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), name));
      await vscode.window.showTextDocument(doc);
      // Association would switch the language within a few event-loop turns of opening.
      await new Promise((r) => setTimeout(r, 500));
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
      assert.equal(now?.languageId, 'plaintext', `${name} became ${now?.languageId}`);
      assert.equal(api.services.corpus.annotations(doc.uri.toString()), undefined, `${name} was annotated`);
      assert.equal(api.isStatusShown(), false, `the status bar shows "${api.statusBar.text}" for ${name}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('indexes the folder when the reader asks ("Index this folder anyway")', async () => {
    await vscode.commands.executeCommand('newslens.indexAnyway');
    await api.services.whenIdle();
    const indexed = api.services.corpus.articles().map((a) => a.path.slice(a.path.lastIndexOf('/') + 1)).sort();
    assert.deepEqual(indexed, ['LICENSE.txt', 'exports.txt', 'notes.txt', 'requirements.txt']);
    assert.notEqual(api.services.indexing().quiet, true);
  });
});
