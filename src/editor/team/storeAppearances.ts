// The store's appearances of an entity as the editor's own (path, line, column, snippet), so that Show All
// Appearances and the hover read them as they read the local index's. The store names an article by the
// path `newslens load` was given (relative to where it ran, usually the workspace folder) or by its URL.
import * as vscode from 'vscode';
import type { Appearance as LocalAppearance, ArticleAppearances } from '../../core/corpus/types';
import { decodeBytes } from '../../core/io/decode';
import { lineBounds, lineOf, lineStarts } from '../../core/text/lineIndex';
import type { Appearance as StoredAppearance } from '../../store/queries';
import { pathOf } from '../adapters';
import type { NewsLensServices } from '../services';

const SNIPPET_CHARS = 100;

/** The corpus path (a URI string) of an article the store names `file`. */
export function storeFilePath(services: NewsLensServices, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  if (file.startsWith('/')) return pathOf(vscode.Uri.file(file));
  const folders = vscode.workspace.workspaceFolders ?? [];
  const candidates = folders.map((f) => pathOf(vscode.Uri.joinPath(f.uri, file)));
  return candidates.find((p) => services.corpus.article(p)) ?? candidates[0] ?? pathOf(vscode.Uri.file(file));
}

async function textOf(path: string): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => pathOf(d.uri) === path);
  if (open) return open.getText();
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(vscode.Uri.parse(path, true)));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

function snippetOf(text: string, starts: Uint32Array, line: number): string {
  const [from, to] = lineBounds(text, starts, line);
  const folded = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return folded.length > SNIPPET_CHARS ? `${folded.slice(0, SNIPPET_CHARS - 1)}…` : folded;
}

/**
 * The store's rows grouped by article, in the store's order, placed in each article's text where it can be
 * read (`place` false, as the hover wants it: not read, line 0 and the mention as its snippet).
 */
export async function groupStoreAppearances(services: NewsLensServices, rows: readonly StoredAppearance[], place = true): Promise<ArticleAppearances[]> {
  const groups = new Map<string, ArticleAppearances>();
  const texts = new Map<string, { text: string; starts: Uint32Array } | null>();
  for (const r of rows) {
    const path = storeFilePath(services, r.file);
    let group = groups.get(path);
    if (!group) {
      const local = services.corpus.article(path);
      group = { article: local ?? { path, title: r.title ?? r.file, date: r.date, agency: null }, appearances: [] };
      groups.set(path, group);
    }
    if (!texts.has(path) && place) {
      const text = await textOf(path);
      texts.set(path, text === undefined ? null : { text, starts: lineStarts(text) });
    }
    const t = texts.get(path) ?? null;
    const line = t ? lineOf(t.starts, Math.min(r.start, t.text.length)) : 0;
    const a: LocalAppearance = {
      path, start: r.start, end: r.end, text: r.text, line,
      column: t ? r.start - t.starts[line] : 0,
      snippet: t ? snippetOf(t.text, t.starts, line) : r.text,
    };
    if (r.role) a.role = r.role;
    group.appearances.push(a);
  }
  return [...groups.values()];
}
