// Entry point the extension host loads through --extensionTestsPath (both launchers: @vscode/test-electron
// on a desktop VS Code, and the VS Code server's smoke-test driver in scripts/integration.mjs).
// It runs every *.test.js beside it with mocha, then logs one machine-readable result line that the
// launcher parses; the exit code alone cannot tell "0 tests ran" from "all passed".
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Prefix of the one line carrying the run's result as JSON (parsed by scripts/host/hostResult.mjs). */
export const RESULT_MARKER = 'NEWSLENS_HOST_RESULT';

interface HostResult {
  vscode: string;
  uiKind: string;
  remoteName: string | null;
  passes: number;
  failures: number;
  pending: number;
  error?: string;
}

function report(result: HostResult): void {
  const line = `${RESULT_MARKER} ${JSON.stringify(result)}`;
  console.log(line);
  // The desktop launcher also hands a file path through the extension host's environment.
  const file = process.env.NEWSLENS_RESULT_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(result) + '\n');
}

/**
 * The tests for the workspace the host opened: the launcher marks a workspace other than the seeds' with a
 * .newslens-suite file naming its folder under workspaces/ (a code-only folder, a corpus still indexing).
 */
function suiteDir(): string {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const marker = root ? path.join(root, '.newslens-suite') : '';
  if (!marker || !fs.existsSync(marker)) return __dirname;
  return path.join(__dirname, 'workspaces', fs.readFileSync(marker, 'utf8').trim());
}

export function run(): Promise<void> {
  const host = {
    vscode: vscode.version,
    uiKind: vscode.UIKind[vscode.env.uiKind] ?? String(vscode.env.uiKind),
    remoteName: vscode.env.remoteName ?? null,
  };
  console.log(`extension host: VS Code ${host.vscode}, Node ${process.version}, uiKind ${host.uiKind}, remoteName ${host.remoteName}`);
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60000 });
  if (process.env.NEWSLENS_TEST_GREP) mocha.grep(process.env.NEWSLENS_TEST_GREP);
  const dir = suiteDir();
  console.log(`suite: ${path.relative(__dirname, dir) || 'seeds workspace'}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(dir, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes, pending } = runner.stats ?? { passes: 0, pending: 0 };
        report({ ...host, passes, failures, pending });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      // A test file that throws while loading never reaches mocha's callback.
      const error = e instanceof Error ? e.stack ?? e.message : String(e);
      console.error(error);
      report({ ...host, passes: 0, failures: 1, pending: 0, error });
      reject(e);
    }
  });
}
