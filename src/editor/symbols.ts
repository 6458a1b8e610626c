// Outline and breadcrumbs (document symbols) and Ctrl+T (workspace symbols).
import * as vscode from 'vscode';
import { pathOf, toRange, uriOf, lineRange } from './adapters';
import { NEWS_SELECTOR } from './languageSelector';
import { shorten } from './markdown';
import type { NewsLensServices } from './services';
import type { ArticleAnnotations, EntityType } from '../core/model';
import { listsType, type NewsLensConfig } from './config';
import { quoteWords } from './quoteText';
import { TYPE_LABEL } from './typeLabels';

const KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  place: vscode.SymbolKind.Package,
  // Laws, treaties, events, products: a named thing that is neither an actor nor a place.
  misc: vscode.SymbolKind.Key,
};
const WORKSPACE_LIMIT = 500;
// The Outline is re-asked after every edit: a 2 MB article must not send 100,000 symbols each time.
const MAX_CHILDREN = 100;
const MAX_QUOTES = 500;

/** People, organisations, places and (when listed) misc names, later mentions as children, and quotes, in document order. */
export function documentSymbols(ann: ArticleAnnotations | undefined, doc: vscode.TextDocument, token?: vscode.CancellationToken,
  config: Pick<NewsLensConfig, 'showMisc'> = { showMisc: false }): vscode.DocumentSymbol[] | undefined {
  if (!ann) return undefined;
  const groups = new Map<string, vscode.DocumentSymbol>();
  const symbols: vscode.DocumentSymbol[] = [];
  for (const m of ann.entities) {
    if (token?.isCancellationRequested) return undefined;
    if (!listsType(config, m.type)) continue;
    const range = toRange(doc, m);
    let parent = groups.get(m.entity);
    if (!parent) {
      parent = new vscode.DocumentSymbol(m.name, TYPE_LABEL[m.type], KIND[m.type], range, range);
      groups.set(m.entity, parent);
      symbols.push(parent);
    } else {
      parent.range = parent.range.union(range);
      if (parent.children.length < MAX_CHILDREN) parent.children.push(new vscode.DocumentSymbol(m.text, m.role ?? '', KIND[m.type], range, range));
    }
    if (m.role && !parent.detail.includes('—')) parent.detail = `${parent.detail} — ${m.role}`;
  }
  for (const q of ann.quotes.slice(0, MAX_QUOTES)) {
    const range = toRange(doc, q);
    const who = q.speaker ? q.speaker.name : 'no speaker';
    symbols.push(new vscode.DocumentSymbol(`“${shorten(quoteWords(q.text), 50)}”`, `${q.kind} quote · ${who}`, vscode.SymbolKind.String, range, range));
  }
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function registerSymbols(context: vscode.ExtensionContext, services: NewsLensServices): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(NEWS_SELECTOR, {
      // VS Code caches outlines per document version: answer once the article is indexed, not empty before.
      provideDocumentSymbols: async (doc, token) => documentSymbols(await services.annotationsWhenReady(pathOf(doc.uri), token), doc, token, services.config()),
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query, token) {
        const found = query ? services.corpus.searchByPrefix(query, WORKSPACE_LIMIT) : services.corpus.topEntities({ by: 'articles', limit: WORKSPACE_LIMIT });
        const out: vscode.SymbolInformation[] = [];
        for (const e of found) {
          if (token.isCancellationRequested) break;
          if (!listsType(services.config(), e.type)) continue;
          const first = services.corpus.appearances(e.id)[0];
          const a = first?.appearances[0];
          if (!a) continue;
          const where = new vscode.Location(uriOf(a.path), lineRange(a.line, a.column, a.end - a.start));
          out.push(new vscode.SymbolInformation(e.name, KIND[e.type], `${e.articleCount} articles · ${e.mentionCount} mentions`, where));
        }
        return out;
      },
    }),
  );
}
