// What a folder holds, as one comparable value: for the export tests, which check that a folder is the old
// export or the new one, whole, and nothing in between.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Relative path ('/'-separated) -> content for every file below `dir`; "link -> x" for a link, "folder" for a folder. */
export function snapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(dir, r));
    if (st.isSymbolicLink()) out[r] = `link -> ${readlinkSync(join(dir, r))}`;
    else if (st.isDirectory()) Object.assign(out, { [r]: 'folder' }, snapshot(dir, r));
    else out[r] = readFileSync(join(dir, r), 'utf8');
  }
  return out;
}
