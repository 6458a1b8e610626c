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
import { registerDashboard } from './dashboard';
import { registerDecorations, type Decorated } from './decorations';
import { registerHover } from './hover';
import { registerLanguageAssociation } from './languageAssociation';
import { registerReferences } from './references';
import { isShown, registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { registerTree, type TreeViews } from './tree';
import type { NewsLensServices } from './services';
import { registerTeamMode, type TeamMode } from './team/teamMode';

/** What activate() hands to other extensions and to the integration tests. */
export interface NewsLensApi {
  readonly engineVersion: string;
  /** Milliseconds activate() took, measured inside it. */
  readonly activationMs: number;
  readonly services: NewsLensServices;
  readonly tree: TreeViews;
  readonly statusBar: vscode.StatusBarItem;
  /** Fires after an editor's highlights are drawn. */
  readonly onDidDecorate: vscode.Event<Decorated>;
  /** Whether the NewsLens status bar item is on screen. */
  isStatusShown(): boolean;
  /** Team mode (newslens.store.url): its connection state, queue and store-backed answers. */
  readonly team: TeamMode;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('NewsLens');
  const services = new CorpusService(context, output);
  context.subscriptions.push(output, services);

  registerLanguageAssociation(context, services, (doc) => services.isArticle(doc));
  const onDidDecorate = registerDecorations(context, services);
  const corrections = registerCorrections(context, services);
  const team = registerTeamMode(context, services, corrections);
  registerHover(context, services, team);
  const tree = registerTree(context, services);
  registerAppearanceCommands(context, services, team);
  registerNavigationCommands(context, services);
  registerHighlightCommands(context, services);
  registerQuoteAttributionCommand(context, services);
  registerArticleSummaryCommand(context, services);
  registerTreeActions(context, services, tree);
  registerReferences(context, services);
  registerSymbols(context, services);
  const statusBar = registerStatusBar(context, services);
  registerCorrectionCommands(context, services, team.corrections);
  registerExportCommand(context, services);
  registerDashboard(context, services, services.corpus);
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.rebuildIndex', async () => {
      await services.rebuild();
      return services.corpus.articles().length;
    }),
    vscode.commands.registerCommand('newslens.indexAnyway', () => services.indexAnyway()),
    // An article opened is indexed at once, ahead of the scan (an untitled buffer or one outside the include
    // glob too); its switch to the news-article language a moment later joins the same job.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!services.corpus.annotations(doc.uri.toString()) && services.isArticle(doc)) void services.indexDocument(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'news-article') void services.indexDocument(doc);

  // The first scan runs after activation returns: activation stays cheap, the views fill as results come.
  setTimeout(() => void services.rebuild(), 0);
  const activationMs = performance.now() - started;
  services.log(`NewsLens ${ENGINE_VERSION} activated in ${activationMs.toFixed(1)} ms`);
  return { engineVersion: ENGINE_VERSION, activationMs, services, tree, statusBar, onDidDecorate, isStatusShown: () => isShown(statusBar), team };
}

export function deactivate(): void {
  // Every Disposable is owned by context.subscriptions; nothing else to release.
}
