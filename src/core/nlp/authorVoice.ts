// The writer's own voice: in an opinion piece or column, "I" outside quote marks is the author (inside a
// quote it is whoever is quoted). The speaker keeps its written span; its name becomes the byline's names.

import { bylineAuthor } from '../article/byline';
import { hasOpinionLabel } from '../article/opinion';
import type { ArticleStructure, Quote, Span, Speaker } from '../model';
import { firstIndexNotBefore } from './quoteContext';

const FIRST_PERSON = /^(?:I|me|my|My)$/;
const FIRST_PERSON_IN_TEXT = /\b(?:I|me|my|My)\b/g;
// A transcript's or interview's paragraph ("FALLIN: Well, I think ...", "A: I did.") speaks in another voice.
const SPEAKER_LABEL = /^[A-Z][A-Z.' -]{0,30}:\s/;
// A column writes "I" in paragraph after paragraph; a news report's rare "I" outside quotes is no column.
const VOICED_PARAGRAPHS = 3;

/** Whether offset at lies inside one of the marked quotes (sorted by start). */
function quoted(marked: readonly Span[], at: number): boolean {
  const k = firstIndexNotBefore(marked.length, (i) => marked[i].end <= at);
  return k < marked.length && marked[k].start <= at;
}

/**
 * The paragraphs where the writer says "I" outside quotes. An interview or transcript ("Q: ...", "FALLIN: ...")
 * gives its first person to the people it labels, never to the writer: it has none.
 */
function voicedParagraphs(text: string, structure: ArticleStructure, marked: readonly Span[]): number {
  let count = 0;
  for (const b of structure.blocks) {
    if (b.kind !== 'paragraph') continue;
    const words = text.slice(b.start, b.end);
    if (SPEAKER_LABEL.test(words)) return 0;
    if (count >= VOICED_PARAGRAPHS) continue;
    for (const m of words.matchAll(FIRST_PERSON_IN_TEXT)) {
      if (quoted(marked, b.start + m.index)) continue;
      count++;
      break;
    }
  }
  return count;
}

/** Whether a quote's speaker is an unresolved "I" written outside quote marks and outside a transcript's turn. */
function isWriterFirstPerson(text: string, structure: ArticleStructure, marked: readonly Span[], s: Speaker): boolean {
  if (s.name !== null || s.entity !== null || !FIRST_PERSON.test(s.text) || quoted(marked, s.start)) return false;
  const { blocks } = structure;
  const block = blocks[firstIndexNotBefore(blocks.length, (i) => blocks[i].end <= s.start)];
  return !block || block.start > s.start || !SPEAKER_LABEL.test(text.slice(block.start, block.end));
}

/** The author as speaker: the byline's names when the article has a byline, else "the author". */
function authorSpeaker(s: Speaker, byline: string | null): Speaker {
  const reason = byline
    ? `first person '${s.text}' outside quotes in an opinion piece -> ${byline}, the byline's name`
    : `first person '${s.text}' outside quotes in an opinion piece: the author (no byline)`;
  return { ...s, entity: null, name: byline ?? 'the author', reason };
}

/** Gives an opinion piece's unresolved first-person speakers (outside quote marks) to its author. */
export function giveFirstPersonToAuthor(text: string, structure: ArticleStructure, quotes: Quote[], marked: readonly Span[]): Quote[] {
  const mine = (q: Quote) => q.speaker !== null && isWriterFirstPerson(text, structure, marked, q.speaker);
  if (!quotes.some(mine)) return quotes;
  if (!hasOpinionLabel(text) && voicedParagraphs(text, structure, marked) < VOICED_PARAGRAPHS) return quotes;
  const byline = bylineAuthor(text);
  return quotes.map((q) => (mine(q) ? { ...q, speaker: authorSpeaker(q.speaker!, byline) } : q));
}
