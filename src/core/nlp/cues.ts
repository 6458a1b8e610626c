// The lexicon of reporting verbs ("cues") that attribute speech in news, and how to spot them among tokens.
//
// Three kinds: verbs of saying ("said", "told", "warned") attribute direct quotes and reported clauses; verbs of
// thinking and finding ("believes", "polls show") attribute reported clauses only; verbs of stance ("criticized",
// "cited", "defended") attribute what their subject said about something (their object), as news attribution
// annotation does.

import type { Token } from './analysis';

export interface CueInfo {
  /** The verb can introduce reported speech without "that" ("said Russia is resolved ..."). */
  bare: boolean;
  /** A verb of saying: it may attribute a direct quote standing next to it. */
  speech: boolean;
  /** A verb of stance whose object is what the subject said ("Clinton cited Trump's remarks"). */
  stance: boolean;
}

const SPEECH = [
  'say', 'tell', 'add', 'note', 'argue', 'warn', 'claim', 'stress', 'emphasize', 'emphasise', 'urge', 'ask',
  'write', 'tweet', 'explain', 'insist', 'declare', 'announce', 'state', 'acknowledge', 'admit', 'concede', 'recall',
  'reply', 'respond', 'predict', 'suggest', 'report', 'observe', 'remark', 'comment', 'counter', 'complain', 'joke',
  'quip', 'vow', 'pledge', 'promise', 'assert', 'maintain', 'contend', 'allege', 'confirm', 'deny', 'reveal',
  'reiterate', 'underline', 'underscore', 'affirm', 'proclaim', 'boast', 'lament', 'recount', 'shout', 'yell',
  'whisper', 'exclaim', 'brag', 'mention', 'testify', 'caution', 'agree', 'disclose', 'inform', 'conclude',
  'point', 'go', 'elaborate', 'clarify', 'answer', 'mutter', 'retort', 'scoff', 'snap', 'sigh', 'charge', 'hint',
  'imply', 'opine', 'guarantee', 'assure', 'reassure', 'advise', 'notify', 'hope', 'threaten', 'demand',
  'recommend', 'propose', 'continue', 'read', 'shoot', 'fire', 'remind', 'reaffirm', 'restate',
  // How news writes a remark's tone: "Trump barked", "she mused", "he fumed".
  'bark', 'growl', 'snarl', 'cry', 'chant', 'scream', 'plead', 'beg', 'muse', 'marvel', 'gush', 'fume', 'sneer',
  'interject', 'volunteer', 'speculate', 'theorize', 'theorise', 'posit', 'rant', 'rave', 'thunder', 'bellow',
];
const THOUGHT = [
  'believe', 'think', 'fear', 'worry', 'wonder', 'estimate', 'show', 'find', 'feel', 'know', 'learn', 'realize',
  'realise', 'expect', 'hear', 'indicate', 'signal', 'doubt', 'suspect', 'assume', 'understand', 'recognize',
  'recognise', 'calculate', 'project', 'forecast', 'determine', 'decide', 'conclude', 'acknowledge', 'worry',
];
const STANCE = [
  'cite', 'mention', 'attack', 'defend', 'criticize', 'criticise', 'praise', 'accuse', 'question', 'support',
  'endorse', 'oppose', 'reject', 'dismiss', 'blame', 'back', 'want', 'plan', 'describe', 'mock', 'call', 'condemn',
  'slam', 'blast', 'welcome', 'applaud', 'tout', 'denounce', 'decry', 'ridicule', 'hail', 'laud', 'commend',
  'thank', 'congratulate', 'challenge', 'dispute', 'refute', 'disavow', 'highlight', 'raise', 'address', 'discuss',
  'rule', 'refer', 'mourn', 'celebrate', 'seek', 'vow', 'promise', 'pledge', 'propose', 'demand', 'urge',
  'encourage', 'push', 'champion', 'favor', 'favour', 'prefer', 'lash', 'target', 'knock', 'rip', 'hit', 'chide',
  'scold', 'fault', 'castigate', 'lambaste', 'deride', 'admonish', 'rebuke', 'denigrate', 'insult', 'compare',
  'liken', 'label', 'brand', 'dub', 'nickname', 'tease', 'taunt', 'mock', 'decline', 'refuse', 'rebut', 'rubbish',
  'confirm', 'acknowledge', 'admire', 'tout', 'boast', 'unveil', 'outline', 'detail', 'float',
  'offer', 'express', 'order', 'echo', 'request', 'repeat', 'voice', 'talk', 'speak', 'see', 'consider', 'post',
  'email', 'list', 'identify', 'release', 'portray', 'assail', 'downplay', 'invoke', 'quote', 'reference', 'rail',
  'shrug', 'side', 'apologize', 'apologise',
  // What polls, records and studies show or find is what they report.
  'show', 'find', 'indicate',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], go: ['went', 'gone'], think: ['thought'],
  admit: ['admitted', 'admitting'], quip: ['quipped', 'quipping'], snap: ['snapped', 'snapping'],
  imply: ['implied'], reply: ['replied'], testify: ['testified'], deny: ['denied'], clarify: ['clarified'],
  notify: ['notified'], worry: ['worried'], show: ['shown'], find: ['found'], feel: ['felt'], know: ['knew', 'known'],
  learn: ['learnt'], hear: ['heard'], understand: ['understood'], hit: ['hitting'], rip: ['ripped', 'ripping'],
  slam: ['slammed', 'slamming'], dub: ['dubbed', 'dubbing'], label: ['labelled', 'labelling'], refer: ['referred', 'referring'],
  rule: ['ruled'], target: ['targeted'], question: ['questioned'], favor: ['favored'], mention: ['mentioned'],
  knock: ['knocked'], prefer: ['preferred', 'preferring'], compel: ['compelled'], shoot: ['shot', 'shooting'],
  seek: ['sought'], speak: ['spoke', 'spoken'], echo: ['echoes', 'echoed'], see: ['saw', 'seen'], identify: ['identified'], email: ['emailed'],
};

// Phrasal cues: these verbs attribute only with their particle ("pointed out", "went on", "called for").
const NEEDS_PARTICLE: Record<string, string[]> = {
  point: ['out', 'to'], go: ['on'], refer: ['to'], rule: ['out'], lash: ['out'], raise: ['concerns', 'questions', 'doubts'],
  shoot: ['back'], fire: ['back'], talk: ['about'], speak: ['about', 'of', 'out'], rail: ['against'], shrug: ['off'],
  side: ['with'], apologize: ['for'], apologise: ['for'],
};

// Verbs that take reported speech directly, without "that".
const BARE = new Set(['say', 'tell', 'add', 'note', 'argue', 'warn', 'claim', 'insist', 'think', 'believe', 'write', 'tweet',
  'explain', 'stress', 'emphasize', 'emphasise', 'predict', 'suggest', 'report', 'acknowledge', 'admit', 'concede',
  'contend', 'assert', 'fear', 'hope', 'complain', 'reaffirm', 'restate', 'reveal', 'confirm', 'state', 'announce', 'declare', 'conclude', 'recall',
  'show', 'find', 'feel', 'know', 'expect', 'estimate', 'worry', 'guess', 'reckon', 'go']);

function regularForms(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`];
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  return forms;
}

const SPEECH_SET = new Set(SPEECH);
// Verbs of saying whose object is not what was said ("said so", "told reporters", "asked him", "added to").
const NO_OBJECT = new Set(['say', 'tell', 'add', 'write', 'go', 'continue', 'read', 'point', 'inform', 'notify',
  'advise', 'assure', 'reassure', 'answer', 'reply', 'respond', 'state', 'note', 'recall', 'report', 'post', 'comment',
  'shoot', 'fire', 'remind']);
const STANCE_SET = new Set(STANCE);

/** Every surface form (lower case) mapped to its lemma. */
const FORMS = new Map<string, string>();
for (const lemma of [...SPEECH, ...THOUGHT, ...STANCE]) {
  for (const f of [...regularForms(lemma), ...(IRREGULAR[lemma] ?? [])]) if (!FORMS.has(f)) FORMS.set(f, lemma);
}

/** The lemma of a reporting verb form, or null. */
export function cueLemma(word: string): string | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

export function cueInfo(lemma: string): CueInfo {
  return { bare: BARE.has(lemma), speech: SPEECH_SET.has(lemma) || lemma === 'according', stance: STANCE_SET.has(lemma) || (SPEECH_SET.has(lemma) && !NO_OBJECT.has(lemma)) };
}

/** A cue found at a token. */
export interface Cue {
  /** Index of the first and (inclusive) last token of the cue. */
  first: number;
  last: number;
  lemma: string;
  /** 'verb' for finite verbs, 'according' for "according to", 'gerund' for participles ("adding", "saying"). */
  form: 'verb' | 'according' | 'gerund';
}

const isVerbish = (t: Token) => t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('PresentTense');
// Forms the tagger sometimes takes for nouns or adjectives but that report speech in news.
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'tweeted',
  'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'explained', 'explains', 'stressed', 'asked', 'asks',
  'replied', 'responded', 'recalled', 'recalls', 'continued', 'continues', 'concluded', 'acknowledged', 'showed',
  'suggested', 'revealed', 'indicated', 'claimed', 'announced', 'declared', 'predicted', 'telling', 'saying', 'adding',
  'noting', 'arguing', 'insisting', 'explaining', 'warning', 'describing', 'calling']);
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s']);

/** "Data show that ...", "polls suggest that ...": a form followed by "that" after a noun is the verb, whatever its tag. */
function beforeThatClause(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i + 1]?.normal === 'that' && prev !== undefined && prev.tags.has('Noun') && !prev.tags.has('Determiner')
    && !prev.tags.has('Possessive') && !prev.tags.has('Adjective');
}

/**
 * The cue that starts at token i, or null. Multi-word cues: "according to", "pointed out", "went on to say".
 * Only tokens tagged as verbs count, so "the say", "a note" or "the report" are not cues.
 */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  const w = t.normal;
  if (w === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, last: i + 1, lemma: 'according', form: 'according' };
  const lemma = FORMS.get(w);
  if (!lemma) return null;
  // "is labeling", "has slammed": after an auxiliary the form is a verb whatever the tagger made of it.
  if (!isVerbish(t) && !ALWAYS_VERBS.has(w) && !(/(ing|ed)$/.test(w) && AUXILIARY.has(tokens[i - 1]?.normal ?? '')) && !beforeThatClause(tokens, i)) return null;
  let last = i;
  const particles = NEEDS_PARTICLE[lemma];
  if (particles) {
    const next = tokens[i + 1]?.normal;
    if (!next || !particles.includes(next)) return null;
    last = i + 1;
    if (lemma === 'go' && tokens[i + 2]?.normal === 'to' && tokens[i + 3] && FORMS.has(tokens[i + 3].normal)) last = i + 3;
  }
  // "will continue to be", "went to": a verb of going on followed by "to" is not reporting anything.
  if ((lemma === 'continue' || lemma === 'go') && tokens[last + 1]?.normal === 'to' && last === i) return null;
  let form: Cue['form'] = w.endsWith('ing') ? 'gerund' : 'verb';
  if (form === 'gerund') {
    // "is defending", "is once again questioning": a progressive is a finite verb.
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      if (BE.has(tokens[k].normal) || /['’](s|re|m)$/.test(tokens[k].normal)) { form = 'verb'; break; }
      if (!tokens[k].tags.has('Adverb')) break;
    }
  }
  return { first: i, last, lemma, form };
}

/** Cues that may attribute a quote standing right next to them. */
export function isSpeechCue(c: Cue): boolean {
  return cueInfo(c.lemma).speech;
}
