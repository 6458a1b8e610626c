// What every editor feature is handed at registration: the corpus, the settings and their change events.
import type * as vscode from 'vscode';
import type { CorpusChange, CorpusQueries } from '../core/corpus/types';
import type { ArticleAnnotations } from '../core/model';
import type { Corrections } from '../core/corrections/types';
import type { NewsLensConfig } from './config';

export interface IndexingState {
  /** True while a scan of the workspace is running. */
  busy: boolean;
  done: number;
  total: number;
  /**
   * The workspace's text files were checked and none reads as a news article (a code repository): nothing
   * is indexed and NewsLens shows nothing until the reader asks ("Index this folder anyway").
   */
  quiet?: boolean;
}

export interface NewsLensServices {
  readonly corpus: CorpusQueries;
  config(): NewsLensConfig;
  readonly onDidChangeCorpus: vscode.Event<CorpusChange>;
  readonly onDidChangeConfig: vscode.Event<NewsLensConfig>;
  readonly onDidChangeIndexing: vscode.Event<IndexingState>;
  indexing(): IndexingState;
  /** Re-reads and re-annotates every article of the workspace, with cancellable progress. */
  rebuild(): Promise<void>;
  /** Indexes this workspace's text files without the article check (the quiet workspace's "Index anyway"). */
  indexAnyway(): Promise<void>;
  /** Resolves when the index has caught up with pending changes (used by commands and tests). */
  whenIdle(): Promise<void>;
  /** The document's annotations, waiting (bounded) while it is still being indexed: providers whose results VS Code caches use it. */
  annotationsWhenReady(path: string, token?: vscode.CancellationToken): Promise<ArticleAnnotations | undefined>;
  /** Puts a folder's corrections in force (undefined clears them); every view follows through onDidChangeCorpus. */
  setCorrections(root: string, corrections: Corrections | undefined): void;
  log(line: string): void;
}
