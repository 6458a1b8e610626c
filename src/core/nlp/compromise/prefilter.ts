/**
 * A cheap test of whether a compromise match rule may match a sentence, run before compromise's own matcher
 * (which tries every start and copies the rest of the sentence each time). It must never say no where
 * compromise would find a match, and may say yes where it would not: it only spares the matcher.
 *
 * Each token of the rule becomes a step: a one-term test that is exact for the simple tokens (a word, a
 * tag, a list of words; optional or repeated) and "any run of terms, maybe none" for every other token
 * (negations, @methods, multi-word or fuzzy choices, "and" blocks, ".*", "foo*$"). The steps run as a
 * small automaton over the sentence from every start at once, one bitmask of live steps per term.
 * An implicit term (the "have" of "we've") may always be stepped over, as compromise's contraction skip does.
 * On news about seven in eight of the rules that pass compromise's own filters are turned away here.
 */

/** A token of a parsed compromise match, with only the fields read here. */
export interface Reg {
  tag?: string;
  word?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  optional?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  [other: string]: unknown;
}

/** A term as compromise's matcher reads it. */
export interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  implicit?: string;
  root?: string;
  tags: Set<string>;
  [other: string]: unknown;
}

/** One step of a rule: a one-term test (none: any term), how many terms at least (0 or 1), whether more. */
interface Step {
  test?: (term: Term, index: number, length: number) => boolean;
  min: 0 | 1;
  many: boolean;
}

/** The steps of one rule. */
export interface Shape {
  steps: Step[];
  /** Bit k set: step k may take no term. */
  skippable: number;
}

// Fields whose presence makes a token more than a simple one-term test.
const COMPLEX = ['negative', 'fuzzy', 'anything', 'choices', 'method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense', 'root', 'id'];

/** compromise's own test of a term against a word, tag or word list (its doesMatch, for these three). */
function contentTest(reg: Reg): ((term: Term) => boolean) | undefined {
  if (reg.word !== undefined) {
    const word = reg.word;
    if (reg.use !== undefined) {
      const field = reg.use;
      return (term) => term[field] === word;
    }
    return (term) => (term.machine != null && term.machine === word) || term.alias?.some((a) => a === word) === true || word === term.text || word === term.normal;
  }
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return (term) => term.tags.has(tag);
  }
  if (reg.fastOr !== undefined) {
    const words = reg.fastOr;
    const pos = reg.pos;
    return (term) => (pos === undefined || term.tags.has(pos)) && (words.has(term.root || term.implicit || term.machine || term.normal) || words.has(term.text));
  }
  return undefined;
}

function stepOf(reg: Reg): Step {
  const content = COMPLEX.some((k) => reg[k] !== undefined && reg[k] !== false) || (reg.end && reg.greedy) ? undefined : contentTest(reg);
  if (!content) return { min: 0, many: true };
  const { start, end } = reg;
  const test = start || end
    ? (term: Term, index: number, length: number) => (!start || index === 0) && (!end || index === length - 1) && content(term)
    : content;
  return { test, min: reg.optional ? 0 : 1, many: reg.greedy === true };
}

export function shapeOf(regs: readonly Reg[]): Shape | undefined {
  if (regs.length > 30) return undefined;
  const steps = regs.map(stepOf);
  let skippable = 0;
  steps.forEach((s, k) => {
    if (s.min === 0) skippable |= 1 << k;
  });
  return { steps, skippable };
}

/** Adds to `live` every step reachable by skipping steps that may take no term. */
function closure(live: number, skippable: number, n: number): number {
  for (let k = 0; k < n; k++) if (live & (1 << k) && skippable & (1 << k)) live |= 1 << (k + 1);
  return live;
}

/** Whether the rule may match somewhere in the sentence (never false where compromise would match). */
export function mayMatch(terms: readonly Term[], shape: Shape): boolean {
  const { steps, skippable } = shape;
  const n = steps.length;
  const done = 1 << n;
  let live = closure(1, skippable, n);
  if (live & done) return true;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    let next = term.implicit ? live : 0;
    for (let k = 0; k < n; k++) {
      if (!(live & (1 << k))) continue;
      const step = steps[k];
      if (step.test && !step.test(term, i, terms.length)) continue;
      next |= 1 << (k + 1);
      if (step.many) next |= 1 << k;
    }
    live = closure(next | 1, skippable, n);
    if (live & done) return true;
  }
  return false;
}
