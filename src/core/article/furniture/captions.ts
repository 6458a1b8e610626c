// Photo captions and credits. Their names are the photographer's and the agency's, or the caption's subject
// written as a picture label: none of it is the article's news text.

import { endsWithCredit, isCreditLine } from './credits';
import type { FurniturePattern } from './pattern';

/** Words left in a credit after its label: "Photo courtesy of the Trump campaign" is a sentence, not a credit. */
const CREDIT_REST = /^(?:[\p{Lu}(][\p{L}'’.&/)-]*|via|for|of|and|the|de|van|von|\/)$/u;

/** "Photo by Jane Doe/Getty Images", "Courtesy of NASA": a label, then only credit-shaped words. */
function isLabelledCredit(line: string): boolean {
  const m = /^\(?\s*(?:(?:Photo(?:graph)?s?|Image|Picture|Illustration|Video)\s+(?:by|courtesy(?:\s+of)?|credit:?)|Courtesy(?:\s+of)?)\s+(.+?)\s*\)?\.?$/i.exec(line);
  if (!m) return false;
  const rest = m[1].split(/\s+/);
  return rest.length <= 12 && rest.every((w) => CREDIT_REST.test(w));
}

export const CAPTIONS: readonly FurniturePattern[] = [
  // "FILE PHOTO: U.S. President ... in Washington, U.S., May 1, 2018." (Reuters' caption of an archive picture)
  { name: 'file photo caption', match: /^(?:FILE PHOTO|File [Pp]hoto)\s*[:\-–—]/ },
  // "Photo: Jane Doe", "Image caption: Protesters ...", "Credit: AP", "Source: Weather Services Corporation"
  { name: 'caption label', match: /^(?:Photo(?:graph)?s?|Image|Picture|Illustration|Caption|Credit|Source)(?:\s+(?:credit|caption|copyright))?\s*:/i },
  // "Image copyright Getty Images", "Media caption The minister spoke ..." (captions of embedded media)
  { name: 'media caption', match: /^(?:Image|Media|Video)\s+(?:copyright|caption)\b/i },
  // "Photo by Jane Doe/Getty Images", "(Photo courtesy of NASA)"
  { name: 'labelled credit', match: isLabelledCredit },
  // "REUTERS/Jane Doe", "Jane Doe/CBC", "(Jane Doe/AFP/Getty Images.)", "Scott Olson via Getty Images.", "Getty."
  { name: 'photo credit', match: isCreditLine },
  // "Protesters in Ottawa. (REUTERS/Jane Doe)", "... May 1, 2018. REUTERS/Jane Doe/File Photo"
  { name: 'caption with credit', match: endsWithCredit },
  // "Getty Images Kevin Vickers, the Serjeant-at-Arms, ...", "Getty ImagesRepublican candidates ..." (a credit
  // glued to the front of its caption); "Getty Images said on Monday" is news about the company.
  { name: 'caption after credit', match: /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:via\s+)?(?:Getty|GETTY)\s*(?:Images|IMAGES)\s*\p{Lu}/u },
];
