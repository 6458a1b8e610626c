// Export Annotations…: the whole corpus, corrections applied, as jsonl, csv, brat or conll, into a folder.
import * as vscode from 'vscode';
import { exportFiles } from '../../core/export/exportFormats';
import { inputClash } from '../../core/export/exportTarget';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../../core/export/types';
import { ExportError, writeExport } from '../../core/export/writeFolder';
import { uriOf } from '../adapters';
import type { CorpusService } from '../corpusService';

const DESCRIPTIONS: Record<ExportFormat, string> = {
  jsonl: 'one JSON object per article (the CLI’s annotate format)',
  csv: 'mentions.csv and quotes.csv, one row each',
  brat: 'standoff .ann files beside copies of the texts',
  conll: 'token per line, BIO tags (PER, ORG, LOC)',
};

/** A unique relative name for an article: its path in its workspace folder (the folder's name first when there are several). */
function exportName(path: string): string {
  const uri = uriOf(path);
  const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, multi) : uri.path.split('/').pop() ?? 'article.txt';
}

export function registerExportCommand(context: vscode.ExtensionContext, services: CorpusService): void {
  context.subscriptions.push(vscode.commands.registerCommand('newslens.exportAnnotations', async (formatArg?: ExportFormat, folderArg?: vscode.Uri) => {
    const format = formatArg ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f, description: DESCRIPTIONS[f], format: f })), {
      title: 'Export annotations as…',
    }))?.format;
    if (!format) return undefined;
    const folder = folderArg ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here', title: 'Export NewsLens annotations into…' }))?.[0];
    if (!folder) return undefined;
    if (folder.scheme !== 'file') {
      void vscode.window.showErrorMessage('NewsLens: exports go to a folder on this machine’s disk.');
      return undefined;
    }
    // The export replaces its folder as a whole: never a workspace folder, nor one holding it.
    const clash = inputClash(folder.fsPath, (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath));
    if (clash && clash.relation !== 'inside') {
      void vscode.window.showErrorMessage(`NewsLens: cannot export to ${folder.fsPath}: it ${clash.relation === 'same' ? 'is' : 'holds'} the workspace folder ${clash.input}; choose a folder of its own.`);
      return undefined;
    }
    const docs: ExportDocument[] = [];
    for (const entry of services.corpus.entries()) {
      const annotations = services.corpus.annotations(entry.path);
      if (annotations) docs.push({ name: exportName(entry.path), text: entry.text, annotations });
    }
    try {
      const written = await writeExport(folder.fsPath, exportFiles(format, docs));
      void vscode.window.showInformationMessage(`NewsLens: exported ${docs.length} articles as ${format} (${written} files) to ${folder.fsPath}`);
      return { format, articles: docs.length, files: written, folder: folder.fsPath };
    } catch (e) {
      const message = e instanceof ExportError ? e.message : `export failed: ${(e as Error).message}`;
      void vscode.window.showErrorMessage(`NewsLens: ${message}`);
      return undefined;
    }
  }));
}
