// Writes an export so that the target folder is always the old export or the new one, whole, even when the
// process is killed at any moment (crash consistency):
//  1. recoverTarget first clears up what an earlier killed export left beside the target (exportSiblings.ts);
//  2. the new folder is built complete in a hidden sibling (stageExport.ts): the export's files, each synced
//     to disk, and the old target's other entries linked in. A kill here leaves the target untouched and the
//     sibling is removed by the next export;
//  3. the swap: rename target -> backup, rename staged -> target, then the backup is discarded. Renames in
//     one folder are atomic, so a kill leaves the old target, the new one, or (between the two renames) no
//     target and a whole backup, which the next export renames back before anything else.
// A failure (a file where the export needs a folder, a full disk) throws before the swap, or puts the
// backup back if the second rename fails, and removes the staging folder: the old export stays as it was.
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeFailure } from '../corrections/atomicWrite';
import { makeFolders } from '../io/makeFolders';
import { discardBackup, recoverTarget, removeFolder, siblingName } from './exportSiblings';
import { isWithin } from './exportTarget';
import { carryOver, conflictIn, planExport, stageFiles, syncFolder } from './stageExport';
import type { ExportFile } from './types';

/** An export that could not be written: the message is one line, for a user. */
export class ExportError extends Error {}

/** Puts the complete folder `staged` in the place of `target` (step 3 above). */
async function swapIn(staged: string, target: string, replacing: boolean): Promise<void> {
  if (!replacing) return rename(staged, target);
  const backup = siblingName(target, 'backup');
  await rename(target, backup);
  try {
    await rename(staged, target);
  } catch (e) {
    await rename(backup, target).catch(() => {});
    throw e;
  }
  // The export is in place: a backup that cannot be removed now is removed by the next export.
  await discardBackup(backup, target).catch(() => {});
}

/** A path below the target or the staging folder as the user knows it: below the target as they wrote it. */
function shownPath(path: string, outDir: string, roots: readonly string[]): string {
  const p = resolve(path);
  const root = roots.find((r) => p === r || isWithin(p, r));
  return root ? join(outDir, relative(root, p)) : path;
}

/** Why a file operation failed, naming the file. */
function failureOf(e: unknown, outDir: string, roots: readonly string[]): string {
  const path = (e as NodeJS.ErrnoException)?.path;
  return path ? `${shownPath(path, outDir, roots)}: ${writeFailure(e)}` : writeFailure(e);
}

/** Writes the files below `outDir`; resolves to the number of files written, or rejects with an ExportError. */
export async function writeExport(outDir: string, files: readonly ExportFile[]): Promise<number> {
  // A link to a folder is followed: the swap replaces the folder it points to, not the link.
  const target = await realpath(resolve(outDir)).catch(() => resolve(outDir));
  const fail = (reason: string) => new ExportError(`cannot export to ${outDir}: ${reason}`);
  const cwd = process.cwd();
  if (cwd === target || isWithin(cwd, target)) throw fail('it holds the current folder, which the export would replace; export to a folder of its own');
  let createdParent: string | undefined;
  let staged: string | undefined;
  try {
    await recoverTarget(target);
    const existing = await stat(target).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw fail('it is a file, not a folder');
    const plan = planExport(files);
    const conflict = existing && (await conflictIn(target, outDir, plan));
    if (conflict) throw fail(conflict);
    createdParent = await makeFolders(dirname(target)).catch((e: NodeJS.ErrnoException) => {
      // makeFolders names the file that stands where a folder is needed: an ancestor, shown as the user wrote it.
      throw e.code === 'ENOTDIR' ? fail(`${join(outDir, relative(target, e.path!))} is a file, not a folder`) : e;
    });
    staged = siblingName(target, 'export');
    // mkdir (not mkdtemp, which makes the folder private) so that the export gets the usual permissions.
    // It fails for a reason of the parent folder (read-only, full), so the parent is named.
    await mkdir(staged).catch((e: unknown) => {
      throw fail(`${dirname(outDir) === '.' ? dirname(target) : dirname(outDir)}: ${writeFailure(e)}`);
    });
    await stageFiles(staged, files, plan);
    if (existing) await carryOver(target, staged, plan);
    await swapIn(staged, target, !!existing);
    staged = undefined;
    await syncFolder(dirname(target));
    return files.length;
  } catch (e) {
    if (createdParent) await rm(createdParent, { recursive: true, force: true }).catch(() => {});
    throw e instanceof ExportError ? e : fail(failureOf(e, outDir, staged ? [staged, target] : [target]));
  } finally {
    if (staged) await removeFolder(staged).catch(() => {});
  }
}

/** Unique relative names for documents from their paths: relative to the deepest folder holding them all, '/'-separated. */
export function exportNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => resolve(p).split(sep));
  if (!parts.length) return [];
  // Folders shared by all (a file's own name never counts, so one file keeps its base name).
  let n = Math.min(...parts.map((p) => p.length - 1));
  for (const p of parts) {
    let k = 0;
    while (k < n && p[k] === parts[0][k]) k++;
    n = k;
  }
  return parts.map((p) => p.slice(n).join('/'));
}
