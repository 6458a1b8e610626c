import { strict as assert } from 'node:assert';
import type { ArticleAnnotations } from '../../src/core/model';

/** Every offset the engine reports lies inside the text and slices to the reported text. */
export function assertSpansExact(text: string, r: ArticleAnnotations): void {
  const check = (s: { start: number; end: number; text: string }, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) within ${text.length}`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what}: text equals the slice`);
  };
  if (r.dateline) check(r.dateline, 'dateline');
  for (const e of r.entities) {
    check(e, `entity ${e.text}`);
    assert.ok(e.text.length > 0 && e.entity && e.name, 'entity has text, id and name');
  }
  for (const q of r.quotes) {
    check(q, `quote ${q.text.slice(0, 20)}`);
    if (q.speaker) check(q.speaker, 'speaker');
    if (q.cue) check(q.cue, 'cue');
  }
}
