// Plain-text files of the corpus open as news articles; the active editor's article-ness drives menus and keys.
import * as vscode from 'vscode';
import { pathOf } from './adapters';
import type { NewsLensServices } from './services';

export function registerLanguageAssociation(context: vscode.ExtensionContext, services: NewsLensServices, isArticle: (doc: vscode.TextDocument) => boolean): void {
  const associate = (doc: vscode.TextDocument) => {
    if (!services.config().associateArticles || doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') return;
    if (!isArticle(doc)) return;
    void vscode.languages.setTextDocumentLanguage(doc, 'news-article').then(undefined, (e) => services.log(`could not switch ${pathOf(doc.uri)} to news-article: ${e}`));
  };
  const updateContext = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const active = !!doc && (doc.languageId === 'news-article' || !!services.corpus.annotations(pathOf(doc.uri)));
    void vscode.commands.executeCommand('setContext', 'newslens.activeIsArticle', active);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(associate),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    services.onDidChangeCorpus(updateContext),
  );
  vscode.workspace.textDocuments.forEach(associate);
  updateContext();
}
