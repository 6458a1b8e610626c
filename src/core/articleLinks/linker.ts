// Within-document linking: every mention gets the canonical (fullest) name of its entity and a stable id.
// People: a surname or shorter name takes the full name it ends ("Iravani" -> "Amir Saeid Iravani"), the
// nearest preceding one when two people share it. Organisations: acronyms take their expansion when the
// text gives it ("Mehr News Agency (MNA)") or their initials match a longer name in the article; names that
// differ by a place qualifier are one ("Supreme National Security Council" of Iran, qualifiedLinks.ts).
// All maps: linear in the number of mentions. Cross-document linking can reuse canonicalKey/entityId on
// these names.
import type { Mention } from '../model';
import { entityId } from './ids';
import { canonicalKey, contentWords, initials, keyWords } from '../text/nameKeys';
import { linkQualified } from './qualifiedLinks';
import type { RawMention } from './rawMention';
import { spaced, titleCase } from '../text/spacing';

export { canonicalKey, initials } from '../text/nameKeys';
export type { RawMention } from './rawMention';

/**
 * Links mentions of one article. `acronyms` maps an acronym key (canonicalKey) to the expansion the
 * article wrote beside it.
 */
export function linkMentions(raw: RawMention[], acronyms: Map<string, string> = new Map()): Mention[] {
  const sorted = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
  const names = sorted.map((m) => m.known ?? titleCaseIfShouted(m));
  linkPeople(sorted, names);
  linkOrganisations(sorted, names, acronyms);
  linkQualified(sorted, names);
  // One display form per key: the first mixed-case spelling seen.
  const display = new Map<string, string>();
  sorted.forEach((m, i) => {
    const key = `${m.type}|${canonicalKey(names[i])}`;
    const prev = display.get(key);
    if (!prev || (!/\p{Ll}/u.test(prev) && /\p{Ll}/u.test(names[i]))) display.set(key, names[i]);
  });
  return sorted.map((m, i) => {
    const name = display.get(`${m.type}|${canonicalKey(names[i])}`) ?? names[i];
    const out: Mention = { type: m.type, start: m.start, end: m.end, text: m.text, entity: entityId(m.type, name), name };
    if (m.role) out.role = m.role;
    return out;
  });
}

function titleCaseIfShouted(m: RawMention): string {
  const name = spaced(m.text);
  // Acronyms stay as they are; whole names written in capitals are shown in title case.
  return /\p{Ll}/u.test(name) || name.replace(/[^\p{L}]/gu, '').length <= 5 && m.type !== 'person' ? name : titleCase(name);
}

function linkPeople(ms: RawMention[], names: string[]): void {
  // Every proper suffix of a full name ("iravani", "saeid iravani") -> indices of the mentions that carry it.
  const bySuffix = new Map<string, number[]>();
  ms.forEach((m, i) => {
    if (m.type !== 'person') return;
    const ws = keyWords(names[i]);
    for (let k = 1; k < ws.length; k++) {
      const key = ws.slice(k).join(' ');
      const list = bySuffix.get(key);
      if (list) list.push(i);
      else bySuffix.set(key, [i]);
    }
  });
  ms.forEach((m, i) => {
    if (m.type !== 'person') return;
    const list = bySuffix.get(canonicalKey(names[i]));
    if (!list) return;
    // The nearest full name written before this mention, else the first one after it.
    let best = list[0];
    for (const j of list) if (j < i) best = j;
    names[i] = names[best];
  });
}

function linkOrganisations(ms: RawMention[], names: string[], acronyms: Map<string, string>): void {
  const byInitials = new Map<string, string>();
  ms.forEach((m, i) => {
    if (m.type !== 'organization') return;
    if (contentWords(names[i]).length >= 2) byInitials.set(initials(names[i]), names[i]);
  });
  ms.forEach((m, i) => {
    if (m.type !== 'organization' || m.known) return;
    const key = canonicalKey(m.text);
    const expansion = acronyms.get(key) ?? (/^\p{Lu}[\p{Lu}.&]+$/u.test(m.text) ? byInitials.get(key.replace(/&/g, '')) : undefined);
    if (expansion) names[i] = expansion;
  });
}
