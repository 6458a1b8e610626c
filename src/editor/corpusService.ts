// Owns the corpus index for the window: feeds it from the workspace through the worker pool, keeps the
// cache in workspace storage, and tells the views what changed.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { modelFailureNotice } from './modelFailure';
import { CorpusCache } from '../core/corpus/cacheFile';
import { buildCorpus, indexText, type BuildResult, type SourceFile } from '../core/corpus/corpusBuilder';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import type { CorpusChange } from '../core/corpus/types';
import type { ArticleAnnotations } from '../core/model';
import type { Corrections } from '../core/corrections/types';
import { WorkerPool } from '../core/corpus/workerPool';
import { pathOf } from './adapters';
import { ArticleFilter } from './articleFilter';
import { readConfig, type NewsLensConfig } from './config';
import { WorkspaceCorpusSource } from './corpusSource';
import type { IndexingState, NewsLensServices } from './services';

// The cache is a log: a save appends the articles changed since the last one (CorpusIndex.takeChanges), and
// rewrites it whole only when dead records outweigh live ones. After a scan it is written at once, after edits
// once the reader has paused for a while.
const CACHE_SAVE_AFTER_EDITS_MS = 15000;
const CACHE_SAVE_AFTER_SCAN_MS = 500;
/** How long a provider waits for an article still being indexed before answering with nothing. */
const READY_WAIT_MS = 15000;
// Below this many files a scan is quick: progress goes to the status bar instead of a notification.
const NOTIFY_ABOVE_FILES = 200;

/** A document being annotated now: a newer text aborts it; the same text joins it. */
interface PendingUpdate {
  controller: AbortController;
  text: string;
  done: Promise<void>;
}

export class CorpusService implements NewsLensServices, vscode.Disposable {
  readonly corpus = new CorpusIndex();
  private readonly corpusEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly configEmitter = new vscode.EventEmitter<NewsLensConfig>();
  private readonly indexingEmitter = new vscode.EventEmitter<IndexingState>();
  readonly onDidChangeCorpus = this.corpusEmitter.event;
  readonly onDidChangeConfig = this.configEmitter.event;
  readonly onDidChangeIndexing = this.indexingEmitter.event;

  private current: NewsLensConfig;
  private state: IndexingState = { busy: false, done: 0, total: 0 };
  private pool: WorkerPool | undefined;
  private readonly cache: CorpusCache | undefined;
  private readonly source: WorkspaceCorpusSource;
  private readonly filter: ArticleFilter;
  private scan: AbortController | undefined;
  private readonly pending = new Map<string, PendingUpdate>();
  private readonly work = new Set<Promise<unknown>>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    this.current = readConfig((m) => this.log(`settings: ${m}`));
    const storage = context.storageUri?.fsPath;
    this.cache = storage ? new CorpusCache(path.join(storage, 'corpus-cache.json'), (line) => this.log(line)) : undefined;
    this.filter = new ArticleFilter(context.workspaceState, () => this.current.articleCheck);
    this.source = new WorkspaceCorpusSource(this.current, {
      changed: (uri) => this.track(this.update(uri)),
      deleted: (uri) => this.corpus.remove(pathOf(uri)),
    }, (line) => this.log(line), this.filter);
    const sub = this.corpus.onDidChange((change) => {
      this.corpusEmitter.fire(change);
      this.scheduleSave(CACHE_SAVE_AFTER_EDITS_MS);
    });
    this.disposables.push(
      this.source, this.corpusEmitter, this.configEmitter, this.indexingEmitter,
      { dispose: () => sub.dispose() },
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newslens')) return;
        const before = this.current;
        this.current = readConfig((m) => this.log(`settings: ${m}`));
        this.source.updateConfig(this.current);
        this.configEmitter.fire(this.current);
        if (before.include !== this.current.include || before.exclude.join() !== this.current.exclude.join() || before.maxFileSizeKB !== this.current.maxFileSizeKB
          || before.articleCheck !== this.current.articleCheck) {
          this.filter.reset();
          void this.rebuild();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
    );
  }

  config(): NewsLensConfig {
    return this.current;
  }

  indexing(): IndexingState {
    return this.state;
  }

  /** Tells the reader, once, when the entity model cannot be loaded (each article would fail alike). */
  private readonly modelFailure = modelFailureNotice();

  log(line: string): void {
    this.output.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return this.source.isArticle(doc);
  }

  private annotator(): WorkerPool {
    // The pool (and compromise inside it) starts on first use, never during activation.
    this.pool ??= new WorkerPool(path.join(this.context.extensionPath, 'dist', 'worker.js'));
    return this.pool;
  }

  /** Indexes the workspace: cached files come back without NLP, the rest go through the worker pool. */
  rebuild(): Promise<void> {
    this.scan?.abort();
    const controller = new AbortController();
    this.scan = controller;
    return this.track(this.runScan(controller));
  }

  async indexAnyway(): Promise<void> {
    await this.filter.indexAnyway(true);
    this.filter.reset();
    this.log('indexing this workspace without the article check ("Index this folder anyway")');
    return this.rebuild();
  }

  private async runScan(controller: AbortController): Promise<void> {
    const started = Date.now();
    const uris = await this.source.findArticles();
    if (controller.signal.aborted) return;
    const quiet = this.filter.checking() && !(await this.findsAnArticle(uris, controller.signal));
    if (controller.signal.aborted) return;
    void vscode.commands.executeCommand('setContext', 'newslens.noArticles', uris.length === 0);
    void vscode.commands.executeCommand('setContext', 'newslens.quiet', quiet && uris.length > 0);
    if (quiet) return this.stayQuiet(uris.length);
    const keep = new Set(uris.map(pathOf));
    for (const p of this.corpus.paths()) {
      const stillOpen = vscode.workspace.textDocuments.some((d) => pathOf(d.uri) === p);
      if (!keep.has(p) && !stillOpen) this.corpus.remove(p);
    }
    const files = this.sourceFiles(uris);
    if (this.cache && !this.cache.size) this.cache.load();
    this.setState({ busy: true, done: 0, total: files.length });
    const run = (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      token?.onCancellationRequested(() => controller.abort());
      let last = 0;
      return buildCorpus(this.corpus, files, {
        annotator: this.annotator(),
        cache: this.cache,
        signal: controller.signal,
        refuse: (p, text) => this.filter.refusal(p, text),
        log: (line) => this.log(line),
        onProgress: (p) => {
          this.setState({ busy: true, done: p.done, total: p.total });
          const pct = p.total ? (p.done / p.total) * 100 : 100;
          progress?.report({ message: `${p.done} of ${p.total} articles`, increment: pct - last });
          last = pct;
        },
      });
    };
    let result: BuildResult;
    try {
      result = files.length > NOTIFY_ABOVE_FILES
        ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'NewsLens: indexing articles', cancellable: true }, run)
        : await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'NewsLens' }, (p) => run(p));
    } finally {
      if (this.scan === controller) this.setState({ busy: false, done: this.state.done, total: this.state.total });
    }
    this.finishScan(result, started);
  }

  /** The files of a scan, each read as the reader sees it (an open editor's text, else the file). */
  private sourceFiles(uris: vscode.Uri[]): SourceFile[] {
    return uris.map((uri) => ({
      path: pathOf(uri),
      read: async () => {
        const r = await this.source.read(uri);
        if (!r.ok) throw new Error(r.reason);
        return r.text;
      },
    }));
  }

  /** Logs what a scan did (skipped files were logged as they were met) and saves the cache soon. */
  private finishScan(result: BuildResult, started: number): void {
    this.cache?.forget();
    for (const f of result.failed) this.modelFailure(f.reason);
    this.log(`indexed ${result.total} articles in ${Date.now() - started} ms (${result.fromCache} from cache, ${result.annotated} annotated, ${result.unchanged} unchanged, ${result.skipped.length} skipped${result.cancelled ? ', cancelled' : ''})`);
    this.scheduleSave(CACHE_SAVE_AFTER_SCAN_MS);
  }

  /**
   * Whether any of the files reads as an article; stops at the first that does (in a news folder, the first
   * file). A code repository's few .txt files are all read once, without a progress bar or status item.
   */
  private async findsAnArticle(uris: vscode.Uri[], signal: AbortSignal): Promise<boolean> {
    for (const uri of uris) {
      if (signal.aborted) return false;
      const r = await this.source.read(uri);
      if (r.ok && !this.filter.refusal(pathOf(uri), r.text)) return true;
    }
    return false;
  }

  /** Nothing here is news: index nothing, show nothing, and say why in the log (the view offers "Index anyway"). */
  private stayQuiet(files: number): void {
    for (const p of this.corpus.paths()) {
      if (!vscode.workspace.textDocuments.some((d) => pathOf(d.uri) === p && d.languageId === 'news-article')) this.corpus.remove(p);
    }
    this.setState({ busy: false, done: 0, total: 0, quiet: true });
    this.log(`none of the ${files} text file${files === 1 ? '' : 's'} in this workspace reads as a news article: nothing indexed (NewsLens view: "Index this folder anyway"; setting newslens.articleCheck)`);
  }

  /**
   * Re-indexes one document from what the reader sees (open editor text, else the file). A second call with
   * the same text while the first runs joins it: opening a .txt article and its switch to the news-article
   * language a moment later must not annotate it twice.
   */
  private async update(uri: vscode.Uri): Promise<void> {
    const key = pathOf(uri);
    const r = await this.source.read(uri);
    const running = this.pending.get(key);
    if (running && r.ok && running.text === r.text) return running.done;
    running?.controller.abort();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const reason = r.ok ? (open?.languageId === 'news-article' ? null : this.filter.refusal(key, r.text)) : r.reason;
    if (reason || !r.ok) {
      this.log(`skipped ${key}: ${reason}`);
      this.corpus.remove(key);
      return;
    }
    const job: PendingUpdate = { controller: new AbortController(), text: r.text, done: Promise.resolve() };
    this.pending.set(key, job);
    // An open article goes ahead of the background scan: its highlights do not wait for the corpus.
    job.done = indexText(this.corpus, key, r.text, this.annotator(), job.controller.signal, open ? 'now' : 'background')
      .then(() => undefined, (e: Error) => {
        if (e.name === 'AbortError') return;
        this.log(`failed ${key}: ${e.message}`);
        this.modelFailure(e.message);
      })
      .finally(() => { if (this.pending.get(key) === job) this.pending.delete(key); });
    return job.done;
  }

  /** Indexes an open document now (a news-article buffer outside the include glob, e.g. untitled). */
  indexDocument(doc: vscode.TextDocument): Promise<void> {
    return this.track(this.update(doc.uri));
  }

  annotationsWhenReady(key: string, token?: vscode.CancellationToken): Promise<ArticleAnnotations | undefined> {
    const now = this.corpus.annotations(key);
    if (now || (!this.state.busy && !this.pending.has(key))) return Promise.resolve(now);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        subs.forEach((d) => d?.dispose());
        resolve(this.corpus.annotations(key));
      };
      const timer = setTimeout(finish, READY_WAIT_MS);
      const subs = [
        this.corpusEmitter.event((c) => c.paths.includes(key) && finish()),
        this.indexingEmitter.event((s) => !s.busy && finish()),
        token?.onCancellationRequested(finish),
      ];
    });
  }

  setCorrections(root: string, corrections: Corrections | undefined): void {
    this.corpus.setCorrections(root, corrections);
  }

  whenIdle(): Promise<void> {
    return Promise.all([...this.work]).then(() => (this.work.size ? this.whenIdle() : undefined));
  }

  private track<T>(p: Promise<T>): Promise<T> {
    const tracked = p.catch((e) => {
      if ((e as Error)?.name !== 'AbortError') this.log(`error: ${(e as Error)?.message ?? e}`);
    }).finally(() => this.work.delete(tracked)) as Promise<T>;
    this.work.add(tracked);
    return tracked;
  }

  private setState(state: IndexingState): void {
    this.state = state;
    this.indexingEmitter.fire(state);
  }

  private scheduleSave(delayMs: number): void {
    if (!this.cache) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (this.state.busy) return this.scheduleSave(delayMs);
      void this.cache?.saveChanges(this.corpus.takeChanges(), () => this.corpus.entries());
    }, delayMs);
  }

  dispose(): void {
    this.scan?.abort();
    for (const job of this.pending.values()) job.controller.abort();
    clearTimeout(this.saveTimer);
    void this.pool?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

