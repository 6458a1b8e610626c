// The contract between test/integration/suite/index.ts (inside the extension host) and the launchers:
// the suite logs one line `NEWSLENS_HOST_RESULT {json}` after mocha finishes; the launcher turns it into
// the one summary line `host: VS Code <version>, <N> passing, <M> failing`.

export const RESULT_MARKER = 'NEWSLENS_HOST_RESULT';

/** Finds the result JSON in a chunk of host output; undefined when the chunk has none. */
export function parseResultLine(text) {
  for (const line of String(text).split('\n')) {
    const at = line.indexOf(RESULT_MARKER + ' ');
    if (at < 0) continue;
    try {
      return JSON.parse(line.slice(at + RESULT_MARKER.length + 1).trim());
    } catch {
      // a truncated or wrapped line: keep looking
    }
  }
  return undefined;
}

/** The summary line every launcher ends with. */
export function summaryLine(version, passes, failures) {
  return `host: VS Code ${version}, ${passes} passing, ${failures} failing`;
}

/** Parses a summary line back (used by scripts/test.mjs). */
export function parseSummaryLine(text) {
  const m = /^host: VS Code (\S+), (\d+) passing, (\d+) failing$/m.exec(String(text));
  return m ? { version: m[1], passes: Number(m[2]), failures: Number(m[3]) } : undefined;
}
