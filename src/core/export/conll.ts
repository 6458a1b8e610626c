// CoNLL-style NER: one token a line with its BIO tag (PER, ORG, LOC, MISC), "token TAG" separated by a space,
// a blank line after each paragraph (a line of the article), and "-DOCSTART- O" before each document.
// Tokens are words (letters and digits, with inner apostrophes, dots and hyphens) or single other
// characters, cut wherever a mention starts or ends so that every mention is a whole number of tokens.
import type { EntityType, Mention } from '../model';
import type { ExportDocument, ExportFile } from './types';

export const CONLL_TAGS: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*|\S/gu;

/** The mentions to tag: in order, none overlapping (an overlapping one is left out). */
function tagged(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.end > m.start && (!out.length || m.start >= out[out.length - 1].end)) out.push(m);
  }
  return out;
}

/** One document's lines: tokens with tags, a blank line after each paragraph. */
function documentLines(text: string, mentions: readonly Mention[]): string[] {
  const lines = ['-DOCSTART- O', ''];
  const ms = tagged(mentions);
  const cuts = new Set<number>();
  for (const m of ms) cuts.add(m.start).add(m.end);
  let k = 0;
  let inParagraph = false;
  let lastEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    if (inParagraph && /\n/.test(text.slice(lastEnd, start))) lines.push('');
    const end = start + match[0].length;
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      if (i !== end && !cuts.has(i)) continue;
      while (k < ms.length && ms[k].end <= from) k++;
      const m = ms[k];
      const tag = m && m.start <= from && from < m.end ? `${m.start === from ? 'B' : 'I'}-${CONLL_TAGS[m.type]}` : 'O';
      lines.push(`${text.slice(from, i)} ${tag}`);
      from = i;
    }
    inParagraph = true;
    lastEnd = end;
  }
  if (inParagraph) lines.push('');
  return lines;
}

/** annotations.conll: every document, in order. */
export function toConll(docs: readonly ExportDocument[]): ExportFile[] {
  const lines: string[] = [];
  // CoNLL tags names: "the Russian president" resolved to its office holder is a mention, not a name.
  for (const d of docs) for (const line of documentLines(d.text, d.annotations.entities.filter((e) => !e.office))) lines.push(line);
  return [{ path: 'annotations.conll', content: `${lines.join('\n')}\n` }];
}
