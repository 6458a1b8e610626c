// Context evidence for the type of a name, read from the words around it (bounded looks, so linear):
// person cues ("striker Shearer", "Duran, 45,", "said Hill"), organisation cues ("tyre giant Pirelli",
// "Ontario-based Magna", "Magna shares", "Comelf said it"), place cues ("town of Moengo", "Lockerbie, Scotland"),
// and the shapes of sports copy (result and standings lines, team names).
import type { EntityType } from '../model';
import { NAME_EVIDENCE } from './cueLexicon';
import { BODY_AFTER, BODY_NOUNS, DEMONYMS, DIRECTIONS, PEOPLES, PERSON_NOUNS, lookupKnown } from './gazetteer';
import type { Word } from './words';

// "town of Moengo", "capital Morelia", "east of Longyear".
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'capital', 'province', 'district', 'region', 'state', 'island', 'port', 'suburb', 'county', 'township', 'municipality', 'area', 'hamlet', 'enclave', 'outskirts', 'resort']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outside', 'near']);
const PLAIN = /^[ \t\u00a0]+$/;
// In sports copy, "Chelsea defender", "Surrey captain", "Leeds fans": the name is the club.
const SQUAD_AFTER = new Set(['defender', 'striker', 'midfielder', 'goalkeeper', 'forward', 'winger', 'hooker', 'fullback', 'flanker', 'captain', 'coach', 'manager', 'player', 'players', 'fans', 'supporters', 'side', 'team', 'squad', 'line', 'pack', 'skipper', 'batsman', 'bowler', 'pitcher', 'shortstop', 'outfielder', 'catcher']);

/** What the words around a name say: a type, and how much that is worth (1 weak, 3 as good as a gazetteer). */
export interface ContextCue {
  type: EntityType;
  weight: number;
}

const cue = (type: EntityType, weight = 3): ContextCue => ({ type, weight });

/** The type the words around words[first..last] point to, or null when they say nothing. */
export function contextCue(text: string, words: Word[], first: number, last: number, sports = false): ContextCue | null {
  const before = words[first - 1];
  const after = words[last + 1];
  const name = words[last];
  const glued = (w: Word | undefined, next: Word) => !!w && PLAIN.test(next.gap) && !w.cap;
  if (glued(before, words[first])) {
    // Cricket scorecards: "c Stewart b Gough", "st Kaluwitharana".
    if (PERSON_NOUNS.has(before.lower) || /^(?:b|c|st|lbw)$/.test(before.text) || /-(?:seeded|year-old|time)$/.test(before.lower)) return cue('person');
    if (BODY_NOUNS.has(before.lower) || /-based$/.test(before.lower)) return cue('organization');
    const two = words[first - 2];
    if (before.lower === 'of' && two && !two.cap && (PLACE_NOUNS.has(two.lower) || COMPASS.has(two.lower))) return cue('place');
    if (PLACE_NOUNS.has(before.lower) && before.lower !== 'state') return cue('place');
  }
  const rest = text.slice(name.end, name.end + 24);
  // An age in apposition: "Duran, 45, takes on ...".
  if (/^(?:['’]s)?,[ \t\u00a0]+\d{1,2},/.test(rest) && !name.poss) return cue('person');
  // "Lockerbie, Scotland": a name followed by the country or region it lies in.
  const where = /^,[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}\p{L}+)?)/u.exec(rest);
  if (where && !name.poss) {
    const k = lookupKnown(where[1]);
    if (k?.type === 'place' && k.kind !== 'city') return cue('place');
  }
  if (after && !after.cap) {
    if (NAME_EVIDENCE.has(after.lower)) {
      const next = words[last + 2];
      const third = words[last + 3];
      if (next && (next.lower === 'it' || next.lower === 'its' || next.lower === 'in' && third?.lower === 'a')) return cue('organization');
      // Companies and agencies speak too: worth little.
      return cue('person', 1);
    }
    if (BODY_AFTER.has(after.lower) || sports && SQUAD_AFTER.has(after.lower)) return cue('organization');
    if (name.poss && words[last + 2] && !words[last + 2].cap && BODY_AFTER.has(words[last + 2].lower)) return cue('organization');
  }
  // ', said Hill.' / '"..." said Eyles'.
  if (before && before.lower === 'said' && (!after || !PLAIN.test(after.gap))) return cue('person', 1);
  return null;
}

/** A people, faith or group word ("Serbs", "Moslem", "South Korean"): a named group, not an entity. */
export function isGroupName(ws: Word[]): boolean {
  const last = ws[ws.length - 1];
  if (!isGroupWord(last.text)) return false;
  return ws.slice(0, -1).every((w) => DIRECTIONS.has(w.lower) || isGroupWord(w.text));
}

function isGroupWord(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLES.has(w) || DEMONYMS.has(w)) return true;
  // Plurals of demonyms: "Azeris", "Chechens", "Americans".
  return w.length > 4 && w.endsWith('s') && DEMONYMS.has(w.slice(0, -1));
}
