// Toggle Highlights: flips newslens.highlight.enabled where the reader set it (workspace, else user settings).
import * as vscode from 'vscode';
import type { NewsLensServices } from '../services';

export function registerHighlightCommands(context: vscode.ExtensionContext, services: NewsLensServices): void {
  context.subscriptions.push(vscode.commands.registerCommand('newslens.toggleHighlights', async () => {
    const enabled = !services.config().highlightEnabled;
    const inspect = vscode.workspace.getConfiguration('newslens').inspect('highlight.enabled');
    const target = inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('newslens').update('highlight.enabled', enabled, target);
    return enabled;
  }));
}
