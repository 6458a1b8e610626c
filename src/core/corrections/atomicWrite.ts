// Writes a file so that a reader sees the old text or the new one, never half of it, even if the power
// goes or the process is killed: the text goes to a temporary file in the target's folder (same file system,
// so the rename is atomic) with the target's mode, is flushed to disk, and is renamed over the target; then
// the folder is flushed so that the rename itself survives a crash. A symbolic link is written through, so
// the link stays a link. A failure removes the temporary file and is reported, not thrown; a temporary file
// left by a killed process is removed at the next write or load (removeStaleTemporaries).
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync, rmSync, type Stats } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describe } from '../io/articleFiles';

/** More links than this in a chain is a loop (Linux's own limit is 40). */
const MAX_LINKS = 40;

/** Temporary files this process is writing now: its own pid on a file does not make it live (pids are reused). */
const inFlight = new Set<string>();

/** A one-line reason for a failed write. */
export function writeFailure(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOTDIR': return 'part of the path is a file, not a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'disk full';
    case 'EEXIST': return 'already exists';
    default: return describe(e);
  }
}

/** A name for a temporary sibling of `target`, hidden and unique; the pid in it tells whether its writer still runs. */
export function temporarySibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The file that `file` names once symbolic links are followed (a link to nowhere names where it points). */
export function linkTarget(file: string): string {
  let p = resolve(file);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let isLink: boolean;
    try { isLink = lstatSync(p).isSymbolicLink(); } catch { return p; }
    if (!isLink) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw Object.assign(new Error(`too many symbolic links at ${file}`), { code: 'ELOOP' });
}

/** True while process `pid` runs (on this machine); a process of another user counts as running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary siblings of `file` (of its link target) whose writer is gone: what a killed write
 * leaves. A write in progress in a running process keeps its file. Returns the names removed; never throws.
 */
export function removeStaleTemporaries(file: string): string[] {
  let target: string;
  let names: string[];
  try {
    target = linkTarget(file);
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const prefix = `.${basename(target)}.`;
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    const path = join(dirname(target), name);
    if (!pid || inFlight.has(path) || (pid !== process.pid && running(pid))) continue;
    try {
      rmSync(path, { force: true });
      removed.push(name);
    } catch { /* left for the next time; it is hidden and harms nothing */ }
  }
  return removed;
}

/** Replaces `file` with `text` atomically; resolves to ok or to why it could not. */
export async function writeFileAtomic(file: string, text: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  let tmp: string | undefined;
  try {
    const target = linkTarget(file);
    removeStaleTemporaries(target);
    const old = await stat(target).catch(() => undefined);
    tmp = temporarySibling(target);
    inFlight.add(tmp);
    await writeDurably(tmp, text, old);
    await rename(tmp, target);
    await syncFolder(dirname(target));
    return { ok: true };
  } catch (e) {
    if (tmp) await rm(tmp, { force: true }).catch(() => {});
    return { ok: false, reason: `cannot write ${file}: ${writeFailure(e)}` };
  } finally {
    if (tmp) inFlight.delete(tmp);
  }
}

/** Creates `tmp` (which must not exist) with the text, the old file's mode and owner, and flushes it to disk. */
async function writeDurably(tmp: string, text: string, old: Stats | undefined): Promise<void> {
  // A new file gets the usual mode (0666 less the umask); a replacement is private until given the old mode.
  const handle = await open(tmp, 'wx', old ? 0o600 : 0o666);
  try {
    // Set explicitly: the mode given to open is masked by the umask (a 600 file came back 644 before).
    if (old) await handle.chmod(old.mode & 0o7777);
    // Only root may give a file away; anyone else writing the file owns the new one, as before.
    if (old && process.getuid?.() === 0) await handle.chown(old.uid, old.gid).catch(() => {});
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (the rename) to disk. */
async function syncFolder(folder: string): Promise<void> {
  // Some systems cannot open or flush a folder (Windows, some network file systems); the rename is done
  // by then, and they offer nothing stronger, so a failure here does not fail the write.
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close().catch(() => {});
}
