// A huge article (a book-length transcript, a scraped archive page, a file of many stories run together) is
// read window by window: the engine's memory grows with the text it holds at once, so windows of whole
// paragraphs keep it bounded whatever the file's size. Within a window everything runs as for an ordinary
// article; afterwards the mentions of all windows are linked again, so that "Putin" in the last window is
// still the "Vladimir Putin" of the first.
import type { ArticleStructure, Mention, Quote, Speaker } from './model';
import { linkMentions } from './articleLinks/linker';
import { packSpans } from './text/packSpans';

/** Articles up to this many characters are read whole (every article of the annotated news sets is). */
export const WINDOW = 65536;

/** What the engine found in one window. */
export interface WindowReading {
  entities: Mention[];
  quotes: Quote[];
}

/** The article's structure once per window of whole blocks (a block longer than a window is cut into pieces of its kind). */
export function articleWindows(text: string, structure: ArticleStructure): ArticleStructure[] {
  const groups = packSpans(text, structure.blocks, WINDOW, (b, piece) => ({ ...b, ...piece }));
  return groups.map((blocks) => {
    const holds = (s: { start: number } | null) => s !== null && blocks.some((b) => b.start <= s.start && s.start < b.end);
    return { ...structure, blocks, headline: holds(structure.headline) ? structure.headline : null, dateline: holds(structure.dateline) ? structure.dateline : null };
  });
}

/** The windows' findings as one article's: mentions linked across windows, speakers renamed to match. */
export function joinWindows(parts: readonly WindowReading[]): WindowReading {
  const linked = linkMentions(parts.flatMap((p) => p.entities.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text, role: m.role, known: m.name }))));
  const at = new Map(linked.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
  const quotes = parts.flatMap((p) => {
    // A window's entity id -> the mention it became, for that window's speakers.
    const renamed = new Map<string, Mention>();
    for (const m of p.entities) if (!renamed.has(m.entity)) renamed.set(m.entity, at.get(`${m.start}:${m.end}:${m.type}`) ?? m);
    return p.quotes.map((q) => (q.speaker ? { ...q, speaker: respeak(q.speaker, renamed) } : q));
  });
  return { entities: linked, quotes };
}

function respeak(s: Speaker, renamed: ReadonlyMap<string, Mention>): Speaker {
  const m = s.entity === null ? undefined : renamed.get(s.entity);
  return m ? { ...s, entity: m.entity, name: m.name } : s;
}
