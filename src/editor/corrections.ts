// The reader's corrections file (.newslens.json at a workspace folder's root): read, checked into the
// Problems panel, applied to the corpus, and edited one entry at a time by the correction commands.
import * as vscode from 'vscode';
import { removeStaleTemporaries, writeFileAtomic } from '../core/corrections/atomicWrite';
import type { EditResult } from '../core/corrections/edit';
import { firstProblems } from '../core/corrections/load';
import { parseCorrections } from '../core/corrections/parse';
import { CORRECTIONS_FILE, type CorrectionsDiagnostic } from '../core/corrections/types';
import { decodeBytes, type Decoded } from '../core/io/decode';
import type { SharedCorrection } from '../store/teamCorrections';
import { pathOf } from './adapters';
import type { NewsLensServices } from './services';

const TYPING_DEBOUNCE_MS = 300;
/** Problems listed for one corrections file; the rest are counted in one more (a broken file once had 197,950). */
const MAX_SHOWN_PROBLEMS = 200;
const SEVERITY: Record<CorrectionsDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export interface CorrectionsService {
  /** The corrections file of the folder holding `uri` (or of the first folder). */
  fileFor(uri: vscode.Uri | undefined): vscode.Uri | undefined;
  /**
   * Applies one edit to the corrections file, keeping its formatting and any unsaved edits; re-applies at once.
   * `shared` is the same correction as the team's store keeps it (team mode writes it there too).
   */
  edit(file: vscode.Uri, change: (text: string) => EditResult, shared?: SharedCorrection): Promise<boolean>;
}

function folderOfFile(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(file, '..');
}

/** The open buffer, else the file decoded (UTF-8, or UTF-16 after a byte-order mark); undefined when it cannot be read. */
async function readCorrections(file: vscode.Uri): Promise<Decoded | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  if (open) return { ok: true, text: open.getText() };
  try {
    return decodeBytes(await vscode.workspace.fs.readFile(file));
  } catch {
    return undefined;
  }
}

export function registerCorrections(context: vscode.ExtensionContext, services: NewsLensServices): CorrectionsService {
  const diagnostics = vscode.languages.createDiagnosticCollection('newslens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  context.subscriptions.push(diagnostics, { dispose: () => timers.forEach((t) => clearTimeout(t)) });

  /** Reads, checks and applies one folder's corrections; a broken file keeps the last good ones in force. */
  const load = async (file: vscode.Uri) => {
    const root = pathOf(folderOfFile(file));
    const decoded = await readCorrections(file);
    if (decoded === undefined) {
      diagnostics.delete(file);
      services.setCorrections(root, undefined);
      return;
    }
    if (!decoded.ok) {
      diagnostics.set(file, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `cannot read the corrections file: ${decoded.reason}`, vscode.DiagnosticSeverity.Error)]);
      services.log(`${file.fsPath}: ${decoded.reason}; the last good corrections stay in force`);
      return;
    }
    if (decoded.warning) services.log(`${file.fsPath}: ${decoded.warning}`);
    const text = decoded.text;
    const parsed = parseCorrections(text);
    diagnostics.set(file, problemsOf(text, parsed.diagnostics));
    if (parsed.ok) services.setCorrections(root, parsed.corrections);
    else services.log(`${file.fsPath}: has errors; the last good corrections stay in force`);
  };
  const loadSoon = (file: vscode.Uri) => {
    const key = file.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      void load(file);
    }, TYPING_DEBOUNCE_MS));
  };

  const files = () => (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, CORRECTIONS_FILE));
  const isCorrections = (uri: vscode.Uri) => files().some((f) => f.toString() === uri.toString());
  const watchers: vscode.Disposable[] = [];
  const watch = () => {
    watchers.splice(0).forEach((w) => w.dispose());
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // What a write killed half-way left beside the file (the file itself is whole: the write is atomic).
      if (folder.uri.scheme === 'file') removeStaleTemporaries(vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE).fsPath);
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CORRECTIONS_FILE));
      watchers.push(w, w.onDidCreate(loadSoon), w.onDidChange(loadSoon), w.onDidDelete(loadSoon));
    }
    files().forEach((f) => void load(f));
  };
  watch();
  context.subscriptions.push(
    { dispose: () => watchers.forEach((w) => w.dispose()) },
    vscode.workspace.onDidChangeWorkspaceFolders(watch),
    // Diagnostics follow the reader's typing; corrections apply whenever the text parses cleanly.
    vscode.workspace.onDidChangeTextDocument((e) => isCorrections(e.document.uri) && loadSoon(e.document.uri)),
    vscode.workspace.onDidCloseTextDocument((d) => isCorrections(d.uri) && loadSoon(d.uri)),
  );

  return {
    fileFor(uri) {
      const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE) : undefined;
    },
    async edit(file, change) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
      const read = (await readCorrections(file)) ?? { ok: true, text: '' };
      // A file that is not text is left alone rather than replaced by a new one.
      const result = read.ok ? change(read.text) : { ok: false as const, reason: `it cannot be read (${read.reason})` };
      if (!result.ok) {
        void vscode.window.showErrorMessage(`NewsLens: ${CORRECTIONS_FILE} was not changed: ${result.reason}`);
        return false;
      }
      if (!result.changed) return true;
      if (open) {
        // The reader may have unsaved edits in it: change the buffer (undoable), and save only if it was clean.
        const wasDirty = open.isDirty;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), result.text);
        if (!(await vscode.workspace.applyEdit(edit))) return false;
        if (!wasDirty) await open.save();
      } else if (file.scheme === 'file') {
        const written = await writeFileAtomic(file.fsPath, result.text);
        if (!written.ok) {
          void vscode.window.showErrorMessage(`NewsLens: could not write ${file.fsPath}: ${written.reason}`);
          return false;
        }
      } else {
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
      }
      await load(file);
      return true;
    },
  };
}

/** The file's problems for the Problems panel: at most MAX_SHOWN_PROBLEMS, errors first, and one counting the rest. */
function problemsOf(text: string, found: readonly CorrectionsDiagnostic[]): vscode.Diagnostic[] {
  const { shown, more } = firstProblems(found, MAX_SHOWN_PROBLEMS);
  const list = shown.map((d) => {
    const start = new vscode.Position(d.line, d.column);
    const end = d.length ? positionAfter(text, d.offset, d.length, start) : start;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), d.message, SEVERITY[d.severity]);
    diagnostic.source = 'NewsLens';
    diagnostic.code = d.code;
    return diagnostic;
  });
  if (more) list.push(new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), more, vscode.DiagnosticSeverity.Information));
  return list;
}

/** The position `length` characters after `offset`, counted from the known position of `offset`. */
function positionAfter(text: string, offset: number, length: number, start: vscode.Position): vscode.Position {
  const piece = text.slice(offset, offset + length);
  const lines = piece.split('\n');
  if (lines.length === 1) return start.translate(0, piece.length);
  return new vscode.Position(start.line + lines.length - 1, lines[lines.length - 1].length);
}
