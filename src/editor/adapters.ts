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

export function toOffset(doc: vscode.TextDocument, position: vscode.Position): number {
  return doc.offsetAt(position);
}

/** A Range from a 0-based line and the span's length, for documents that are not open (no positionAt). */
export function lineRange(line: number, character: number, length: number): vscode.Range {
  return new vscode.Range(line, character, line, character + length);
}

/** A Location for a span of a document that may not be open: the text is needed to turn offsets into positions. */
export function toLocation(path: string, text: string, span: Span): vscode.Location {
  return new vscode.Location(uriOf(path), new vscode.Range(positionIn(text, span.start), positionIn(text, span.end)));
}

/** Line and character of an offset in text (lines end at \n; a \r before it belongs to the line). */
export function positionIn(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

/** A short label for a corpus path: the file name. */
export function fileLabel(path: string): string {
  const uri = uriOf(path);
  return uri.path.split('/').pop() || path;
}
