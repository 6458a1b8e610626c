// Annotated news as training material: each document analysed exactly as the engine analyses an article
// (structure, compromise, the rules' evidence), its gold entities turned into BILOU labels over the words.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../core/article/structure';
import type { Bilou, TokenSpan } from '../core/learn/bilou';
import type { Span } from '../core/model';
import { analyse } from '../core/nlp/analysis';
import { ruleEntities } from '../core/nlp/ruleEntities';
import type { TaggerView } from '../core/nlp/tagger/taggerInput';
import { taggerViews } from '../core/nlp/tagger/taggerViews';

export interface GoldEntity extends Span {
  type: 'PERSON' | 'ORG' | 'LOC' | 'MISC';
  text: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
}

/** A document ready for training or scoring. */
export interface PreparedDoc {
  doc: GoldDoc;
  sentences: TaggerView[];
  gold: Uint8Array[];
}

export const GOLD_TYPES: Record<GoldEntity['type'], string> = { PERSON: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export function readGoldDocs(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

/** Analyses a document and labels its words; a word belongs to the gold entity its first character is in. */
export function prepare(doc: GoldDoc, scheme: Bilou): PreparedDoc {
  const structure = parseArticle(doc.text);
  const analysis = analyse(doc.text, structure);
  const sentences = taggerViews(doc.text, analysis, ruleEntities(doc.text, structure, analysis));
  const ents = [...doc.entities].sort((a, b) => a.start - b.start);
  const gold = sentences.map((s) => {
    const spans: TokenSpan[] = [];
    let open: { e: GoldEntity; span: TokenSpan } | null = null;
    s.words.forEach((w, i) => {
      const e = ents.find((x) => x.start <= w.start && w.start < x.end);
      if (open && open.e === e) open.span.end = i + 1;
      else if (e) {
        open = { e, span: { start: i, end: i + 1, type: GOLD_TYPES[e.type] } };
        spans.push(open.span);
      } else open = null;
    });
    return scheme.encode(spans, s.words.length);
  });
  return { doc, sentences, gold };
}
