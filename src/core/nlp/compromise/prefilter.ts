/**
 * A cheap test of whether a compromise match rule may match a sentence, run before compromise's own matcher
 * (which tries every start and copies the rest of the sentence each time). It must never say no where
 * compromise would find a match, and may say yes where it would not: it only spares the matcher.
 *
 * Each token of the rule becomes a step: a one-term test that is exact for the simple tokens (a word, a
 * tag, a list of words, a term method such as @hasComma, a choice among these; optional or repeated; a
 * plain negation) and "any run of terms, maybe none" for every other token (optional or repeated
 * negations, multi-word or fuzzy choices, "and" blocks, ".*", "foo*$"). The steps run as a
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

/** compromise's term methods ("@hasComma"), by name. */
export type TermMethods = Record<string, unknown>;

type Test = (term: Term, index: number, length: number) => boolean;

// Fields whose presence makes a token more than a one-term test this file knows.
const COMPLEX = ['negative', 'fuzzy', 'anything', 'choices', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense', 'root', 'id'];

const WILD: Step = { min: 0, many: true };

/** compromise's own test of a term against a word, a tag, a word list or a term method (its doesMatch, for these). */
function contentTest(reg: Reg, methods: TermMethods): ((term: Term) => boolean) | undefined {
  if (reg.word !== undefined) {
    const word = reg.word;
    if (reg.use !== undefined) {
      const field = reg.use;
      return (term) => term[field] === word;
    }
    return (term) => word === term.normal || word === term.text || (term.machine != null && term.machine === word) || term.alias?.includes(word) === true;
  }
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return (term) => term.tags.has(tag);
  }
  if (reg.method !== undefined) {
    const fn = methods[reg.method as string];
    return typeof fn === 'function' ? (term) => fn(term) === true : undefined;
  }
  if (reg.fastOr !== undefined) {
    const words = reg.fastOr;
    const pos = reg.pos;
    return (term) => (pos === undefined || term.tags.has(pos)) && (words.has(term.root || term.implicit || term.machine || term.normal) || words.has(term.text));
  }
  return undefined;
}

/** The one-term test of a token with no complex part, its anchors included (undefined: not such a token). */
function termTest(reg: Reg, methods: TermMethods): Test | undefined {
  if (COMPLEX.some((k) => reg[k] !== undefined && reg[k] !== false)) return undefined;
  const content = contentTest(reg, methods);
  if (!content) return undefined;
  const { start, end } = reg;
  return start || end ? (term, index, length) => (!start || index === 0) && (!end || index === length - 1) && content(term) : content;
}

/** "(#Noun|#Adjective)", "(said|told)+": one term passing any of the choices, each a plain one-term token. */
function choiceStep(reg: Reg, methods: TermMethods): Step {
  const choices = reg.choices as Reg[][];
  if (reg.operator !== 'or' || reg.negative || reg.fuzzy || reg.start || reg.end) return WILD;
  if (!choices.every((c) => Array.isArray(c) && c.length === 1)) return WILD;
  const tests = choices.map((c) => termTest(c[0], methods));
  if (tests.some((t) => !t)) return WILD;
  const ts = tests as Test[];
  return { test: (term, index, length) => ts.some((t) => t(term, index, length)), min: reg.optional ? 0 : 1, many: reg.greedy === true || choices.some((c) => c[0].greedy) };
}

function stepOf(reg: Reg, methods: TermMethods): Step {
  if (reg.choices !== undefined) return choiceStep(reg, methods);
  // "!#Verb": one term that does not pass (optional or repeated negations have their own ways in compromise).
  if (reg.negative && !reg.optional && !reg.greedy && !reg.start && !reg.end) {
    const content = termTest({ ...reg, negative: undefined }, methods);
    return content ? { test: (term, index, length) => !content(term, index, length), min: 1, many: false } : WILD;
  }
  const test = reg.end && reg.greedy ? undefined : termTest(reg, methods);
  return test ? { test, min: reg.optional ? 0 : 1, many: reg.greedy === true } : WILD;
}

export function shapeOf(regs: readonly Reg[], methods: TermMethods = {}): Shape | undefined {
  if (regs.length > 30) return undefined;
  const steps = regs.map((r) => stepOf(r, methods));
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
