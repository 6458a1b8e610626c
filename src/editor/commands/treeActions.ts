// Reveal in NewsLens Tree, Reveal in Active Article, Copy Name.
import * as vscode from 'vscode';
import type { EntitySummary } from '../../core/corpus/types';
import { pathOf, toRange } from '../adapters';
import { listsType } from '../config';
import { entityAtCursor, openAt } from '../cursor';
import type { NewsLensServices } from '../services';
import type { TreeViews } from '../tree';

const VIEW_OF = { person: 'people', organization: 'organizations', place: 'places', misc: 'misc' } as const;

function entityOf(services: NewsLensServices, arg: unknown): EntitySummary | undefined {
  if (typeof arg === 'string') return services.corpus.entity(arg);
  return (arg as { entity?: EntitySummary } | undefined)?.entity ?? entityAtCursor(services)?.entity;
}

export function registerTreeActions(context: vscode.ExtensionContext, services: NewsLensServices, tree: TreeViews): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.revealInTree', async (arg?: unknown) => {
      const entity = entityOf(services, arg);
      if (!entity) return false;
      if (!listsType(services.config(), entity.type)) {
        // The Other Names view is hidden while the setting is off: there is nothing to reveal it in.
        void vscode.window.showInformationMessage('NewsLens: other names (misc) are listed only when the setting newslens.views.showMisc is on.');
        return false;
      }
      const key = VIEW_OF[entity.type];
      const provider = tree.providers[key] as { nodeOf?: (id: string) => unknown };
      if (tree.state.filter && !entity.name.toLowerCase().includes(tree.state.filter.toLowerCase())) {
        await vscode.commands.executeCommand('newslens.clearTreeFilter');
      }
      const node = provider.nodeOf?.(entity.id);
      if (!node) return false;
      await tree.views[key].reveal(node as never, { select: true, focus: true, expand: true });
      return true;
    }),
    vscode.commands.registerCommand('newslens.revealInActiveArticle', async (arg?: unknown) => {
      const entity = entityOf(services, arg);
      if (!entity) return false;
      const editor = vscode.window.activeTextEditor;
      const here = editor ? services.corpus.annotations(pathOf(editor.document.uri)) : undefined;
      const mention = here?.entities.find((m) => m.entity === entity.id);
      if (editor && mention) {
        const range = toRange(editor.document, mention);
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        return true;
      }
      // Not in the active article: open the first article where it appears.
      const first = services.corpus.appearances(entity.id)[0]?.appearances[0];
      if (!first) return false;
      await openAt(first.path, first.start, first.end);
      return true;
    }),
    vscode.commands.registerCommand('newslens.copyName', async (arg?: unknown) => {
      const entity = entityOf(services, arg);
      if (!entity) return undefined;
      await vscode.env.clipboard.writeText(entity.name);
      return entity.name;
    }),
  );
}
