// The lexicon of verbs that attribute speech in news ("cues"): one record per lemma, holding everything the rules
// know about the verb. Every list the rules read (verbs of saying, verbs that take a hearer, the forms a headline
// uses, ...) is derived from these records below, and every inflection is generated from its record, so a fact
// about a verb is written in one place.
//
// Kinds: verbs of saying ("said", "told", "warned") attribute direct quotes and reported clauses; verbs of
// thinking ("believes") attribute reported clauses only; verbs of stance ("criticized", "cited", "defended")
// attribute what their subject said about something (their object), as news attribution annotation does; verbs of
// finding ("polls show", "records indicate") attribute what documents and polls report. A word with no kind is
// only a hedge ("appears to", "is rumored to").
//
// Forms come from the regular -s/-ed/-ing rules and the record's irregular forms. (compromise's conjugator was
// measured for this: through nlp(...).verbs().conjugate() about 7 ms a verb, some 2 s at load for this lexicon,
// and nothing at all for verbs it does not tag as verbs when alone, e.g. "shrug", "quip", "tout"; its lower-level
// transform takes microseconds but gives "quip", "tout", "rip" as past tenses and "snaping", "slam", "rebut" as
// gerunds. Hence the rules in formsOf.)

export type CueKind = 'speech' | 'thought' | 'stance' | 'finding';

/** A slot of the paradigm: "say", "says", "said" (past), "said" (participle), "saying". */
export type Slot = 'base' | 's' | 'past' | 'participle' | 'ing';

export interface CueEntry {
  lemma: string;
  /** What the verb attributes; empty for a word that is only a hedge. */
  kinds: readonly CueKind[];
  /** "told reporters that": a hearer may stand between the verb and "that" (its content). */
  hearer?: true;
  /**
   * "told Trump": the phrase right after the verb is its object, never an inverted subject (as in `“...,” said
   * Trump`). Defaults to hearer: `“...,” warned Clinton` and `“...,” promised Trump` are inversions.
   */
  objectFirst?: boolean;
  /** "was told", "was asked": in the passive its subject is the one spoken to. Defaults to true. */
  passive?: false;
  /** It takes reported speech without "that" ("said Russia is resolved ..."). */
  bare?: true;
  /** For a verb of saying: its object is not what was said ("said so", "told reporters", "added to"). */
  objectSaid?: false;
  /** It attributes only with one of these words after it ("pointed out", "railed against", "went on"). */
  particles?: readonly string[];
  /** It doubles its last consonant before -ed and -ing (admitted, admitting). */
  doubles?: true;
  /** Irregular forms, each replacing the regular form of its slot; the participle defaults to the past. */
  s?: string;
  past?: readonly string[];
  participle?: readonly string[];
  ing?: readonly string[];
  /**
   * A hedge of the sentence's own verb with no source: 'passive' for "is expected to", "are projected to";
   * 'active' for "appears to", "seemed to".
   */
  hedge?: 'passive' | 'active';
  /** Forms the tagger sometimes takes for nouns or adjectives but that report speech in news ("said", "notes"). */
  alwaysVerb?: readonly Slot[];
  /** Forms that attribute in a headline ("Putin says ..."); a slot may name a particle after it ("s for": "calls for"). */
  headline?: readonly string[];
  /** Forms after a name that are evidence it names someone who speaks ("Hill said", "Magna said it"). */
  nameEvidence?: readonly Slot[];
  /** Forms that open a fronted phrase before the subject ("Referring to ..., X said", "Asked about ..., X said"). */
  fronts?: readonly Slot[];
}

const S = ['speech'] as const;
const T = ['thought'] as const;
const ST = ['stance'] as const;

/** Every lemma, once. */
export const CUE_ENTRIES: readonly CueEntry[] = [
  // Verbs of saying.
  { lemma: 'say', kinds: S, bare: true, objectSaid: false, past: ['said'], passive: false, alwaysVerb: ['past', 's', 'ing'], headline: ['s', 'past'], nameEvidence: ['past', 's'] },
  { lemma: 'tell', kinds: S, hearer: true, bare: true, objectSaid: false, past: ['told'], alwaysVerb: ['past', 's', 'ing'], headline: ['s', 'past'], nameEvidence: ['past'] },
  { lemma: 'add', kinds: S, bare: true, objectSaid: false, alwaysVerb: ['past', 's', 'ing'], nameEvidence: ['past'] },
  { lemma: 'note', kinds: S, bare: true, objectSaid: false, alwaysVerb: ['past', 's', 'ing'], nameEvidence: ['past'], fronts: ['ing'] },
  { lemma: 'argue', kinds: S, bare: true, alwaysVerb: ['past', 's', 'ing'], nameEvidence: ['past'] },
  { lemma: 'warn', kinds: S, hearer: true, objectFirst: false, bare: true, alwaysVerb: ['past', 's', 'ing'], headline: ['s'] },
  { lemma: 'claim', kinds: S, bare: true, alwaysVerb: ['past'], headline: ['s'] },
  { lemma: 'stress', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'emphasize', kinds: S, bare: true },
  { lemma: 'emphasise', kinds: S, bare: true },
  { lemma: 'urge', kinds: ['speech', 'stance'], objectFirst: true, headline: ['s'] },
  { lemma: 'ask', kinds: S, alwaysVerb: ['past', 's'], nameEvidence: ['past'], fronts: ['past'] },
  { lemma: 'write', kinds: S, bare: true, objectSaid: false, past: ['wrote'], participle: ['written'], alwaysVerb: ['past', 's'], nameEvidence: ['past'] },
  { lemma: 'tweet', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'explain', kinds: S, bare: true, alwaysVerb: ['past', 's', 'ing'], nameEvidence: ['past'] },
  { lemma: 'insist', kinds: S, bare: true, alwaysVerb: ['past', 's', 'ing'], headline: ['s'], nameEvidence: ['past'] },
  { lemma: 'declare', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'announce', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'state', kinds: S, bare: true, objectSaid: false, nameEvidence: ['past'] },
  { lemma: 'acknowledge', kinds: ['speech', 'thought', 'stance'], bare: true, alwaysVerb: ['past'] },
  { lemma: 'admit', kinds: S, bare: true, doubles: true },
  { lemma: 'concede', kinds: S, bare: true },
  { lemma: 'recall', kinds: S, bare: true, objectSaid: false, alwaysVerb: ['past', 's'] },
  { lemma: 'reply', kinds: S, objectSaid: false, alwaysVerb: ['past'], nameEvidence: ['past'] },
  { lemma: 'respond', kinds: S, objectSaid: false, alwaysVerb: ['past'], fronts: ['ing'] },
  { lemma: 'predict', kinds: S, bare: true, hedge: 'passive', alwaysVerb: ['past'] },
  { lemma: 'suggest', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'report', kinds: S, bare: true, objectSaid: false },
  { lemma: 'observe', kinds: S },
  { lemma: 'remark', kinds: S },
  { lemma: 'comment', kinds: S, objectSaid: false },
  { lemma: 'counter', kinds: S },
  { lemma: 'complain', kinds: S, bare: true },
  { lemma: 'joke', kinds: S },
  { lemma: 'quip', kinds: S, doubles: true },
  { lemma: 'vow', kinds: ['speech', 'stance'], headline: ['s'] },
  { lemma: 'pledge', kinds: ['speech', 'stance'] },
  { lemma: 'promise', kinds: ['speech', 'stance'], hearer: true, objectFirst: false },
  { lemma: 'assert', kinds: S, bare: true },
  { lemma: 'maintain', kinds: S },
  { lemma: 'contend', kinds: S, bare: true },
  { lemma: 'allege', kinds: S },
  { lemma: 'confirm', kinds: ['speech', 'stance'], bare: true },
  { lemma: 'deny', kinds: S, headline: ['s'] },
  { lemma: 'reveal', kinds: S, bare: true, alwaysVerb: ['past'] },
  { lemma: 'reiterate', kinds: S },
  { lemma: 'underline', kinds: S },
  { lemma: 'underscore', kinds: S },
  { lemma: 'affirm', kinds: S },
  { lemma: 'proclaim', kinds: S },
  { lemma: 'boast', kinds: ['speech', 'stance'] },
  { lemma: 'lament', kinds: S },
  { lemma: 'recount', kinds: S },
  { lemma: 'shout', kinds: S },
  { lemma: 'yell', kinds: S },
  { lemma: 'whisper', kinds: S },
  { lemma: 'exclaim', kinds: S },
  { lemma: 'brag', kinds: S },
  { lemma: 'mention', kinds: ['speech', 'stance'] },
  { lemma: 'testify', kinds: S },
  { lemma: 'caution', kinds: S },
  { lemma: 'agree', kinds: S },
  { lemma: 'disclose', kinds: S },
  { lemma: 'inform', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'conclude', kinds: ['speech', 'thought'], bare: true, alwaysVerb: ['past'] },
  { lemma: 'point', kinds: S, objectSaid: false, particles: ['out', 'to'], fronts: ['ing'] },
  // "went on to say", "goes on": bare, since what follows "went on" is the content.
  { lemma: 'go', kinds: S, bare: true, objectSaid: false, particles: ['on'], s: 'goes', past: ['went'], participle: ['gone'], passive: false },
  { lemma: 'elaborate', kinds: S },
  { lemma: 'clarify', kinds: S },
  { lemma: 'answer', kinds: S, objectSaid: false },
  { lemma: 'mutter', kinds: S },
  { lemma: 'retort', kinds: S },
  { lemma: 'scoff', kinds: S },
  { lemma: 'snap', kinds: S, doubles: true },
  { lemma: 'sigh', kinds: S },
  { lemma: 'charge', kinds: S },
  { lemma: 'hint', kinds: S },
  { lemma: 'imply', kinds: S },
  { lemma: 'opine', kinds: S },
  { lemma: 'guarantee', kinds: S, hearer: true },
  { lemma: 'assure', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'reassure', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'advise', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'notify', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'remind', kinds: S, hearer: true, objectSaid: false },
  { lemma: 'hope', kinds: S, bare: true },
  { lemma: 'threaten', kinds: S },
  { lemma: 'demand', kinds: ['speech', 'stance'] },
  { lemma: 'recommend', kinds: S, objectFirst: true },
  { lemma: 'propose', kinds: ['speech', 'stance'], objectFirst: true },
  { lemma: 'continue', kinds: S, objectSaid: false, alwaysVerb: ['past', 's'] },
  { lemma: 'read', kinds: S, objectSaid: false, past: ['read'], passive: false },
  { lemma: 'shoot', kinds: S, objectSaid: false, particles: ['back'], past: ['shot'], passive: false },
  { lemma: 'fire', kinds: S, objectSaid: false, particles: ['back'] },
  { lemma: 'reaffirm', kinds: S, bare: true },
  { lemma: 'restate', kinds: S, bare: true },
  // How news writes a remark's tone: "Trump barked", "she mused", "he fumed".
  { lemma: 'bark', kinds: S },
  { lemma: 'growl', kinds: S },
  { lemma: 'snarl', kinds: S },
  { lemma: 'cry', kinds: S },
  { lemma: 'chant', kinds: S },
  { lemma: 'scream', kinds: S },
  { lemma: 'plead', kinds: S },
  { lemma: 'beg', kinds: S, doubles: true },
  { lemma: 'muse', kinds: S },
  { lemma: 'marvel', kinds: S },
  { lemma: 'gush', kinds: S },
  { lemma: 'fume', kinds: S },
  { lemma: 'sneer', kinds: S },
  { lemma: 'interject', kinds: S },
  { lemma: 'volunteer', kinds: S },
  { lemma: 'speculate', kinds: S },
  { lemma: 'theorize', kinds: S },
  { lemma: 'theorise', kinds: S },
  { lemma: 'posit', kinds: S },
  { lemma: 'rant', kinds: S },
  { lemma: 'rave', kinds: S },
  { lemma: 'thunder', kinds: S },
  { lemma: 'bellow', kinds: S },

  // Verbs of thinking, and of finding: what polls, records and studies show or find is what they report.
  { lemma: 'believe', kinds: T, bare: true, hedge: 'passive' },
  { lemma: 'think', kinds: T, bare: true, past: ['thought'], passive: false },
  { lemma: 'fear', kinds: T, bare: true },
  { lemma: 'worry', kinds: T, bare: true },
  { lemma: 'wonder', kinds: T },
  { lemma: 'estimate', kinds: ['thought', 'finding'], bare: true },
  { lemma: 'show', kinds: ['thought', 'stance', 'finding'], bare: true, participle: ['shown', 'showed'], alwaysVerb: ['past'] },
  { lemma: 'find', kinds: ['thought', 'stance', 'finding'], bare: true, past: ['found'], passive: false },
  { lemma: 'indicate', kinds: ['thought', 'stance', 'finding'], alwaysVerb: ['past'] },
  { lemma: 'feel', kinds: T, bare: true, past: ['felt'], passive: false },
  { lemma: 'know', kinds: T, bare: true, past: ['knew'], participle: ['known'] },
  { lemma: 'learn', kinds: T, past: ['learned', 'learnt'] },
  { lemma: 'realize', kinds: T },
  { lemma: 'realise', kinds: T },
  { lemma: 'expect', kinds: T, bare: true, hedge: 'passive' },
  { lemma: 'hear', kinds: T, past: ['heard'] },
  { lemma: 'signal', kinds: T },
  { lemma: 'doubt', kinds: T },
  { lemma: 'suspect', kinds: T },
  { lemma: 'assume', kinds: T },
  { lemma: 'understand', kinds: T, past: ['understood'], passive: false },
  { lemma: 'recognize', kinds: T },
  { lemma: 'recognise', kinds: T },
  { lemma: 'calculate', kinds: T },
  { lemma: 'project', kinds: T, hedge: 'passive' },
  { lemma: 'forecast', kinds: T },
  { lemma: 'determine', kinds: T },
  { lemma: 'decide', kinds: T },
  { lemma: 'guess', kinds: T, bare: true },
  { lemma: 'reckon', kinds: T, bare: true },

  // Verbs of stance: their object is what the subject said about something.
  { lemma: 'cite', kinds: ST, fronts: ['ing'] },
  { lemma: 'attack', kinds: ST },
  { lemma: 'defend', kinds: ST },
  { lemma: 'criticize', kinds: ST },
  { lemma: 'criticise', kinds: ST },
  { lemma: 'praise', kinds: ST, fronts: ['ing'] },
  { lemma: 'accuse', kinds: ST, headline: ['s'] },
  { lemma: 'question', kinds: ST },
  { lemma: 'support', kinds: ST },
  { lemma: 'endorse', kinds: ST },
  { lemma: 'oppose', kinds: ST },
  { lemma: 'reject', kinds: ST, headline: ['s'] },
  { lemma: 'dismiss', kinds: ST },
  { lemma: 'blame', kinds: ST },
  { lemma: 'back', kinds: ST },
  { lemma: 'want', kinds: ST },
  { lemma: 'plan', kinds: ST, doubles: true },
  { lemma: 'describe', kinds: ST, alwaysVerb: ['ing'] },
  { lemma: 'mock', kinds: ST },
  { lemma: 'call', kinds: ST, alwaysVerb: ['ing'], headline: ['s for'] },
  { lemma: 'condemn', kinds: ST },
  { lemma: 'slam', kinds: ST, doubles: true, headline: ['s'] },
  { lemma: 'blast', kinds: ST },
  { lemma: 'welcome', kinds: ST },
  { lemma: 'applaud', kinds: ST },
  { lemma: 'tout', kinds: ST },
  { lemma: 'denounce', kinds: ST },
  { lemma: 'decry', kinds: ST },
  { lemma: 'ridicule', kinds: ST },
  { lemma: 'hail', kinds: ST, fronts: ['ing'] },
  { lemma: 'laud', kinds: ST },
  { lemma: 'commend', kinds: ST },
  { lemma: 'thank', kinds: ST, objectFirst: true },
  { lemma: 'congratulate', kinds: ST, objectFirst: true },
  { lemma: 'challenge', kinds: ST },
  { lemma: 'dispute', kinds: ST },
  { lemma: 'refute', kinds: ST },
  { lemma: 'disavow', kinds: ST },
  { lemma: 'highlight', kinds: ST },
  { lemma: 'raise', kinds: ST, particles: ['concerns', 'questions', 'doubts'] },
  { lemma: 'address', kinds: ST, fronts: ['ing'] },
  { lemma: 'discuss', kinds: ST },
  { lemma: 'rule', kinds: ST, particles: ['out'] },
  { lemma: 'refer', kinds: ST, particles: ['to'], doubles: true, fronts: ['ing'] },
  { lemma: 'mourn', kinds: ST },
  { lemma: 'celebrate', kinds: ST },
  { lemma: 'seek', kinds: ST, past: ['sought'], passive: false },
  { lemma: 'encourage', kinds: ST },
  { lemma: 'push', kinds: ST },
  { lemma: 'champion', kinds: ST },
  { lemma: 'favor', kinds: ST },
  { lemma: 'favour', kinds: ST },
  { lemma: 'prefer', kinds: ST, doubles: true },
  { lemma: 'lash', kinds: ST, particles: ['out'] },
  { lemma: 'target', kinds: ST },
  { lemma: 'knock', kinds: ST },
  { lemma: 'rip', kinds: ST, doubles: true },
  { lemma: 'hit', kinds: ST, doubles: true, past: ['hit'], passive: false },
  { lemma: 'chide', kinds: ST },
  { lemma: 'scold', kinds: ST },
  { lemma: 'fault', kinds: ST },
  { lemma: 'castigate', kinds: ST },
  { lemma: 'lambaste', kinds: ST },
  { lemma: 'deride', kinds: ST },
  { lemma: 'admonish', kinds: ST },
  { lemma: 'rebuke', kinds: ST },
  { lemma: 'denigrate', kinds: ST },
  { lemma: 'insult', kinds: ST },
  { lemma: 'compare', kinds: ST },
  { lemma: 'liken', kinds: ST },
  { lemma: 'label', kinds: ST, past: ['labeled', 'labelled'], ing: ['labeling', 'labelling'] },
  { lemma: 'brand', kinds: ST },
  { lemma: 'dub', kinds: ST, doubles: true },
  { lemma: 'nickname', kinds: ST },
  { lemma: 'tease', kinds: ST },
  { lemma: 'taunt', kinds: ST },
  { lemma: 'decline', kinds: ST },
  { lemma: 'refuse', kinds: ST },
  { lemma: 'rebut', kinds: ST, doubles: true },
  { lemma: 'rubbish', kinds: ST },
  { lemma: 'admire', kinds: ST },
  { lemma: 'unveil', kinds: ST },
  { lemma: 'outline', kinds: ST },
  { lemma: 'detail', kinds: ST },
  { lemma: 'float', kinds: ST },
  { lemma: 'offer', kinds: ST },
  { lemma: 'express', kinds: ST },
  { lemma: 'order', kinds: ST },
  { lemma: 'echo', kinds: ST, s: 'echoes' },
  { lemma: 'request', kinds: ST },
  { lemma: 'repeat', kinds: ST },
  { lemma: 'voice', kinds: ST },
  { lemma: 'talk', kinds: ST, particles: ['about'] },
  { lemma: 'speak', kinds: ST, particles: ['about', 'of', 'out'], past: ['spoke'], participle: ['spoken'], passive: false, fronts: ['ing'] },
  { lemma: 'see', kinds: ST, past: ['saw'], participle: ['seen'], passive: false },
  { lemma: 'consider', kinds: ST },
  { lemma: 'post', kinds: ST },
  { lemma: 'email', kinds: ST },
  { lemma: 'list', kinds: ST },
  { lemma: 'identify', kinds: ST },
  { lemma: 'release', kinds: ST },
  { lemma: 'portray', kinds: ST },
  { lemma: 'assail', kinds: ST },
  { lemma: 'downplay', kinds: ST },
  { lemma: 'invoke', kinds: ST },
  { lemma: 'quote', kinds: ST },
  { lemma: 'reference', kinds: ST },
  { lemma: 'rail', kinds: ST, particles: ['against'] },
  { lemma: 'shrug', kinds: ST, particles: ['off'], doubles: true },
  { lemma: 'side', kinds: ST, particles: ['with'] },
  { lemma: 'apologize', kinds: ST, particles: ['for'] },
  { lemma: 'apologise', kinds: ST, particles: ['for'] },

  // Only hedges: "is rumored to", "appears to".
  { lemma: 'rumor', kinds: [], hedge: 'passive' },
  { lemma: 'rumour', kinds: [], hedge: 'passive' },
  { lemma: 'appear', kinds: [], hedge: 'active' },
  { lemma: 'seem', kinds: [], hedge: 'active' },
];

const SIBILANT = /(s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** The forms of one slot of an entry: its irregular forms, else the regular ones. */
export function formsOf(e: CueEntry, slot: Slot): string[] {
  const w = e.lemma;
  const doubled = `${w}${w.slice(-1)}`;
  switch (slot) {
    case 'base':
      return [w];
    case 's':
      if (e.s) return [e.s];
      if (SIBILANT.test(w)) return [`${w}es`];
      return [CONSONANT_Y.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`];
    case 'past':
      if (e.past) return [...e.past];
      if (w.endsWith('e')) return [`${w}d`];
      if (CONSONANT_Y.test(w)) return [`${w.slice(0, -1)}ied`];
      return [e.doubles ? `${doubled}ed` : `${w}ed`];
    case 'participle':
      return e.participle ? [...e.participle] : formsOf(e, 'past');
    case 'ing':
      if (e.ing) return [...e.ing];
      if (w.endsWith('ee')) return [`${w}ing`];
      if (w.endsWith('e')) return [`${w.slice(0, -1)}ing`];
      return [e.doubles ? `${doubled}ing` : `${w}ing`];
  }
}

const SLOTS: readonly Slot[] = ['base', 's', 'past', 'participle', 'ing'];

/** Every form of an entry. */
export function allForms(e: CueEntry): string[] {
  return [...new Set(SLOTS.flatMap((slot) => formsOf(e, slot)))];
}

const ENTRY = new Map(CUE_ENTRIES.map((e) => [e.lemma, e]));

/** The record of a lemma. */
export function cueEntry(lemma: string): CueEntry | undefined {
  return ENTRY.get(lemma);
}

/** Every form (lower case) of every cue (hedges are not cues) mapped to its lemma. */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const e of CUE_ENTRIES) if (e.kinds.length > 0) for (const f of allForms(e)) if (!m.has(f)) m.set(f, e.lemma);
  return m;
})();

const lemmas = (keep: (e: CueEntry) => boolean): ReadonlySet<string> => new Set(CUE_ENTRIES.filter(keep).map((e) => e.lemma));
const forms = (slots: (e: CueEntry) => readonly string[] | undefined): ReadonlySet<string> =>
  new Set(CUE_ENTRIES.flatMap((e) => (slots(e) ?? []).flatMap((s) => {
    const [slot, particle] = s.split(' ');
    return formsOf(e, slot as Slot).map((f) => (particle ? `${f} ${particle}` : f));
  })));
const is = (e: CueEntry, kind: CueKind) => e.kinds.includes(kind);

// The sets the rules read, all derived from the entries above.

/** Verbs of saying: they may attribute a direct quote standing next to them. */
export const SPEECH = lemmas((e) => is(e, 'speech'));
/** Verbs whose object is what their subject said: verbs of stance, and verbs of saying whose object is the content. */
export const OBJECT_SAID = lemmas((e) => is(e, 'stance') || (is(e, 'speech') && e.objectSaid !== false));
/** Verbs of finding: "..., records show." */
export const FINDINGS = lemmas((e) => is(e, 'finding'));
/** Verbs that take reported speech without "that". */
export const BARE = lemmas((e) => e.bare === true);
/** Verbs with a hearer before their content ("told reporters that"). */
export const TAKES_HEARER = lemmas((e) => e.hearer === true);
/** Verbs whose following phrase is their object, never an inverted subject. */
export const OBJECT_FIRST = lemmas((e) => e.objectFirst ?? e.hearer === true);
/** The particles a phrasal cue needs ("point" -> out, to). */
export const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(CUE_ENTRIES.flatMap((e) => (e.particles ? [[e.lemma, e.particles] as const] : [])));
/** Participles that, after "was" or "is", make a cue passive: its subject is the one spoken to. */
export const PASSIVE_PARTICIPLES = forms((e) => (e.kinds.length > 0 && e.passive !== false ? ['participle'] : undefined));
/** "is expected to", "are projected to". */
export const HEDGE_PARTICIPLES = forms((e) => (e.hedge === 'passive' ? ['participle'] : undefined));
/** "appears to", "seemed to". */
export const HEDGE_VERBS = forms((e) => (e.hedge === 'active' ? ['base', 's', 'past'] : undefined));
/** Forms the tagger may take for nouns but that report speech in news. */
export const ALWAYS_VERBS = forms((e) => e.alwaysVerb);
/** Forms (with their particle) that attribute in a headline: "says", "told", "calls for". */
export const HEADLINE_CUES = forms((e) => e.headline);
/** Forms after a name that mark it as someone who speaks: "said", "told". */
export const NAME_EVIDENCE = forms((e) => e.nameEvidence);
/** Forms that open a fronted phrase: "referring", "asked". */
export const FRONTING_CUES = forms((e) => e.fronts);
