import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

// Node's `mkdir(dir, { recursive: true })` never returns where mkdir answers ENOENT under a folder that does
// exist (it does under /proc): these walk up once and create each missing folder in turn instead.

function notAFolder(path: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`ENOTDIR: not a directory, mkdir '${path}'`);
  e.code = 'ENOTDIR';
  e.path = path;
  return e;
}

/** The missing folders of `dir`, outermost first, and whether the nearest existing ancestor is a folder. */
function missing(dir: string, isFolder: (p: string) => boolean | undefined): string[] {
  const out: string[] = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    const folder = isFolder(p);
    if (folder === true) return out.reverse();
    if (folder === false) throw notAFolder(p);
    out.push(p);
    if (dirname(p) === p) return out.reverse();
  }
}

const folderSync = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return undefined;
  }
};

/** mkdir -p, synchronously; returns the first folder it created (undefined when all existed). */
export function makeFoldersSync(dir: string): string | undefined {
  const todo = missing(dir, folderSync);
  for (const p of todo) mkdirSync(p);
  return todo[0];
}

/** mkdir -p; resolves to the first folder it created (undefined when all existed). */
export async function makeFolders(dir: string): Promise<string | undefined> {
  const known = new Map<string, boolean | undefined>();
  // Stat the chain up front (async), then walk it with the answers.
  for (let p = resolve(dir); ; p = dirname(p)) {
    const s = await stat(p).catch(() => undefined);
    known.set(p, s ? s.isDirectory() : undefined);
    if (s || dirname(p) === p) break;
  }
  const todo = missing(dir, (p) => known.get(p));
  for (const p of todo) await mkdir(p);
  return todo[0];
}
