// Writes an export into a folder so that nothing half-written is ever left there: every file goes into a
// temporary folder beside the target first; only when all are written is that folder renamed to the
// target (or, when the target already exists, each finished file renamed into it, replacing the file of
// the same name and leaving other files alone). A failure removes the temporary folder and says why.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { writeFailure } from '../corrections/atomicWrite';
import { makeFolders } from '../io/makeFolders';
import type { ExportFile } from './types';

/** An export that could not be written: the message is one line, for a user. */
export class ExportError extends Error {}

/** Writes the files below `outDir`; resolves to the number of files written, or rejects with an ExportError. */
export async function writeExport(outDir: string, files: readonly ExportFile[]): Promise<number> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ExportError(`cannot export to ${outDir}: it is a file, not a folder`);
  let createdParent: string | undefined;
  let tmp: string | undefined;
  try {
    createdParent = await makeFolders(parent);
    // mkdir (not mkdtemp, which makes the folder private) so that the export gets the usual permissions.
    const name = join(parent, `.${basename(target)}.newslens-export-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(name);
    tmp = name;
    for (const f of files) {
      const path = join(tmp, ...f.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.content, { flag: 'wx' });
    }
    if (!existing) {
      await rename(tmp, target);
      tmp = undefined;
    } else {
      for (const f of files) {
        const to = join(target, ...f.path.split('/'));
        await mkdir(dirname(to), { recursive: true });
        await rename(join(tmp, ...f.path.split('/')), to);
      }
    }
    return files.length;
  } catch (e) {
    if (createdParent) await rm(createdParent, { recursive: true, force: true }).catch(() => {});
    throw new ExportError(`cannot export to ${outDir}: ${writeFailure(e)}`);
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true }).catch(() => {});
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
