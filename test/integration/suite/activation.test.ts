import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, newslens, seedArticles, waitFor } from './helpers';

interface CommandContribution {
  command: string;
}

describe('NewsLens in a real extension host', () => {
  it(`has ${EXTENSION_ID} installed`, () => {
    const ext = newslens();
    assert.equal(ext.packageJSON.name, 'newslens');
    assert.equal(ext.packageJSON.publisher, 'newslens');
  });

  it('is active once a seed article is open as news-article', async () => {
    const ext = newslens();
    const wasActive = ext.isActive;
    const [seed] = await seedArticles();
    assert.ok(seed, 'the workspace has no seed article');
    let doc = await vscode.workspace.openTextDocument(seed);
    await vscode.window.showTextDocument(doc);
    // Seeds are .txt files; the news-article language owns .news/.article, so a reader switches the
    // language, which is what fires onLanguage:news-article.
    if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    assert.equal(doc.languageId, LANGUAGE_ID);
    const activated = await waitFor(() => ext.isActive, 15000);
    assert.ok(activated, `${EXTENSION_ID} did not activate within 15 s of opening ${seed.path} as ${LANGUAGE_ID}`);
    console.log(`      ${wasActive ? 'was already active' : 'activated by opening'} ${seed.path.split('/').pop()}`);
  });

  it('returns its API object from activate()', async () => {
    const api = await newslens().activate();
    assert.ok(api, 'activate() returned nothing');
    assert.equal(typeof api.engineVersion, 'string');
    assert.ok(api.engineVersion.length > 0, 'engineVersion is empty');
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0, `activationMs = ${api.activationMs}`);
    console.log(`      engine ${api.engineVersion}, activation took ${api.activationMs} ms`);
  });

  it('registers every command declared in package.json', async () => {
    const ext = newslens();
    await ext.activate();
    const declared = ((ext.packageJSON.contributes?.commands ?? []) as CommandContribution[]).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `declared in package.json but not registered after activation: ${missing.join(', ')}`);
    console.log(`      ${declared.length} declared command(s) registered`);
  });
});
