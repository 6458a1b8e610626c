// Copy Quote with Attribution: “...” — Speaker, Role, Agency, Date
import * as vscode from 'vscode';
import type { CorpusQueries, QuoteRecord } from '../../core/corpus/types';
import { quoteAtCursor } from '../cursor';
import type { NewsLensServices } from '../services';
import { quoteWords } from '../quoteText';
import { speakerLabel } from '../../core/model/speakerLabel';

/** The citation line of a quote: its words, the speaker's name and role, the outlet and date when known. */
export function attributionLine(corpus: CorpusQueries, q: QuoteRecord): string {
  const words = quoteWords(q.text);
  const parts: string[] = [];
  if (q.speaker) {
    const id = q.speakerEntity;
    parts.push(id ? corpus.entity(id)?.name ?? speakerLabel(q.speaker) : speakerLabel(q.speaker));
    const roles = id ? corpus.roles(id) : [];
    const role = roles.find((r) => r.path === q.path)?.role ?? roles[0]?.role;
    if (role) parts.push(role);
  } else {
    parts.push('unattributed');
  }
  const ann = corpus.annotations(q.path);
  const info = corpus.article(q.path);
  const dateline = ann?.dateline;
  if (dateline?.agency) {
    const at = dateline.start + dateline.text.indexOf(dateline.agency);
    parts.push(corpus.entityAt(q.path, at)?.entity.name ?? dateline.agency);
  } else if (info?.agency) {
    parts.push(info.agency);
  }
  const date = dateline?.date ?? info?.date;
  if (date) parts.push(date);
  return `“${words}” — ${parts.join(', ')}`;
}

export function registerQuoteAttributionCommand(context: vscode.ExtensionContext, services: NewsLensServices): void {
  context.subscriptions.push(vscode.commands.registerCommand('newslens.copyQuoteWithAttribution', async (arg?: { quote?: QuoteRecord }) => {
    const q = arg?.quote ?? quoteAtCursor(services);
    if (!q) {
      void vscode.window.showInformationMessage('NewsLens: put the cursor inside a quote to copy it with its attribution.');
      return undefined;
    }
    const line = attributionLine(services.corpus, q);
    await vscode.env.clipboard.writeText(line);
    vscode.window.setStatusBarMessage('NewsLens: quote copied with attribution', 3000);
    return line;
  }));
}
