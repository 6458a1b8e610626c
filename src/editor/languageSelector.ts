import type * as vscode from 'vscode';

/** Documents NewsLens serves: the news-article language, and plain-text files (the corpus index decides which are articles). */
export const NEWS_SELECTOR: vscode.DocumentSelector = [
  { language: 'news-article' },
  { language: 'plaintext', scheme: 'file' },
];
