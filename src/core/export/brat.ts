// brat standoff (https://brat.nlplab.org/standoff.html): for each document a copy of its text (`.txt`) and
// its annotations (`.ann`), plus annotation.conf and visual.conf at the top so brat knows the types.
//  - T lines: Person, Organization, Location, Misc for mentions; Quote for quotes; Source for a speaker
//    written as a pronoun or description ("He", "the Russian envoy") rather than as a name.
//  - R lines: Speaker Arg1:<quote> Arg2:<speaker>; A lines: the quote's kind; # lines: entity ids.
// Offsets: brat is Python, so its offsets count code points, not JavaScript's UTF-16 units; an astral
// character (an emoji, 𝒳) is one brat character but two here. brat also reads text with universal
// newlines, so the .txt copy has every line break written as "\n" and offsets count against that copy.
// A span crossing a line break is written as fragments ("10 20;21 30"), since an .ann line cannot hold one.
import type { EntityType, Span } from '../model';
import type { ExportDocument, ExportFile } from './types';

export const BRAT_TYPES: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Location', misc: 'Misc' };

export const ANNOTATION_CONF = `# NewsLens export: entities, quotes and who said them.
[entities]
Person
Organization
Location
Misc
Quote
Source

[relations]
Speaker\tArg1:Quote, Arg2:Person|Organization|Location|Misc|Source
<OVERLAP>\tArg1:Quote, Arg2:<ANY>, <OL-TYPE>:<ANY>
<OVERLAP>\tArg1:<ANY>, Arg2:Quote, <OL-TYPE>:<ANY>

[events]

[attributes]
Kind\tArg:Quote, Value:direct|indirect
`;

export const VISUAL_CONF = `[labels]
Person | Person | PER
Organization | Organization | ORG
Location | Location | LOC
Misc | Misc | MISC
Quote | Quote | Q
Source | Source | SRC
Speaker | Speaker

[drawing]
Person\tbgColor:#7fb2ff
Organization\tbgColor:#d4a5e8
Location\tbgColor:#a8d98a
Misc\tbgColor:#d9d9d9
Quote\tbgColor:#fff2b0
Source\tbgColor:#ffd9a0
`;

/** The text as brat reads it (line breaks as "\n") and a map from a UTF-16 offset of the original to a brat offset. */
export function bratText(text: string): { text: string; offset: (utf16: number) => number } {
  const map = new Uint32Array(text.length + 1);
  let out = '';
  let chunkStart = 0;
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c === 13) {
      out += text.slice(chunkStart, i);
      if (text.charCodeAt(i + 1) === 10) {
        // "\r\n" is one "\n": the "\r" and the "\n" both map to it.
        map[++i] = cp;
      }
      out += '\n';
      chunkStart = i + 1;
      cp++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  out += text.slice(chunkStart);
  return { text: out, offset: (u) => map[u] };
}

/** A span cut at line breaks into brat ranges ("10 20;21 30") and the text brat expects (fragments joined by spaces). */
function fragments(text: string, span: Span, offset: (u: number) => number): { ranges: string; text: string } | undefined {
  const parts: [number, number][] = [];
  const breaks = /\r\n|[\r\n]/g;
  breaks.lastIndex = span.start;
  let from = span.start;
  for (let m = breaks.exec(text); m && m.index < span.end; m = breaks.exec(text)) {
    if (m.index > from) parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (span.end > from) parts.push([from, span.end]);
  if (!parts.length) return undefined;
  return {
    ranges: parts.map(([a, b]) => `${offset(a)} ${offset(b)}`).join(';'),
    text: parts.map(([a, b]) => text.slice(a, b)).join(' '),
  };
}

/** The .txt copy and .ann of each document, and the two configuration files. */
export function toBrat(docs: readonly ExportDocument[]): ExportFile[] {
  const files: ExportFile[] = [{ path: 'annotation.conf', content: ANNOTATION_CONF }, { path: 'visual.conf', content: VISUAL_CONF }];
  for (const d of docs) {
    const base = d.name.replace(/\.[^./]*$/, '');
    const copy = bratText(d.text);
    files.push({ path: `${base}.txt`, content: copy.text }, { path: `${base}.ann`, content: annLines(d, copy).join('') });
  }
  return files;
}

function annLines(d: ExportDocument, copy: { text: string; offset: (u: number) => number }): string[] {
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let note = 0;
  const bySpan = new Map<string, string>();
  const addT = (type: string, span: Span): string | undefined => {
    const f = fragments(d.text, span, copy.offset);
    if (!f) return undefined;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${f.ranges}\t${f.text}\n`);
    return id;
  };
  for (const m of d.annotations.entities) {
    const id = addT(BRAT_TYPES[m.type], m);
    if (!id) continue;
    bySpan.set(`${m.start}:${m.end}`, id);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${m.entity}${m.role ? ` | ${m.role.replace(/\s+/g, ' ')}` : ''}\n`);
  }
  for (const q of d.annotations.quotes) {
    const id = addT('Quote', q);
    if (!id) continue;
    lines.push(`A${++a}\tKind ${id} ${q.kind}\n`);
    const s = q.speaker;
    if (!s) continue;
    let speaker = bySpan.get(`${s.start}:${s.end}`);
    if (!speaker && s.end > s.start) {
      speaker = addT('Source', s);
      // An unresolved speaker ("he", "officials") has nothing to note beyond its span.
      const who = s.entity ?? s.name?.replace(/\s+/g, ' ');
      if (speaker) bySpan.set(`${s.start}:${s.end}`, speaker);
      if (speaker && who) lines.push(`#${++note}\tAnnotatorNotes ${speaker}\t${who}\n`);
    }
    if (speaker) lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${speaker}\n`);
    // A speaker the text never writes (set by a correction) has no span to point at: a note says who.
    else lines.push(`#${++note}\tAnnotatorNotes ${id}\tspeaker: ${(s.name ?? '').replace(/\s+/g, ' ')}${s.entity ? ` (${s.entity})` : ''}\n`);
  }
  return lines;
}
