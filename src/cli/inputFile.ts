import { accessSync, constants, statSync } from 'node:fs';
import { describe } from '../core/io/articleFiles';
import { UsageError } from './usageError';

/** A missing, unreadable or folder input fails before any work, in one line: "`what`: no such file 'x'". */
export function checkReadable(path: string, what: string): void {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new UsageError(`${what}: no such file '${path}'`);
  if (st.isDirectory()) throw new UsageError(`${what}: '${path}' is a folder; give one file, or - for stdin`);
  try {
    accessSync(path, constants.R_OK);
  } catch (e) {
    throw new UsageError(`${what}: cannot read '${path}' (${describe(e)})`);
  }
}
