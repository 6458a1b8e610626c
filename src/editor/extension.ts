// activate(): builds the services and calls each feature's register function; nothing else happens here.
import * as vscode from 'vscode';
import { ENGINE_VERSION } from '../core/model/version';
import { registerAppearanceCommands } from './commands/appearances';
import { registerCorrectionCommands } from './commands/correctionCommands';
import { registerExportCommand } from './commands/exportCommand';
import { registerArticleSummaryCommand } from './commands/articleSummary';
import { registerHighlightCommands } from './commands/highlights';
import { registerNavigationCommands } from './commands/navigation';
import { registerQuoteAttributionCommand } from './commands/quoteAttribution';
import { registerTreeActions } from './commands/treeActions';
import { registerCorrections } from './corrections';
import { CorpusService } from './corpusService';
import { registerDecorations } from './decorations';
import { registerHover } from './hover';
import { registerLanguageAssociation } from './languageAssociation';
import { registerReferences } from './references';
import { registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { registerTree, type TreeViews } from './tree';
import type { NewsLensServices } from './services';

/** What activate() hands to other extensions and to the integration tests. */
export interface NewsLensApi {
  readonly engineVersion: string;
  /** Milliseconds activate() took, measured inside it. */
  readonly activationMs: number;
  readonly services: NewsLensServices;
  readonly tree: TreeViews;
  readonly statusBar: vscode.StatusBarItem;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('NewsLens');
  const services = new CorpusService(context, output);
  context.subscriptions.push(output, services);

  registerLanguageAssociation(context, services, (doc) => services.isArticle(doc));
  registerDecorations(context, services);
  registerHover(context, services);
  const tree = registerTree(context, services);
  registerAppearanceCommands(context, services);
  registerNavigationCommands(context, services);
  registerHighlightCommands(context, services);
  registerQuoteAttributionCommand(context, services);
  registerArticleSummaryCommand(context, services);
  registerTreeActions(context, services, tree);
  registerReferences(context, services);
  registerSymbols(context, services);
  const statusBar = registerStatusBar(context, services);
  registerCorrectionCommands(context, services, registerCorrections(context, services));
  registerExportCommand(context, services);
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.rebuildIndex', async () => {
      await services.rebuild();
      return services.corpus.articles().length;
    }),
    // A news-article buffer outside the include glob (untitled, another folder) is indexed when opened.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.languageId === 'news-article' && !services.corpus.annotations(doc.uri.toString())) void services.indexDocument(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'news-article') void services.indexDocument(doc);

  // The first scan runs after activation returns: activation stays cheap, the views fill as results come.
  setTimeout(() => void services.rebuild(), 0);
  const activationMs = performance.now() - started;
  services.log(`NewsLens ${ENGINE_VERSION} activated in ${activationMs.toFixed(1)} ms`);
  return { engineVersion: ENGINE_VERSION, activationMs, services, tree, statusBar };
}

export function deactivate(): void {
  // Every Disposable is owned by context.subscriptions; nothing else to release.
}
