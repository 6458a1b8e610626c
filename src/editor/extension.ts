import * as vscode from 'vscode';
import { ENGINE_VERSION } from '../core/version';

/** What activate() hands to other extensions and to the integration tests. */
export interface NewsLensApi {
  readonly engineVersion: string;
  /** Milliseconds activate() took, measured inside it. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('NewsLens');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.showArticleSummary', () => undefined),
  );
  const activationMs = Date.now() - started;
  output.appendLine(`NewsLens ${ENGINE_VERSION} activated in ${activationMs} ms`);
  return { engineVersion: ENGINE_VERSION, activationMs };
}

export function deactivate(): void {
  // Every Disposable is owned by context.subscriptions; nothing else to release.
}
