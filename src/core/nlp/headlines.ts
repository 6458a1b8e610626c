// Attribution in headlines and lists of related headlines, read from the text alone (those lines may not have
// been tagged): `Assad: US presence "illegal"`, `Putin: Tehran to decide`, `Russia's Putin says X`,
// `Israel cannot affect cooperation: Iran security official`.

import type { Block, Quote, Speaker, Span } from '../model';
import { HEADLINE_CUES } from './cueLexicon';
import { resolveName, type SpeakerResolver } from './speakers';

// Labels that head a headline without being anyone who speaks.
const GENRE = /^(analysis|opinion|editorial|update|updated|breaking|exclusive|watch|video|photos?|live|explainer|factbox|timeline|q&a|review|comment|commentary|interview|read more|related|news|read|see|also|more|listen|podcast|fact check|correction)$/i;
const LABEL = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|al|de|van|von)(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|al|de|van|von)){0,4})\s*:\s+/u;
// `Russia's Putin says X`: a name, a cue of the headline's tense ("says", "told", "calls for"), the content.
const SAYS = new RegExp(String.raw`^((?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,4})\s+(${[...HEADLINE_CUES].join('|')})\s+(.+)$`, 'u');
const TRAILING = /:\s+((?:[\p{L}\p{M}'’.-]+)(?:\s+[\p{L}\p{M}'’.-]+){0,4})\s*$/u;

export interface HeadlineAttribution {
  speaker: Span;
  cue: Span;
  content: Span;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!?"“”'‘’]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The attribution a headline line makes, if any (offsets into text). */
export function headlineAttribution(text: string, block: Block): HeadlineAttribution | null {
  const line = text.slice(block.start, block.end);
  const label = LABEL.exec(line);
  if (label && !GENRE.test(label[1]) && label[0].length < line.length) {
    const colon = block.start + line.indexOf(':', label[1].length);
    return {
      speaker: { start: block.start, end: block.start + label[1].length },
      cue: { start: colon, end: colon + 1 },
      content: trimmed(text, block.start + label[0].length, block.end),
    };
  }
  const says = SAYS.exec(line);
  if (says) {
    const cueStart = block.start + says[1].length + 1;
    return {
      speaker: { start: block.start, end: block.start + says[1].length },
      cue: { start: cueStart, end: cueStart + says[2].length },
      content: trimmed(text, cueStart + says[2].length, block.end),
    };
  }
  const trailing = TRAILING.exec(line);
  if (trailing && trailing.index > 15 && !GENRE.test(trailing[1]) && !/["“”]/.test(line)) {
    const start = block.start + line.length - trailing[0].length + trailing[0].indexOf(trailing[1]);
    const colon = block.start + trailing.index;
    return {
      speaker: { start, end: start + trailing[1].length },
      cue: { start: colon, end: colon + 1 },
      content: trimmed(text, block.start, colon),
    };
  }
  return null;
}

/** A Speaker for a headline's source span, linked to an entity when the article names it. */
export function headlineSpeaker(r: SpeakerResolver, text: string, span: Span): Speaker {
  const written = text.slice(span.start, span.end);
  const { name, entity } = resolveName(r, span, written.replace(/['’]s$/, ''));
  return { start: span.start, end: span.end, text: written, entity, name, reason: `headline source '${written}'${name !== written ? ` -> ${name}` : ''}` };
}

/** Indirect quotes of headline lines whose content is not in quote marks. */
export function headlineIndirectQuotes(r: SpeakerResolver, text: string, blocks: Block[], direct: Span[]): Quote[] {
  const out: Quote[] = [];
  for (const block of blocks) {
    if (block.kind !== 'headline' && block.kind !== 'related') continue;
    const a = headlineAttribution(text, block);
    if (!a || a.content.end - a.content.start < 8) continue;
    if (direct.some((q) => q.start < block.end && block.start < q.end)) continue;
    out.push({
      kind: 'indirect', start: a.content.start, end: a.content.end, text: text.slice(a.content.start, a.content.end),
      speaker: headlineSpeaker(r, text, a.speaker),
      cue: { ...a.cue, text: text.slice(a.cue.start, a.cue.end) },
      rule: 'headline-colon',
    });
  }
  return out;
}
