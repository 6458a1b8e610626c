import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

/** File endings the CLI reads when it is given a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article', '.md'];

export interface FileListing {
  files: string[];
  /** Paths that could not be read ("PATH: reason"): missing, unreadable folders. */
  problems: string[];
  /** Special files ("PATH: reason"): FIFOs, devices and sockets, never opened (reading a FIFO waits for a writer). */
  special: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** Expands paths into article files: files as given, folders recursively (symlink loops visited once). */
export function listArticleFiles(paths: string[]): FileListing {
  const files: string[] = [];
  const problems: string[] = [];
  const special: string[] = [];
  const add = (p: string, st: Stats) => {
    if (st.isFile()) files.push(p);
    else special.push(`${p}: ${specialKind(st)}, not a regular file`);
  };
  const seenDirs = new Set<string>();
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch (e) {
      problems.push(`${p}: ${describe(e)}`);
      return undefined;
    }
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push(`${dir}: ${describe(e)}`);
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push(`${dir}: ${describe(e)}`);
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      const st = stat(p);
      if (!st) continue;
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(p);
      } else if (ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase())) {
        add(p, st);
      }
    }
  };
  for (const p of paths) {
    const st = stat(p);
    if (!st) continue;
    if (st.isDirectory()) walk(p);
    else add(p, st);
  }
  return { files, problems, special };
}

/** What a file that is neither a regular file nor a folder is. */
export function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** A one-line reason for a file-system error, without a stack. */
export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'EISDIR': return 'is a folder';
    default: return err?.message ?? String(e);
  }
}
