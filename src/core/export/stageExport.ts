// Builds the complete new export folder in a staging folder: the export's files, written and synced, and
// (when the target exists) every other entry of the old target carried over, so the folder that replaces
// the target in one rename holds what it held before with the export's files replaced.
import { constants } from 'node:fs';
import { access, chmod, copyFile, link, lstat, mkdir, open, readdir, readlink, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile } from './types';

/** What an export writes, as '/'-separated relative paths: its files and the folders holding them (outermost first). */
export interface ExportPlan {
  files: Set<string>;
  folders: Set<string>;
}

/** Files written at once: enough to overlap the syncs, few enough to stay under the open-file limit. */
const BATCH = 16;

export function planExport(files: readonly ExportFile[]): ExportPlan {
  const folders = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  // Sorted, a folder comes before everything inside it (its name is their prefix).
  return { files: new Set(files.map((f) => f.path)), folders: new Set([...folders].sort()) };
}

const at = (root: string, rel: string) => join(root, ...rel.split('/'));

/**
 * What in the existing `target` stops the export, named as the user wrote the target (`shown`): a file (or
 * a link) where the export needs a folder, a folder where it writes a file, or a folder it writes into that
 * the user may not write (the swap could replace it, but a read-only folder says to leave it alone).
 */
export async function conflictIn(target: string, shown: string, plan: ExportPlan): Promise<string | undefined> {
  for (const d of ['', ...plan.folders]) {
    const st = await lstat(at(target, d)).catch(() => undefined);
    if (st && !st.isDirectory()) return `${at(shown, d)} is a ${st.isSymbolicLink() ? 'link' : 'file'}, not a folder`;
    if (st && !(await access(at(target, d), constants.W_OK).then(() => true, () => false))) return `${at(shown, d)}: permission denied`;
  }
  for (const f of plan.files) {
    if ((await lstat(at(target, f)).catch(() => undefined))?.isDirectory()) return `${at(shown, f)} is a folder, not a file`;
  }
  return undefined;
}

/** Flushes a folder's entries to disk; where folders cannot be opened (Windows) the file syncs must do. */
export async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close();
}

async function writeSynced(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes the export's files into the empty folder `staged`, each synced to disk, and the folders holding them. */
export async function stageFiles(staged: string, files: readonly ExportFile[], plan: ExportPlan): Promise<void> {
  for (const d of plan.folders) await mkdir(at(staged, d));
  for (let i = 0; i < files.length; i += BATCH) {
    // Settled, not all: on a failure no write may still be running when the staging folder is removed.
    const failed = (await Promise.allSettled(files.slice(i, i + BATCH).map((f) => writeSynced(at(staged, f.path), f.content)))).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
  await Promise.all([staged, ...[...plan.folders].map((d) => at(staged, d))].map(syncFolder));
}

/** A second name for an entry: a hard link (no copying), a copy where links are refused, a link's own copy for a link. */
async function carryEntry(from: string, to: string): Promise<void> {
  const st = await lstat(from);
  if (st.isSymbolicLink()) return symlink(await readlink(from), to);
  try {
    await link(from, to);
  } catch (e) {
    if (!st.isFile()) throw e;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Gives `staged` every entry of the old `target` that the export does not replace (folders made anew with
 * their permissions, files linked), so the swap keeps the reader's own files. `rel` is the folder walked.
 */
export async function carryOver(target: string, staged: string, plan: ExportPlan, rel = ''): Promise<void> {
  const from = rel ? at(target, rel) : target;
  const to = rel ? at(staged, rel) : staged;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!plan.folders.has(r)) await mkdir(at(staged, r));
      await carryOver(target, staged, plan, r);
    } else if (!plan.files.has(r)) {
      await carryEntry(join(from, entry.name), at(staged, r));
    }
  }
  // Last, as a read-only folder takes no new entries.
  await chmod(to, (await lstat(from)).mode & 0o7777);
  await syncFolder(to);
}
