import type { EntityType, Mention } from '../core/model';
import { emptyEntityCounts, entityReport, scoreEntities, type EntityReport } from '../core/eval/entityScore';
import type { GoldEntity as ScoredGold } from '../core/eval/entityScore';
import { taggedNames, tagSentences, type TaggerParts } from '../core/nlp/tagger/tagSentences';
import type { PreparedDoc } from './nerData';

/** The tagger's names on the documents, scored with the eval command's rules (exact and overlap spans). */
export function scoreTagger(docs: readonly PreparedDoc[], parts: TaggerParts, labelsOf?: (d: PreparedDoc) => Uint8Array[]): EntityReport {
  const counts = emptyEntityCounts();
  for (const d of docs) {
    const labels = labelsOf ? labelsOf(d) : tagSentences(d.sentences, parts);
    const names = taggedNames(d.sentences, labels, parts.scheme);
    const mentions = names.map((n) => ({ type: n.type as EntityType, start: n.start, end: n.end, text: d.doc.text.slice(n.start, n.end), entity: '', name: '' }) satisfies Mention);
    scoreEntities(d.doc.text, mentions, d.doc.entities as ScoredGold[], counts);
  }
  return entityReport(counts);
}

/** "person 0.912/0.934/0.923 · organization … · all …" */
export function formatScores(r: EntityReport): string {
  const f = (x: number) => x.toFixed(3);
  return (['person', 'organization', 'place', 'all'] as const).map((t) => `${t} ${f(r.exact[t].precision)}/${f(r.exact[t].recall)}/${f(r.exact[t].f1)}`).join(' · ');
}
