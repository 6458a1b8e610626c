// Corrections files and checks shared by the corrections and export tests.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnnotations } from '../../src/core/model';

/** The example of issue 6, as a reader would write it. */
export const EXAMPLE = `{
  "version": 1,
  "entities": [
    { "name": "Vladimir Putin", "type": "person", "aliases": ["Putin", "the Russian president"], "roles": ["President of Russia"] },
    { "name": "Mehr News Agency", "type": "organization", "aliases": ["MNA"] }
  ],
  "ignore": ["Asia/Tehran"],
  "retype": [{ "text": "Syrian army", "type": "organization" }],
  "speakers": [{ "file": "000_d3ddef007ee00481.txt", "quote": "recent achievements have been", "speaker": "Amir Saeid Iravani" }]
}
`;

/** Every span a slice of the text; every mention of one id with one name and type; mentions in order, none overlapping. */
export function assertConsistent(text: string, a: ArticleAnnotations): void {
  const byId = new Map<string, string>();
  let last = -1;
  for (const m of a.entities) {
    assert.equal(text.slice(m.start, m.end), m.text, `mention ${m.start}`);
    assert.ok(m.start >= last, `mentions overlap or out of order at ${m.start}`);
    last = m.end;
    const key = `${m.type}|${m.name}`;
    assert.equal(byId.get(m.entity) ?? key, key, `${m.entity} has two names or types`);
    byId.set(m.entity, key);
    assert.ok(m.entity.startsWith(`${m.type}:`), m.entity);
  }
  for (const q of a.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
  }
}

/** A fresh temporary folder for each test (its path from the returned function); a sub-folder "locked" is unlocked before removal. */
export function useTempFolder(prefix: string): () => string {
  let tmp = '';
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), prefix)); });
  afterEach(() => {
    try { chmodSync(join(tmp, 'locked'), 0o755); } catch { /* only some tests lock a folder */ }
    rmSync(tmp, { recursive: true, force: true });
  });
  return () => tmp;
}
