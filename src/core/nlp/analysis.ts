import nlp from 'compromise';
import type { ArticleStructure, Span } from '../model';

/** One word as compromise tagged it, with exact offsets into the article text. */
export interface Token extends Span {
  text: string;
  normal: string;
  tags: string[];
}

export interface Sentence extends Span {
  tokens: Token[];
}

/** The single compromise pass over an article that every rule reads from. */
export interface Analysis {
  sentences: Sentence[];
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Runs compromise once over each non-boilerplate block and keeps tokens with exact offsets. */
export function analyse(text: string, structure: ArticleStructure): Analysis {
  const sentences: Sentence[] = [];
  for (const block of structure.blocks) {
    if (block.kind === 'boilerplate') continue;
    const slice = text.slice(block.start, block.end);
    const json = nlp(slice).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
    for (const s of json) {
      const tokens = s.terms.map((t) => ({
        start: block.start + t.offset.start,
        end: block.start + t.offset.start + t.offset.length,
        text: t.text,
        normal: t.normal,
        tags: t.tags,
      }));
      if (tokens.length) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
    }
  }
  return { sentences };
}
