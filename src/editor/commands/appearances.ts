// Show All Appearances: every place an entity appears across the corpus, previewed as the reader moves.
import * as vscode from 'vscode';
import type { Appearance, EntitySummary } from '../../core/corpus/types';
import { entityAtCursor, openAt } from '../cursor';
import { plain } from '../tree';
import type { NewsLensServices } from '../services';
import { groupStoreAppearances } from '../team/storeAppearances';
import type { TeamMode } from '../team/teamMode';

interface AppearanceItem extends vscode.QuickPickItem {
  appearance: Appearance;
}

/** What the command resolves with: what it listed, and what the reader chose (tests read this). */
export interface AppearancesResult {
  entity: string;
  items: { path: string; title: string; line: number; start: number; end: number }[];
  picked?: { path: string; start: number; end: number };
  /** Where the list came from: the team's store (team mode, connected) or the local index. */
  source: 'store' | 'local';
}

/** Accepts an entity id, a tree node holding an entity, or nothing (the entity under the cursor, else a pick by name). */
function entityIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { entity?: EntitySummary } | undefined;
  return node?.entity?.id;
}

async function pickEntity(services: NewsLensServices): Promise<string | undefined> {
  const items = services.corpus.topEntities({ by: 'articles', limit: 2000 }).map((e) => ({
    label: plain(e.name), description: `${e.type} · ${e.mentionCount} mentions · ${e.articleCount} articles`, id: e.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Show all appearances of…', matchOnDescription: true });
  return picked?.id;
}

export function registerAppearanceCommands(context: vscode.ExtensionContext, services: NewsLensServices, team?: TeamMode): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.openLocation', (path: string, start: number, end: number) => openAt(path, start, end).then(() => undefined)),
    vscode.commands.registerCommand('newslens.showAllAppearances', async (arg?: unknown): Promise<AppearancesResult | undefined> => {
      const id = entityIdOf(arg) ?? entityAtCursor(services)?.entity.id ?? (await pickEntity(services));
      const entity = id ? services.corpus.entity(id) : undefined;
      if (!entity) return undefined;
      // In team mode the store answers; offline, or for an entity the store does not know, the local index does.
      const stored = await team?.appearances(entity.id);
      const groups = stored ? await groupStoreAppearances(services, stored) : services.corpus.appearances(entity.id);
      const items: (AppearanceItem | vscode.QuickPickItem)[] = [];
      for (const g of groups) {
        items.push({ label: plain(g.article.title || g.article.path, 90), kind: vscode.QuickPickItemKind.Separator });
        for (const a of g.appearances) {
          // A description resolved through the office register is shown as such: "the Russian president (by office)".
          const how = a.link?.kind === 'office' ? ' (by office)' : a.role ? ` — ${plain(a.role, 60)}` : '';
          items.push({ label: `line ${a.line + 1}`, description: plain(a.text, 60) + how, detail: plain(a.snippet, 140), appearance: a });
        }
      }
      const result: AppearancesResult = {
        entity: entity.id,
        source: stored ? 'store' : 'local',
        items: groups.flatMap((g) => g.appearances.map((a) => ({ path: a.path, title: g.article.title, line: a.line, start: a.start, end: a.end }))),
      };
      const qp = vscode.window.createQuickPick<AppearanceItem | vscode.QuickPickItem>();
      qp.title = `${plain(entity.name)}: ${result.items.length} appearances in ${groups.length} articles`;
      qp.placeholder = 'Move to preview, Enter to open';
      qp.matchOnDescription = true;
      qp.matchOnDetail = true;
      qp.items = items;
      const preview = (item: AppearanceItem | vscode.QuickPickItem | undefined) => {
        const a = (item as AppearanceItem | undefined)?.appearance;
        if (!a) return;
        const uri = vscode.Uri.parse(a.path, true);
        // Preview without stealing focus from the list; the selection uses line/column so unopened files need no read here.
        void vscode.window.showTextDocument(uri, {
          preview: true, preserveFocus: true,
          selection: new vscode.Range(a.line, a.column, a.line, a.column + (a.end - a.start)),
        }).then(undefined, () => undefined);
      };
      return new Promise<AppearancesResult>((resolve) => {
        const subs = [
          qp.onDidChangeActive((active) => preview(active[0])),
          qp.onDidAccept(() => {
            const a = (qp.selectedItems[0] as AppearanceItem | undefined)?.appearance;
            if (a) {
              result.picked = { path: a.path, start: a.start, end: a.end };
              void openAt(a.path, a.start, a.end);
            }
            qp.hide();
          }),
          qp.onDidHide(() => {
            subs.forEach((d) => d.dispose());
            qp.dispose();
            resolve(result);
          }),
        ];
        qp.show();
      });
    }),
  );
}
