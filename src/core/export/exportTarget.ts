// Where an export folder may go. An export replaces its target folder as a whole (writeFolder.ts), and an
// export inside the articles it was made from is read back as articles next time (a brat export's .txt
// copies doubled the corpus), so a target that is, holds or lies inside an input is refused by the callers.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** True when `path` lies strictly inside the folder `folder` (both absolute). */
export function isWithin(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r !== '' && r.split(sep)[0] !== '..' && !isAbsolute(r);
}

/** The path with links resolved as far as it exists (the target of an export usually does not yet). */
export function realPath(path: string): string {
  const p = resolve(path);
  try {
    return realpathSync.native(p);
  } catch {
    return dirname(p) === p ? p : join(realPath(dirname(p)), basename(p));
  }
}

export type InputClash = { input: string; relation: 'same' | 'inside' | 'holds' };

/** The first input that the export folder `target` is, lies inside, or holds; undefined when it is apart from all. */
export function inputClash(target: string, inputs: readonly string[]): InputClash | undefined {
  const t = realPath(target);
  for (const input of inputs) {
    const i = realPath(input);
    if (t === i) return { input, relation: 'same' };
    if (isWithin(t, i)) return { input, relation: 'inside' };
    if (isWithin(i, t)) return { input, relation: 'holds' };
  }
  return undefined;
}
