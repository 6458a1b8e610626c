// Name variants of one person across the corpus: outlets write "Donald J. Trump" where others write "Donald
// Trump", and "Jason Marcel LeBlanc" for "Jason LeBlanc". A middle initial or middle name does not make another
// person, while different middles do ("George W. Bush" and "George H.W. Bush"); a bare "George Bush" then
// stays apart, since nothing in the name says which of them it is.
import { surnameOf } from '../text/linkKeys';

/** A person's full name split for comparison: given name + surname (the group key) and what stands between. */
export interface NameShape {
  key: string;
  middles: string[];
}

/** One written form of a person in a variant group, with how much the corpus uses it. */
export interface VariantForm {
  id: string;
  name: string;
  middles: string[];
  docs: number;
  mentions: number;
}

/**
 * The group key and middles of a person's name words ("donald j trump" -> "donald|trump", ["j"]); null for one
 * word. A suffix stays in the key: "Donald Trump Jr." is not "Donald Trump".
 */
export function nameShape(words: string[]): NameShape | null {
  if (words.length < 2) return null;
  const last = words.lastIndexOf(surnameOf(words));
  if (last < 1) return null;
  return { key: [words[0], ...words.slice(last)].join('|'), middles: words.slice(1, last) };
}

/** "j" and "john" agree (an initial and the name it stands for); "w" and "h" do not. */
function sameMiddle(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Whether two forms' middles can be one person's: one has none, or they agree word by word. */
export function middlesAgree(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  return a.length === b.length && a.every((w, i) => sameMiddle(w, b[i]));
}

/** The form the corpus uses most (articles, then mentions, then the fuller name, then the id): the group's name. */
function mostUsed(forms: VariantForm[]): VariantForm {
  return forms.reduce((best, f) => {
    const order = f.docs - best.docs || f.mentions - best.mentions || f.middles.length - best.middles.length || (f.id < best.id ? 1 : -1);
    return order > 0 ? f : best;
  });
}

/**
 * The form each variant is one with (id -> the id of the group's most used form); forms absent from the map
 * stand alone. Middles that disagree split the group: each set of agreeing middles is one person, and the
 * forms without a middle join none of them ("George Bush" beside "George W." and "George H.W.").
 */
export function variantTargets(forms: VariantForm[]): Map<string, string> {
  const targets = new Map<string, string>();
  if (forms.length < 2) return targets;
  const withMiddle = forms.filter((f) => f.middles.length);
  const clusters: VariantForm[][] = [];
  for (const f of withMiddle) {
    const home = clusters.find((c) => c.every((g) => middlesAgree(f.middles, g.middles)));
    if (home) home.push(f);
    else clusters.push([f]);
  }
  const bare = forms.filter((f) => !f.middles.length);
  if (clusters.length <= 1) clusters.splice(0, clusters.length, [...(clusters[0] ?? []), ...bare]);
  for (const cluster of clusters) {
    if (cluster.length < 2) continue;
    const head = mostUsed(cluster);
    for (const f of cluster) if (f !== head) targets.set(f.id, head.id);
  }
  return targets;
}

/** Why a form was joined to the group's name. */
export function variantDetail(form: string, canonical: string): string {
  return `'${form}' and '${canonical}' differ only by a middle name or initial; '${canonical}' is the form the corpus uses most`;
}
