// Writes a file so that a reader sees the old text or the new one, never half of it: the text goes to a
// temporary file in the same folder (same file system, so the rename is atomic), which is then renamed
// over the target. A failure removes the temporary file and is reported, not thrown.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe } from '../io/articleFiles';

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

/** A name for a temporary sibling of `target`, hidden and unique. */
export function temporarySibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Replaces `file` with `text` atomically; resolves to ok or to why it could not. */
export async function writeFileAtomic(file: string, text: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const tmp = temporarySibling(file);
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
    return { ok: true };
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    return { ok: false, reason: `cannot write ${file}: ${writeFailure(e)}` };
  }
}
