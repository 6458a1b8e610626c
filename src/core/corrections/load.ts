// Reads a corrections file from disk for the CLI (the editor reads its buffers itself and calls parseCorrections).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from '../io/articleFiles';
import { decodeBytes } from '../io/decode';
import { removeStaleTemporaries } from './atomicWrite';
import { formatDiagnostic, parseCorrections } from './parse';
import { CORRECTIONS_FILE, emptyCorrections, type Corrections, type CorrectionsDiagnostic } from './types';

/** Problems printed for one file; the rest are counted in one line (a broken file once printed 197,950 lines). */
export const MAX_PRINTED_PROBLEMS = 20;

/**
 * Reads and parses a corrections file. Problems go to `warn`, one line each ("file:line:col: warning: message"),
 * at most MAX_PRINTED_PROBLEMS and a count of the rest; a file with an error yields empty corrections.
 * Temporary files left beside it by a killed write are removed first.
 */
export function loadCorrectionsFile(file: string, warn: (line: string) => void): Corrections {
  removeStaleTemporaries(file);
  const text = readCorrectionsText(file, warn);
  if (text === undefined) return emptyCorrections();
  const parsed = parseCorrections(text);
  printProblems(file, parsed.diagnostics, warn);
  if (parsed.ok) return parsed.corrections;
  warn(`warning: ${file}: not used because of the error${parsed.diagnostics.filter((d) => d.severity === 'error').length > 1 ? 's' : ''} above; no corrections applied`);
  return emptyCorrections();
}

/** The file's text, decoded as UTF-8 or, after a byte-order mark, UTF-16; undefined (warned) when it cannot be read. */
function readCorrectionsText(file: string, warn: (line: string) => void): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    warn(`warning: ${file}: cannot read the corrections file (${describe(e)}); no corrections applied`);
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    warn(`warning: ${file}: cannot read the corrections file (${decoded.reason}); no corrections applied`);
    return undefined;
  }
  if (decoded.warning) warn(`warning: ${file}: ${decoded.warning}`);
  return decoded.text;
}

/** At most `max` problems, errors first (they are why a file is not used), then the rest, each in file order; and a line counting those left out, if any. */
export function firstProblems(diagnostics: readonly CorrectionsDiagnostic[], max: number): { shown: CorrectionsDiagnostic[]; more?: string } {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const all = [...errors, ...diagnostics.filter((d) => d.severity !== 'error')];
  if (all.length <= max) return { shown: all };
  const rest = all.slice(max);
  const count = (severity: string) => {
    const n = rest.filter((d) => d.severity === severity).length;
    return `${n} ${severity}${n === 1 ? '' : 's'}`;
  };
  const kinds = [count('error'), count('warning'), ...(rest.some((d) => d.severity === 'info') ? [count('info')] : [])];
  return { shown: all.slice(0, max), more: `… and ${rest.length} more not shown (${kinds.join(', ')})` };
}

function printProblems(file: string, diagnostics: readonly CorrectionsDiagnostic[], warn: (line: string) => void): void {
  const { shown, more } = firstProblems(diagnostics.filter((d) => d.severity !== 'info'), MAX_PRINTED_PROBLEMS);
  for (const d of shown) warn(formatDiagnostic(file, d));
  if (more) warn(`warning: ${file}: ${more}`);
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
