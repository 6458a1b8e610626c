// Finds the article files of every workspace folder and tells the corpus when they appear, change or go.
import * as vscode from 'vscode';
import { decodeBytes } from '../core/io/decode';
import { pathOf } from './adapters';
import type { ArticleFilter } from './articleFilter';
import { excludeGlob, type NewsLensConfig } from './config';

export interface SourceEvents {
  /** A file was created or changed on disk (debounced per file), or an open document was edited (debounced). */
  changed(uri: vscode.Uri): void;
  deleted(uri: vscode.Uri): void;
}

/** The text of a document as the reader sees it now: the editor's live text when open, else the file on disk. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const WATCH_DEBOUNCE_MS = 250;
const TYPING_DEBOUNCE_MS = 300;

export class WorkspaceCorpusSource implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private config: NewsLensConfig,
    private readonly events: SourceEvents,
    private readonly log: (line: string) => void,
    private readonly filter: ArticleFilter,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watch()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isArticle(e.document)) this.debounce(e.document.uri, TYPING_DEBOUNCE_MS, () => this.events.changed(e.document.uri));
      }),
      // Closing a document with unsaved edits drops them: index what is on disk again.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.isDirty && this.isArticle(doc)) this.events.changed(doc.uri);
        this.filter.forget(doc);
      }),
    );
    this.watch();
  }

  updateConfig(config: NewsLensConfig): void {
    this.config = config;
    this.watch();
  }

  /** Every article file in the workspace under newslens.include, newest settings applied; big files are left out with a note. */
  async findArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (token?.isCancellationRequested) break;
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.config.include), excludeGlob(this.config), undefined, token);
      found.push(...uris);
    }
    const seen = new Set<string>();
    return found.filter((u) => !seen.has(u.toString()) && seen.add(u.toString())).sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /**
   * True when the document belongs to the corpus: in the news-article language, or matched by the include
   * glob and reading as a news article (a LICENSE.txt matches the glob and is no article).
   */
  isArticle(doc: vscode.TextDocument): boolean {
    if (doc.languageId === 'news-article') return true;
    if (doc.uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(doc.uri)) return false;
    const matches = (pattern: string) => vscode.languages.match({ pattern, scheme: 'file' }, doc) > 0;
    return matches(this.config.include) && !this.config.exclude.some(matches) && !this.filter.refusesDocument(doc);
  }

  /** Reads a document: the open editor's text (unsaved edits included) or the file, decoded; never throws. */
  async read(uri: vscode.Uri): Promise<ReadResult> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return { ok: true, text: open.getText() };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.config.maxFileSizeKB * 1024) {
        return { ok: false, reason: `larger than newslens.maxFileSizeKB (${Math.round(stat.size / 1024)} KB > ${this.config.maxFileSizeKB} KB)` };
      }
      const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) return { ok: false, reason: decoded.reason };
      if (decoded.warning) this.log(`${pathOf(uri)}: ${decoded.warning}`);
      return { ok: true, text: decoded.text };
    } catch (e) {
      return { ok: false, reason: e instanceof vscode.FileSystemError ? e.code || e.message : String((e as Error).message ?? e) };
    }
  }

  private watch(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.config.include));
      const changed = (uri: vscode.Uri) => this.debounce(uri, WATCH_DEBOUNCE_MS, () => this.events.changed(uri));
      this.watchers.push(
        watcher,
        watcher.onDidCreate(changed),
        watcher.onDidChange(changed),
        watcher.onDidDelete((uri) => this.debounce(uri, WATCH_DEBOUNCE_MS, () => this.events.deleted(uri))),
      );
    }
  }

  private debounce(uri: vscode.Uri, ms: number, fn: () => void): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      fn();
    }, ms));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of [...this.watchers.splice(0), ...this.disposables.splice(0)]) d.dispose();
  }
}
