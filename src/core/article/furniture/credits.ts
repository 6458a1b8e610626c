// The shape of a photo credit ("REUTERS/Jane Doe", "Jane Doe/AFP/Getty Images", "Scott Olson via Getty Images"),
// so that captions and credits are found by how they are written, not by whose names they hold.

import { isPersonName } from './names';

/** Layout words of picture credits: "Getty Images", "AP Photo", "Handout", "Pool", "File Photo". */
const LAYOUT_WORD = /\b(?:getty|images|photos?|photograph(?:er|y)?|pictures|file|pool|handout|staff|courtesy|stringer)\b/i;

/** A word of a credit: capitalised ("AFP", "McCool", "B.") or a linking word ("Getty Images for Tribeca"). */
const CREDIT_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|via|for|of|and|the|de|del|van|von|al)$/u;

function isCreditPart(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(part) && words.every((w) => CREDIT_WORD.test(w));
}

/** The credit without its wrapping: "(REUTERS/Jane Doe.)" → "REUTERS/Jane Doe"; "Photo by X" → "X". */
function unwrap(text: string): string {
  return text.trim().replace(/^\(\s*|\s*\)?\.?\s*\)?\.?$/g, '').replace(/^(?:Photo(?:graph)?s?\s*(?:by|:)|Credit\s*:)\s*/i, '');
}

/** "Jane Doe/CBC", "REUTERS/Jane Doe/File Photo": parts between slashes; null if not that shape. */
function slashParts(text: string): string[] | null {
  const parts = text.split(/\s*\/\s*/);
  return parts.length >= 2 && parts.every(isCreditPart) ? parts : null;
}

/**
 * A credit: a layout word ("Getty Images", "Handout", "File Photo"), or a person's name beside a one-word
 * agency ("REUTERS/Jane Doe", "Jane Doe/CBC"). Poll and party pairs stay text: "(Reuters/Ipsos)", "(CNN/ORC)",
 * "(Washington Post/ABC News)", "CDU / CSU SPD FDP Greens PDS".
 */
export function isCredit(text: string): boolean {
  const inner = unwrap(text);
  // "(Photo by Jane Doe)", "(Photo: AP)": labelled, so any credit-shaped words will do.
  if (/^\(?\s*(?:Photo(?:graph)?s?\s*(?:by|:)|Credit\s*:)/i.test(text.trim())) return inner.split(/\s*\/\s*/).every(isCreditPart);
  const parts = slashParts(inner);
  if (!parts) return false;
  if (LAYOUT_WORD.test(inner)) return true;
  return parts.some(isPersonName) && parts.some((p) => !p.includes(' '));
}

/** A whole line that is a credit: the shapes above, "Scott Olson via Getty Images.", "Getty.", "AP Photo". */
export function isCreditLine(line: string): boolean {
  if (isCredit(line)) return true;
  const text = unwrap(line);
  const via = /^(.+?)\s+via\s+(.+)$/.exec(text);
  if (via) return isCreditPart(via[1]) && isCreditPart(via[2]) && LAYOUT_WORD.test(text);
  return isCreditPart(text) && (/\bgetty\b/i.test(text) || /\s(?:Photos?|Images|Pictures|PHOTOS?|IMAGES)$/.test(text));
}

/**
 * A caption whose last words are its credit: "Crowds gather in Ottawa. (REUTERS/Jane Doe)",
 * "... May 1, 2018. REUTERS/Jane Doe/File Photo", "Kevin Vickers (Photo by Jane Doe/Getty Images)".
 */
export function endsWithCredit(line: string): boolean {
  const paren = /\(([^()]{3,90})\)\.?$/.exec(line);
  if (paren && paren.index > 0) return isCredit(paren[0]);
  const bare = /[.!?]\s+([^.!?]{3,90})$/.exec(line);
  return bare !== null && isCredit(bare[1]);
}
