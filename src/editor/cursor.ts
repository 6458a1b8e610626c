import * as vscode from 'vscode';
import type { EntityHit, QuoteRecord } from '../core/corpus/types';
import { pathOf } from './adapters';
import type { NewsLensServices } from './services';

/** The entity mention under the active editor's cursor, if any. */
export function entityAtCursor(services: NewsLensServices): EntityHit | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  return services.corpus.entityAt(pathOf(editor.document.uri), editor.document.offsetAt(editor.selection.active));
}

/** The quote under the active editor's cursor, if any. */
export function quoteAtCursor(services: NewsLensServices): QuoteRecord | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  return services.corpus.quoteAt(pathOf(editor.document.uri), editor.document.offsetAt(editor.selection.active));
}

/** Opens a document and selects a span given as offsets; returns the editor. */
export async function openAt(path: string, start: number, end: number, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(path, true));
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { ...options, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
