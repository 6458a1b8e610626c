import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/editor/extension';
import { treeItem, type Node } from '../../../src/editor/tree';
import { indexedApi } from './corpusHelpers';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('corpus tree', () => {
  let api: NewsLensApi;
  before(async () => { api = await indexedApi(); });
  afterEach(async () => {
    await vscode.commands.executeCommand('newslens.clearTreeFilter');
    await vscode.commands.executeCommand('newslens.sortTree', 'articles');
  });

  it('lists Alexander Lavrentiev under People with 2 articles, then the articles, then the mentions', () => {
    const people = api.tree.providers.people.getChildren();
    const lav = people.find((n) => n.kind === 'entity' && n.entity.name === 'Alexander Lavrentiev');
    assert.ok(lav, `People: ${people.slice(0, 10).map((n) => label(treeItem(n))).join(', ')}`);
    const item = treeItem(lav);
    assert.match(String(item.description), /^\d+ mentions · 2 articles$/);
    const articles = api.tree.providers.people.getChildren(lav);
    assert.equal(articles.length, 2);
    const mentions = api.tree.providers.people.getChildren(articles[0]);
    assert.ok(mentions.length >= 1);
    const mention = treeItem(mentions[0]);
    assert.match(label(mention), /^line \d+$/);
    assert.equal(mention.command?.command, 'newslens.openLocation');
  });

  it('opens a mention and selects its span', async () => {
    const lav = api.tree.providers.people.getChildren().find((n) => n.kind === 'entity' && n.entity.name === 'Alexander Lavrentiev')!;
    const mention = api.tree.providers.people.getChildren(api.tree.providers.people.getChildren(lav)[0])[0];
    const cmd = treeItem(mention).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /Lavrentiev/);
  });

  it('has Organisations, Places, Quotes by speaker and Articles', () => {
    const orgs = api.tree.providers.organizations.getChildren().map((n) => label(treeItem(n)));
    assert.ok(orgs.includes('Supreme National Security Council') || orgs.some((o) => o.startsWith('Supreme National Security Council')), orgs.join(', '));
    const places = api.tree.providers.places.getChildren().map((n) => label(treeItem(n)));
    assert.ok(places.includes('Tehran'), places.join(', '));
    const speakers = api.tree.providers.quotes.getChildren();
    const iravani = speakers.find((n) => label(treeItem(n)) === 'Amir Saeid Iravani');
    assert.ok(iravani, speakers.map((n) => label(treeItem(n))).join(', '));
    const quotes = api.tree.providers.quotes.getChildren(iravani);
    assert.ok(quotes.length >= 3);
    assert.equal(treeItem(quotes[0]).command?.command, 'newslens.openLocation');
    const articles = api.tree.providers.articles.getChildren();
    assert.ok(articles.some((n) => label(treeItem(n)) === 'Putin sends envoy to Tehran'));
    const groups = api.tree.providers.articles.getChildren(articles.find((n) => label(treeItem(n)) === 'Putin sends envoy to Tehran'));
    assert.deepEqual(groups.map((g) => label(treeItem(g))), ['People', 'Organisations', 'Quotes']);
    const peopleHere = api.tree.providers.articles.getChildren(groups[0]).map((n) => label(treeItem(n)));
    assert.ok(peopleHere.includes('Vladimir Putin'), peopleHere.join(', '));
  });

  it('filters and sorts from the toolbar commands', async () => {
    await vscode.commands.executeCommand('newslens.filterTree', 'lavr');
    const filtered = api.tree.providers.people.getChildren().map((n: Node) => label(treeItem(n)));
    assert.deepEqual(filtered, ['Alexander Lavrentiev']);
    await vscode.commands.executeCommand('newslens.clearTreeFilter');
    await vscode.commands.executeCommand('newslens.sortTree', 'name');
    const names = api.tree.providers.people.getChildren().map((n: Node) => label(treeItem(n)));
    assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await vscode.commands.executeCommand('newslens.sortTree', 'mentions');
    const counts = api.tree.providers.people.getChildren().map((n) => (n.kind === 'entity' ? n.entity.mentionCount : 0));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('has an Other Names view for misc names, kept off (and unhighlighted) by default', () => {
    assert.equal(api.services.config().showMisc, false);
    assert.equal(api.services.config().highlight.misc, false);
    assert.ok(api.tree.views.misc, 'the misc view is created, for when newslens.views.showMisc turns it on');
    const item = treeItem({ kind: 'entity', entity: { id: 'misc:brexit', type: 'misc', name: 'Brexit', mentionCount: 2, articleCount: 1 } });
    assert.equal(item.tooltip, 'Brexit (other name)');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'tag');
    assert.equal(item.description, '2 mentions · 1 article');
  });

  it('copies a name from the context menu command', async () => {
    const lav = api.tree.providers.people.getChildren().find((n) => n.kind === 'entity' && n.entity.name === 'Alexander Lavrentiev');
    const name = await vscode.commands.executeCommand('newslens.copyName', lav);
    assert.equal(name, 'Alexander Lavrentiev');
    assert.equal(await vscode.env.clipboard.readText(), 'Alexander Lavrentiev');
  });
});
