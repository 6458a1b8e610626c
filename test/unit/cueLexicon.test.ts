import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALWAYS_VERBS, BARE, CUE_ENTRIES, FINDINGS, FRONTING_CUES, HEADLINE_CUES, HEDGE_PARTICIPLES, HEDGE_VERBS, NAME_EVIDENCE,
  OBJECT_FIRST, OBJECT_SAID, PARTICLES, PASSIVE_PARTICIPLES, SPEECH, TAKES_HEARER, allForms, cueEntry, formsOf,
} from '../../src/core/nlp/cueLexicon';
import { cueLemma } from '../../src/core/nlp/cues';
import { ROOT } from './seeds';

const lemmas = new Set(CUE_ENTRIES.map((e) => e.lemma));
const cues = CUE_ENTRIES.filter((e) => e.kinds.length > 0);
const hedges = CUE_ENTRIES.filter((e) => e.hedge);

function tsFilesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFilesBelow(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('cue lexicon', () => {
  it('lists every lemma once, in lower case', () => {
    const seen = new Set<string>();
    for (const e of CUE_ENTRIES) {
      assert.ok(!seen.has(e.lemma), `${e.lemma} is listed twice`);
      seen.add(e.lemma);
      assert.match(e.lemma, /^[a-z]+$/);
      assert.equal(new Set(e.kinds).size, e.kinds.length, `${e.lemma} repeats a kind`);
      assert.ok(e.kinds.length > 0 || e.hedge, `${e.lemma} is neither a cue nor a hedge`);
    }
  });

  it('knows every verb the rules read as a cue', () => {
    for (const [name, set] of Object.entries({ SPEECH, OBJECT_SAID, FINDINGS, BARE, TAKES_HEARER, OBJECT_FIRST, PARTICLES: new Set(PARTICLES.keys()) })) {
      for (const lemma of set) assert.ok(cues.some((e) => e.lemma === lemma), `${name}: '${lemma}' is no cue of the lexicon`);
    }
    for (const [name, set] of Object.entries({ ALWAYS_VERBS, NAME_EVIDENCE, FRONTING_CUES, PASSIVE_PARTICIPLES, HEADLINE_CUES })) {
      assert.ok(set.size > 0, name);
      for (const form of set) assert.ok(cueLemma(form.split(' ')[0]), `${name}: '${form}' is not a form of a cue`);
    }
    for (const [name, set] of Object.entries({ HEDGE_PARTICIPLES, HEDGE_VERBS })) {
      for (const form of set) assert.ok(hedges.some((e) => allForms(e).includes(form)), `${name}: '${form}' is not a form of a hedge`);
    }
    // Lemmas the token-level rules name in their code ("lemma === 'go'").
    const named = tsFilesBelow(join(ROOT, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/lemma [!=]== '([a-z]+)'/g)].map((m) => m[1]));
    assert.ok(named.length > 0);
    for (const lemma of named) assert.ok(lemma === 'according' || lemmas.has(lemma), `the code names '${lemma}', which is no lemma`);
  });

  it('keeps its facts consistent', () => {
    for (const e of CUE_ENTRIES) {
      if (e.objectSaid === false) assert.ok(e.kinds.includes('speech') && !e.kinds.includes('stance'), `${e.lemma}: only a verb of saying that is no verb of stance has an object that is not what was said`);
      if (e.particles) assert.ok(e.particles.length > 0, e.lemma);
      for (const s of e.headline ?? []) assert.ok(/^(base|s|past|participle|ing)( [a-z]+)?$/.test(s), `${e.lemma}: headline slot '${s}'`);
    }
    // "“...,” warned Clinton" is an inversion; "told Trump" is an object.
    assert.ok(TAKES_HEARER.has('warn') && !OBJECT_FIRST.has('warn'));
    assert.ok(TAKES_HEARER.has('tell') && OBJECT_FIRST.has('tell'));
  });

  it('generates regular and irregular forms', () => {
    const forms = (lemma: string) => allForms(cueEntry(lemma)!);
    for (const f of ['said', 'says', 'saying']) assert.ok(forms('say').includes(f), f);
    assert.ok(forms('tell').includes('told'));
    for (const f of ['denied', 'denies', 'denying']) assert.ok(forms('deny').includes(f), f);
    for (const f of ['admitted', 'admitting', 'admits']) assert.ok(forms('admit').includes(f), f);
    assert.ok(forms('reply').includes('replied'));
    assert.deepEqual(formsOf(cueEntry('write')!, 'participle'), ['written']);
    assert.deepEqual(formsOf(cueEntry('stress')!, 's'), ['stresses']);
    assert.deepEqual(formsOf(cueEntry('agree')!, 'ing'), ['agreeing']);
    assert.deepEqual(formsOf(cueEntry('go')!, 's'), ['goes']);
    // No wrong regular forms beside the irregular ones.
    for (const f of ['sayed', 'telled', 'admited', 'denys']) assert.equal(cueLemma(f), null, f);
  });

  it('maps every form back to its lemma', () => {
    assert.equal(cueLemma('said'), 'say');
    assert.equal(cueLemma('Told'), 'tell');
    assert.equal(cueLemma('denies'), 'deny');
    assert.equal(cueLemma('shrugged'), 'shrug');
    assert.equal(cueLemma('appears'), null, 'a hedge is no cue');
    for (const e of cues) for (const f of allForms(e)) assert.equal(cueLemma(f), e.lemma, `${f} belongs to ${e.lemma}`);
  });
});
