// Shared by the feature tests: the activated API with the workspace indexed, and seed documents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/editor/extension';
import { newslens, workspaceRoot } from './helpers';

export const SEED_000 = '000_d3ddef007ee00481.txt';
export const SEED_004 = '004_b614ce07fba6f1af.txt';

/** The extension's API once the first scan of the workspace has finished. */
export async function indexedApi(): Promise<NewsLensApi> {
  const api = await newslens().activate();
  // The first scan starts right after activation; give it a moment to register before waiting on it.
  for (let i = 0; i < 100 && api.services.corpus.articles().length < 2; i++) {
    await api.services.whenIdle();
    await new Promise((r) => setTimeout(r, 100));
  }
  await api.services.whenIdle();
  assert.ok(api.services.corpus.articles().length >= 2, 'the seed articles were not indexed');
  return api;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a seed article in an editor. */
export async function openSeed(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(doc);
}

/** The position of the n-th occurrence (0-based) of text in the document, plus `into` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, n = 0, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${n}) not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + into);
}

/** All Markdown text of the hovers VS Code collects at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text, hovers };
}

/** Polls until the condition holds (or fails the test after timeoutMs). */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs a command that shows a quick pick, dismisses the pick once it is up, and returns the command's result. */
export async function withQuickPickClosed<T>(command: string, ...args: unknown[]): Promise<T> {
  const result = vscode.commands.executeCommand<T>(command, ...args);
  await new Promise((r) => setTimeout(r, 700));
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  return result;
}
