// What PostgreSQL cannot store exactly. Its text type holds any Unicode character but NUL (U+0000), and a
// JavaScript string may hold an unpaired surrogate (from a JSON "\ud800" escape), which UTF-8 cannot
// encode: sent as it is, the first fails the whole batch and the second comes back as U+FFFD. The loader
// turns such an article away, with this message, rather than store something other than what it was given.
import type { StoreArticle } from './types';

/** Why the article cannot be stored exactly, or null when it can. */
export function unstorable(a: StoreArticle): string | null {
  const fields: [string, string | null][] = [['file name', a.file], ['title', a.title], ['date', a.date], ['outlet', a.outlet], ['text', a.text]];
  a.mentions.forEach((m, i) => fields.push([`mention ${i + 1}`, m.text], [`mention ${i + 1} entity`, m.entity], [`mention ${i + 1} name`, m.name], [`mention ${i + 1} role`, m.role]));
  a.quotes.forEach((q, i) => fields.push([`quote ${i + 1}`, q.text], [`quote ${i + 1} cue`, q.cue], [`quote ${i + 1} rule`, q.rule],
    [`quote ${i + 1} speaker`, q.speakerText], [`quote ${i + 1} speaker entity`, q.speakerEntity], [`quote ${i + 1} speaker name`, q.speakerName]));
  for (const [what, value] of fields) {
    const problem = value === null ? null : textProblem(value);
    if (problem) return `its ${what} ${problem}`;
  }
  return null;
}

/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why one string cannot be stored exactly, or null. */
export function textProblem(s: string): string | null {
  const nul = s.indexOf('\0');
  if (nul >= 0) return `holds a NUL character (U+0000) at offset ${nul}, which PostgreSQL text cannot store`;
  if (LONE_SURROGATE.test(s)) return 'holds an unpaired surrogate (not valid Unicode), which UTF-8 cannot encode';
  return null;
}
