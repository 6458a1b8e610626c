// Shared helpers for the integration tests (not a *.test file, so index.ts does not load it as a suite).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/editor/extension';

export const EXTENSION_ID = 'newslens.newslens';
export const LANGUAGE_ID = 'news-article';

/** The NewsLens extension as the host sees it; fails the test if it is not installed. */
export function newslens(): vscode.Extension<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this host`);
  return ext;
}

/** The first workspace folder (the launchers open a temp copy of seeds/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host was started without a workspace folder');
  return folder.uri;
}

/** Seed article files at the top of the workspace, sorted by name. */
export async function seedArticles(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(
    new vscode.RelativePattern(workspaceRoot(), '*.{txt,news,article}'));
  return uris.sort((a, b) => a.path.localeCompare(b.path));
}

/** Polls `condition` every 50 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
