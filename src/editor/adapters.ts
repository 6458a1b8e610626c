// The one place where engine offsets meet VS Code positions, and corpus paths meet URIs.
import * as vscode from 'vscode';
import type { Span } from '../core/model';

/** The corpus key of a document: its URI as a string, so remote and untitled documents work too. */
export function pathOf(uri: vscode.Uri): string {
  return uri.toString();
}

export function uriOf(path: string): vscode.Uri {
  return vscode.Uri.parse(path, true);
}

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** A Range from a 0-based line and the span's length, for documents that are not open (no positionAt). */
export function lineRange(line: number, character: number, length: number): vscode.Range {
  return new vscode.Range(line, character, line, character + length);
}

/** A short label for a corpus path: the file name. */
export function fileLabel(path: string): string {
  const uri = uriOf(path);
  return uri.path.split('/').pop() || path;
}
