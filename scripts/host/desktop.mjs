// Finding a desktop VS Code (Electron) for @vscode/test-electron, without downloading one.
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** First executable called `name` on PATH, or undefined. */
export function which(name) {
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const ext of exts) {
      const p = join(dir, name + ext);
      if (dir && existsSync(p)) return p;
    }
  }
  return undefined;
}

/** The Electron executable behind a `code` CLI script (the inverse of test-electron's resolveCliPath...). */
function executableFromCli(cli) {
  const real = realpathSync(cli);
  if (/[\\/]remote-cli[\\/]/.test(real)) return undefined; // a VS Code server's CLI inside a remote session
  const candidates = process.platform === 'darwin'
    ? [resolve(real, '../../../../MacOS/Code'), resolve(real, '../../../../MacOS/Electron')]
    : process.platform === 'win32'
      ? [resolve(real, '../../Code.exe')]
      : [resolve(real, '../../code')];
  return candidates.find((p) => existsSync(p));
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * A desktop VS Code to run tests in: VSCODE_EXECUTABLE_PATH, else `code` on PATH (only where a display
 * exists). Returns `{ executable, why }` or `{ executable: undefined, why }` saying why not.
 */
export function findDesktopVSCode() {
  const forced = process.env.VSCODE_EXECUTABLE_PATH;
  if (forced) {
    if (!existsSync(forced)) throw new Error(`VSCODE_EXECUTABLE_PATH=${forced} does not exist`);
    return { executable: forced, why: 'VSCODE_EXECUTABLE_PATH' };
  }
  const cli = which('code');
  if (!cli) return { executable: undefined, why: 'no `code` on PATH and no VSCODE_EXECUTABLE_PATH' };
  const executable = executableFromCli(cli);
  if (!executable) return { executable: undefined, why: `\`code\` at ${cli} is not a desktop VS Code` };
  if (!hasDisplay()) return { executable: undefined, why: `\`code\` found at ${cli}, but there is no DISPLAY` };
  return { executable, why: `\`code\` on PATH (${cli})` };
}
