// The hidden folders an export makes beside its target, ".<target>.newslens-<kind>-<pid>-<random>":
//  - export:  the new export being written (staged); never looked at by anyone else until renamed to the target;
//  - backup:  the old target, renamed whole in one step, so a folder of this name is always a complete old export;
//  - discard: a backup on its way out; it is renamed from backup before removal starts, so a removal cut short
//    by a kill never leaves a half-removed folder under the backup name (which recovery would restore).
// A process that is killed leaves them behind; the next export to the same target clears them up first.
import { randomBytes } from 'node:crypto';
import { chmod, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type SiblingKind = 'export' | 'backup' | 'discard';

const KIND = /^(export|backup|discard)-(\d+)-[0-9a-f]{8}$/;

/** A new, unique name for a sibling of `target` of the given kind. */
export function siblingName(target: string, kind: SiblingKind): string {
  return join(dirname(target), `.${basename(target)}.newslens-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** The kind and process of a sibling of `target` named `name`; undefined for any other name. */
function parseSibling(target: string, name: string): { kind: SiblingKind; pid: number } | undefined {
  const prefix = `.${basename(target)}.newslens-`;
  const m = name.startsWith(prefix) ? KIND.exec(name.slice(prefix.length)) : null;
  return m ? { kind: m[1] as SiblingKind, pid: Number(m[2]) } : undefined;
}

/** Whether a process is running: siblings of a running export (this process included) are its own business. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens every folder below `dir` to its owner, so that what a read-only folder holds can be removed. */
async function openFolders(dir: string): Promise<void> {
  await chmod(dir, 0o700).catch(() => {});
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await openFolders(join(dir, entry.name));
  }
}

/**
 * Removes a folder of ours (a staging folder, an old target) whole, read-only folders in it included. Only
 * folders are opened up: files may be linked from the new export (stageExport.ts) and keep their modes.
 */
export async function removeFolder(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
  } catch {
    await openFolders(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes a backup: renamed to a discard name first (see above), then deleted. */
export async function discardBackup(backup: string, target: string): Promise<void> {
  const doomed = siblingName(target, 'discard');
  await rename(backup, doomed);
  await removeFolder(doomed);
}

/**
 * Undoes what a killed export left beside `target`: when the target is missing and a backup exists, the
 * export was killed between its two renames and the backup (the old export, whole) goes back; every other
 * sibling of a process no longer running is removed. Afterwards the target is the old export or the new one.
 */
export async function recoverTarget(target: string): Promise<void> {
  const parent = dirname(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  const stale = names.map((name) => ({ name, sibling: parseSibling(target, name) })).filter((s) => s.sibling && !isRunning(s.sibling.pid));
  const backup = stale.find((s) => s.sibling!.kind === 'backup');
  let restored: string | undefined;
  if (backup && !(await stat(target).catch(() => undefined))) {
    await rename(join(parent, backup.name), target);
    restored = backup.name;
  }
  for (const s of stale) {
    if (s.name === restored) continue;
    const path = join(parent, s.name);
    await (s.sibling!.kind === 'backup' ? discardBackup(path, target) : removeFolder(path));
  }
}
