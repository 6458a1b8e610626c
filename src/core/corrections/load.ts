// Reads a corrections file from disk for the CLI (the editor reads its buffers itself and calls parseCorrections).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from '../io/articleFiles';
import { formatDiagnostic, parseCorrections } from './parse';
import { CORRECTIONS_FILE, emptyCorrections, type Corrections } from './types';

/** Reads and parses a corrections file. Problems go to `warn`, one line each ("file:line:col: warning: message"); a file with an error yields empty corrections. */
export function loadCorrectionsFile(file: string, warn: (line: string) => void): Corrections {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    warn(`warning: ${file}: cannot read the corrections file (${describe(e)}); no corrections applied`);
    return emptyCorrections();
  }
  const parsed = parseCorrections(text);
  for (const d of parsed.diagnostics) if (d.severity !== 'info') warn(formatDiagnostic(file, d));
  if (parsed.ok) return parsed.corrections;
  warn(`warning: ${file}: not used because of the error${parsed.diagnostics.filter((d) => d.severity === 'error').length > 1 ? 's' : ''} above; no corrections applied`);
  return emptyCorrections();
}

/**
 * The corrections for the paths given to the CLI: `override` (a file) for everything when given, else the
 * `.newslens.json` at the root of each folder given, keyed by that folder.
 */
export function correctionsForPaths(paths: readonly string[], override: string | undefined, warn: (line: string) => void): Map<string, Corrections> {
  const out = new Map<string, Corrections>();
  if (override !== undefined) {
    out.set('', loadCorrectionsFile(override, warn));
    return out;
  }
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* a missing path is reported by whoever reads the articles */ }
    const file = join(p, CORRECTIONS_FILE);
    if (isDir && !out.has(p) && statSync(file, { throwIfNoEntry: false })?.isFile()) out.set(p, loadCorrectionsFile(file, warn));
  }
  return out;
}
