import type { DocumentContext, TaggerView } from './taggerInput';

/** Counts of types per word, settled to the most frequent type. */
function majority(votes: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [word, counts] of votes) {
    let best = '';
    let n = 0;
    for (const [type, c] of counts) if (c > n || (c === n && type < best)) [best, n] = [type, c];
    out.set(word, best);
  }
  return out;
}

function vote(votes: Map<string, Map<string, number>>, word: string, type: string): void {
  const counts = votes.get(word) ?? new Map<string, number>();
  counts.set(type, (counts.get(type) ?? 0) + 1);
  votes.set(word, counts);
}

/** Reads, once per article, what every word does elsewhere in it (the first pass's labels aside). */
export function documentContext(sentences: readonly TaggerView[]): DocumentContext {
  const ctx: DocumentContext = { capitalisedMid: new Set(), writtenLower: new Set(), inLongerName: new Set(), ruleType: new Map(), headline: new Set() };
  const ruleVotes = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const mixed = !s.shouting;
    let run = 0;
    s.words.forEach((w, i) => {
      if (s.kind === 'headline') ctx.headline.add(w.lower);
      if (!w.noLetters && !w.cap) ctx.writtenLower.add(w.lower);
      if (mixed && w.cap && !w.initial) ctx.capitalisedMid.add(w.lower);
      run = mixed && w.cap ? run + 1 : 0;
      if (run >= 2) {
        ctx.inLongerName.add(w.lower);
        ctx.inLongerName.add(s.words[i - 1].lower);
      }
      if (s.rules[i]) vote(ruleVotes, w.lower, s.rules[i].slice(2));
    });
  }
  ctx.ruleType = majority(ruleVotes);
  return ctx;
}

/** The context of the second pass: the first's, plus what the first pass typed each word as across the article. */
export function withFirstPassContext(doc: DocumentContext, sentences: readonly TaggerView[]): DocumentContext {
  const passVotes = new Map<string, Map<string, number>>();
  const surnames = new Set<string>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const p = s.firstPass?.[i];
      if (!p) return;
      vote(passVotes, w.lower, p.slice(2));
      if (p.startsWith('L-') && p.endsWith('person')) surnames.add(w.lower);
    });
  }
  return { ...doc, firstPassType: majority(passVotes), firstPassSurname: surnames };
}
