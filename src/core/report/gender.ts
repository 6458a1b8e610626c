// The gender of a quoted person, read from the corpus's own words, strongest evidence first: the pronouns
// the articles use for the person (he/she as a quote's speaker, resolved to them), then an honorific written
// before a mention ("Mrs."), then a gendered title ("chairwoman"), then the given name in the tagger's
// first-name lists. Anything else stays "unknown": nothing is guessed.
import type { CorpusQueries } from '../corpus/types';
import { honorificGender, roleWordGender, type GenderMark } from '../nlp/genderWords';
import type { Gender, GenderGuess, GenderMethod } from './types';

/** Which first-name lists hold a given name (lower case): 'both' when it is on each. */
export type GivenNameLookup = (lowerFirstName: string) => 'female' | 'male' | 'both' | 'none';

/** What the articles say about one person; each entry is one piece of evidence, as written. */
export interface GenderEvidence {
  pronouns: string[];
  honorifics: string[];
  titles: string[];
  /** The person's name, for the given-name step. */
  name: string;
}

export const GENDER_METHOD_NOTE = 'Gender of quoted people is read from the articles only, in this order: the pronouns an article uses ' +
  'for the person (he/she as the speaker of a quote, resolved to them); an honorific before a mention (Mr., Mrs., Ms.); a gendered ' +
  'title (chairwoman, congressman, queen); the given name in the first-name lists of the entity model (a name on both lists is not used). ' +
  'Conflicting evidence goes to the majority; a tie, or no evidence, stays unknown. Nothing is inferred beyond that.';

const PRONOUN_GENDER: Record<string, GenderMark> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

/** The gender a written pronoun gives ("He" -> m), or null for any other words. */
export function pronounGender(written: string): GenderMark | null {
  return PRONOUN_GENDER[written.trim().toLowerCase()] ?? null;
}

// Honorifics are capitalised: "did not miss Smith" has none.
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{1,4})\.?\s+$/u;

/** The honorific written just before `start` ("Mrs. " + name), or null. */
export function honorificBefore(text: string, start: number): string | null {
  const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  return m && honorificGender(m[1]) ? m[1] : null;
}

/** Evidence marks of one kind, counted by gender. */
function tally(items: string[], markOf: (s: string) => GenderMark | null): { f: string[]; m: string[] } {
  const out = { f: [] as string[], m: [] as string[] };
  for (const s of items) {
    const g = markOf(s);
    if (g) out[g].push(s);
  }
  return out;
}

/** "'she' ×3" for the distinct words of a list, most frequent first. */
function described(words: string[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => `'${w}'${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

const GENDER: Record<GenderMark, Gender> = { f: 'female', m: 'male' };

/** The majority of one kind of evidence, a tie as unknown; null when there is none of that kind. */
function majority(method: GenderMethod, where: string, marks: { f: string[]; m: string[] }): GenderGuess | null {
  const { f, m } = marks;
  if (!f.length && !m.length) return null;
  const both = f.length && m.length ? ` against ${described(f.length > m.length ? m : f)}` : '';
  if (f.length === m.length) return { gender: 'unknown', method, evidence: `${method}: ${described(f)} and ${described(m)} ${where}, a tie` };
  const won = f.length > m.length ? 'f' : 'm';
  return { gender: GENDER[won], method, evidence: `${method}: ${described(marks[won])}${both} ${where}` };
}

const titleWordsGender = (title: string): GenderMark | null => {
  const marks = title.toLowerCase().split(/[^\p{L}]+/u).map(roleWordGender).filter((g): g is GenderMark => g !== null);
  return marks.length && marks.every((g) => g === marks[0]) ? marks[0] : null;
};

/** Decides from the evidence, strongest kind first. */
export function decideGender(e: GenderEvidence, givenName?: GivenNameLookup): GenderGuess {
  const byPronoun = majority('pronoun', 'for this person', tally(e.pronouns, pronounGender));
  if (byPronoun) return byPronoun;
  const byHonorific = majority('honorific', 'before a mention', tally(e.honorifics, honorificGender));
  if (byHonorific) return byHonorific;
  const byTitle = majority('title', 'written with the name', tally(e.titles, titleWordsGender));
  if (byTitle) return byTitle;
  const words = e.name.trim().split(/\s+/);
  // A single word is usually a surname ("Jordan"), which says nothing about a given name.
  const first = words.length > 1 ? words[0] : '';
  const listed = first && givenName ? givenName(first.toLowerCase()) : 'none';
  if (listed === 'female' || listed === 'male') return { gender: listed, method: 'given name', evidence: `given name: '${first}' is on the ${listed} first-name list` };
  const why = listed === 'both' ? `given name '${first}' is on both first-name lists` : 'no pronoun, honorific, title or listed given name';
  return { gender: 'unknown', method: 'none', evidence: why };
}

/** What the corpus's annotations say about one person (every article, not only the report's). */
export function genderEvidence(corpus: CorpusQueries, id: string, text?: (path: string) => string | undefined): GenderEvidence {
  const e: GenderEvidence = { pronouns: [], honorifics: [], titles: [], name: corpus.entity(id)?.name ?? '' };
  // A quote joined to another shares its speaker span: count each written pronoun once.
  const seen = new Set<string>();
  for (const q of corpus.quotesBy(id)) {
    const s = q.speaker;
    if (!s || seen.has(`${q.path}\u0000${s.start}`)) continue;
    seen.add(`${q.path}\u0000${s.start}`);
    if (pronounGender(s.text)) e.pronouns.push(s.text.toLowerCase());
    else if (q.speakerLink && titleWordsGender(s.text)) e.titles.push(s.text);
  }
  for (const group of corpus.appearances(id)) {
    const full = text?.(group.article.path);
    for (const a of group.appearances) {
      const written = full ? honorificBefore(full, a.start) : null;
      const inMention = a.text.split(/\s+/)[0];
      if (written) e.honorifics.push(written);
      else if (a.text.includes(' ') && /^\p{Lu}/u.test(inMention) && honorificGender(inMention)) e.honorifics.push(inMention);
    }
  }
  for (const r of corpus.roles(id)) e.titles.push(r.role);
  return e;
}

/** The gender of one person entity, with the method and the evidence read. */
export function personGender(corpus: CorpusQueries, id: string, options: { text?: (path: string) => string | undefined; givenName?: GivenNameLookup } = {}): GenderGuess {
  return decideGender(genderEvidence(corpus, id, options.text), options.givenName);
}
