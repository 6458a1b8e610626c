// The status bar item: what the active article holds, or how far indexing has got.
import * as vscode from 'vscode';
import { pathOf } from './adapters';
import type { NewsLensServices } from './services';

/** `3 people · 2 orgs · 5 quotes` for the article's annotations. */
export function articleCounts(entities: { type: string; entity: string }[], quotes: unknown[]): string {
  const distinct = (type: string) => new Set(entities.filter((e) => e.type === type).map((e) => e.entity)).size;
  const people = distinct('person');
  const orgs = distinct('organization');
  return `${people} ${people === 1 ? 'person' : 'people'} · ${orgs} org${orgs === 1 ? '' : 's'} · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}`;
}

/** Items on screen now: a StatusBarItem cannot be asked whether it shows (the integration tests ask). */
const showing = new WeakSet<vscode.StatusBarItem>();

/** Whether the item is shown in the status bar. */
export function isShown(item: vscode.StatusBarItem): boolean {
  return showing.has(item);
}

export function registerStatusBar(context: vscode.ExtensionContext, services: NewsLensServices): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'NewsLens';
  context.subscriptions.push(item);
  const update = () => {
    const state = services.indexing();
    const editor = vscode.window.activeTextEditor;
    const ann = editor ? services.corpus.annotations(pathOf(editor.document.uri)) : undefined;
    if (state.busy) {
      item.text = `$(sync~spin) NewsLens ${state.done}/${state.total}`;
      item.tooltip = 'NewsLens is indexing the corpus';
      item.command = undefined;
      show(item);
    } else if (ann) {
      item.text = `$(book) ${articleCounts(ann.entities, ann.quotes)}`;
      item.tooltip = 'NewsLens: show the article summary';
      item.command = 'newslens.showArticleSummary';
      show(item);
    } else {
      showing.delete(item);
      item.hide();
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    services.onDidChangeCorpus(update),
    services.onDidChangeIndexing(update),
  );
  update();
  return item;
}

function show(item: vscode.StatusBarItem): void {
  showing.add(item);
  item.show();
}
