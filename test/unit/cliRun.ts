// Two ways for the CLI tests to run `newslens`, both on the bundle dist/cli.js: in a child process, or its
// exported main() loaded into this process. main() is the whole CLI but for the few lines that wire it to the
// process (stdout, stderr, the exit code), so most tests call it here, where the engine loads once, instead
// of starting node and loading compromise and the model again for each command (a second or two each).
// What only a process shows (the exit status and the streams) stays tested on the binary.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { main as Main } from '../../src/cli';
import { ROOT } from './seeds';

export interface CliResult { code: number | null; out: string; err: string }

const CLI = join(ROOT, 'dist', 'cli.js');

/** A CLI that hangs (reading a FIFO, say) is ended after this, and its test fails instead of stopping the suite. */
const BINARY_TIMEOUT_MS = 30_000;

/** Runs dist/cli.js in a child process, from the repository root. */
export function runBinary(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: BINARY_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let loaded: typeof Main | undefined;

/**
 * Runs main() of dist/cli.js in this process (relative paths are read from the working folder, the
 * repository root under mocha); out and err are what the binary writes, each line ending with a newline.
 */
export async function runMain(...args: string[]): Promise<CliResult> {
  loaded ??= (require(CLI) as { main: typeof Main }).main;
  let out = '';
  let err = '';
  const code = await loaded(args, { out: (line) => { out += `${line}\n`; }, err: (line) => { err += `${line}\n`; } });
  return { code, out, err };
}
