// Show Article Summary: the people, organisations, places (misc names when listed) and quotes of the active article
// as a Markdown preview.
import * as vscode from 'vscode';
import type { CorpusQueries } from '../../core/corpus/types';
import { ENTITY_TYPES, type EntityType } from '../../core/model';
import { pathOf } from '../adapters';
import { listsType, type NewsLensConfig } from '../config';
import { escapeMarkdown as esc, shorten } from '../markdown';
import type { NewsLensServices } from '../services';
import { TYPE_HEADING } from '../typeLabels';
import { speakerLabel } from '../../core/model/speakerLabel';

const SCHEME = 'newslens-summary';

/** The summary of one article in Markdown, every piece of article text escaped. */
export function articleSummary(corpus: CorpusQueries, path: string, config: Pick<NewsLensConfig, 'showMisc'> = { showMisc: false }): string | undefined {
  const ann = corpus.annotations(path);
  const info = corpus.article(path);
  if (!ann || !info) return undefined;
  const out: string[] = [`# ${esc(info.title || path)}`, ''];
  const meta = [ann.dateline?.place, ann.dateline?.date ?? info.date, ann.dateline?.agency].filter(Boolean) as string[];
  if (meta.length) out.push(`_${meta.map(esc).join(' · ')}_`, '');
  const section = (type: EntityType) => {
    const byEntity = new Map<string, { name: string; count: number; roles: Set<string> }>();
    for (const m of ann.entities) {
      if (m.type !== type) continue;
      const e = byEntity.get(m.entity) ?? { name: m.name, count: 0, roles: new Set<string>() };
      e.count++;
      if (m.role) e.roles.add(m.role);
      byEntity.set(m.entity, e);
    }
    if (!byEntity.size) return;
    out.push(`## ${TYPE_HEADING[type]} (${byEntity.size})`, '');
    for (const e of [...byEntity.values()].sort((a, b) => b.count - a.count)) {
      const roles = [...e.roles].map(esc).join('; ');
      out.push(`- **${esc(e.name)}** — ${e.count} mention${e.count === 1 ? '' : 's'}${roles ? ` — ${roles}` : ''}`);
    }
    out.push('');
  };
  for (const type of ENTITY_TYPES) if (listsType(config, type)) section(type);
  if (ann.quotes.length) {
    out.push(`## Quotes (${ann.quotes.length})`, '');
    for (const q of ann.quotes) {
      const who = q.speaker ? esc(speakerLabel(q.speaker)) : '_no speaker in the text_';
      out.push(`- ${q.kind === 'direct' ? 'Direct' : 'Indirect'} — **${who}**${q.cue ? ` (${esc(q.cue.text)})` : ''}: ${esc(shorten(q.text, 300))}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function registerArticleSummaryCommand(context: vscode.ExtensionContext, services: NewsLensServices): void {
  const contents = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand('newslens.showArticleSummary', async (target?: vscode.Uri) => {
      const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      const summary = articleSummary(services.corpus, pathOf(uri), services.config());
      if (summary === undefined) {
        void vscode.window.showInformationMessage('NewsLens: this file is not in the indexed corpus yet.');
        return undefined;
      }
      const name = uri.path.split('/').pop() ?? 'article';
      const summaryUri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}.summary.md`, query: uri.toString() });
      contents.set(summaryUri.toString(), summary);
      changed.fire(summaryUri);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', summaryUri).then(undefined, async () => {
        // Without the built-in Markdown extension, show the Markdown source instead.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(summaryUri), vscode.ViewColumn.Beside);
      });
      return summary;
    }),
  );
}
