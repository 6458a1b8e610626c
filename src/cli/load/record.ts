// One line of `newslens annotate` output (`--format jsonl`, or `--input jsonl` with its id, date, outlet and
// links) as a store article. The record may also carry the article's "text", which is then stored too.
// Its hash is the hash of the line: a record that differs in anything is loaded again.
import { contentHash } from '../../core/corpus/contentHash';
import { ENTITY_TYPES } from '../../core/model';
import type { StoreArticle, StoreMention, StoreQuote } from '../../store/types';
import { asRow, idText, list, oneOf, optionalText, RowError, span, text, type Row } from './fields';

/** An article to load, or why the record holds none (the annotate step failed on that line). */
export type RecordOutcome = { article: StoreArticle } | { skipped: string };

export function mention(v: unknown, n: number): StoreMention {
  const what = `mention ${n}`;
  const m = asRow(v, what);
  return {
    ...span(m, what),
    text: text(m, 'text', what),
    type: oneOf(m, 'type', ENTITY_TYPES, what),
    entity: text(m, 'entity', what),
    name: text(m, 'name', what),
    role: optionalText(m, 'role', what),
  };
}

/** The cue is {start, end, text} in annotate's records and its text alone in the Dask table. */
function cueText(q: Row, what: string): string | null {
  if (q.cue !== null && typeof q.cue === 'object') return text(q.cue as Row, 'text', `${what} cue`);
  return optionalText(q, 'cue', what);
}

function quote(v: unknown, n: number): StoreQuote {
  const what = `quote ${n}`;
  const q = asRow(v, what);
  const speaker = q.speaker === null || q.speaker === undefined ? null : asRow(q.speaker, `${what} speaker`);
  return {
    ...span(q, what),
    text: text(q, 'text', what),
    kind: oneOf(q, 'kind', ['direct', 'indirect'] as const, what),
    cue: cueText(q, what),
    rule: optionalText(q, 'rule', what),
    speakerText: speaker ? text(speaker, 'text', `${what} speaker`) : null,
    speakerEntity: speaker ? optionalText(speaker, 'entity', `${what} speaker`) : null,
    speakerName: speaker ? optionalText(speaker, 'name', `${what} speaker`) : null,
  };
}

/** The article of one parsed record line; throws RowError when the line is no annotation record. */
export function recordArticle(value: unknown, line: string): RecordOutcome {
  const r = asRow(value, 'the line');
  if (r.error !== undefined && r.entities === undefined) return { skipped: `the annotate step failed on it: ${String(r.error)}` };
  if (r.entities === undefined && typeof r.text === 'string') {
    throw new RowError('an article line, not an annotation record (no "entities"): annotate it first, newslens annotate --input jsonl FILE > records.jsonl');
  }
  const file = r.file !== undefined ? text(r, 'file', 'the record') : idText(r.id, 'the record\'s "file" (or "id")');
  const dateline = r.dateline === null || r.dateline === undefined ? null : asRow(r.dateline, 'the record\'s "dateline"');
  return {
    article: {
      file,
      title: optionalText(r, 'title', 'the record'),
      date: optionalText(r, 'date', 'the record') ?? (dateline ? optionalText(dateline, 'date', 'the dateline') : null),
      outlet: optionalText(r, 'outlet', 'the record') ?? (dateline ? optionalText(dateline, 'agency', 'the dateline') : null),
      text: optionalText(r, 'text', 'the record'),
      hash: contentHash(line),
      mentions: list(r, 'entities', 'the record').map((m, i) => mention(m, i + 1)),
      quotes: list(r, 'quotes', 'the record').map((q, i) => quote(q, i + 1)),
    },
  };
}
