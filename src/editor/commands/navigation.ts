// Go to Next / Previous Entity in the active article.
import * as vscode from 'vscode';
import { pathOf, toRange } from '../adapters';
import { listsType } from '../config';
import type { NewsLensServices } from '../services';

export function registerNavigationCommands(context: vscode.ExtensionContext, services: NewsLensServices): void {
  const go = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const ann = services.corpus.annotations(pathOf(editor.document.uri));
    // Stops at what the views list: misc names only when the reader turned them on.
    const config = services.config();
    const sorted = (ann?.entities ?? []).filter((e) => listsType(config, e.type)).sort((a, b) => a.start - b.start);
    if (!sorted.length) return undefined;
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction === 1
      ? sorted.find((e) => e.start > here) ?? sorted[0]
      : [...sorted].reverse().find((e) => e.end < here) ?? sorted[sorted.length - 1];
    const range = toRange(editor.document, next);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { start: next.start, end: next.end, text: next.text };
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.nextEntity', () => go(1)),
    vscode.commands.registerCommand('newslens.previousEntity', () => go(-1)),
  );
}
