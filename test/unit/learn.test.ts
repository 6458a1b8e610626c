import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Bilou } from '../../src/core/learn/bilou';
import { Bio } from '../../src/core/learn/bio';
import { feature, feature2, hashString, templateSeed } from '../../src/core/learn/featureHash';
import { FeatureTable } from '../../src/core/learn/featureTable';
import { LinearModel } from '../../src/core/learn/linearModel';
import { trainPerceptron } from '../../src/core/learn/perceptron';
import { argmax, Ranker, trainRanker } from '../../src/core/learn/ranker';
import { packFeatures, type FeatureSequence } from '../../src/core/learn/sequence';
import { viterbi } from '../../src/core/learn/viterbi';

const scheme = new Bilou(['person', 'place']);
const mask = { allowed: scheme.allowed, allowedEnd: scheme.allowedEnd };
const seedW = templateSeed('w');

/** A toy language: capitalised words after "mr" are people, after "in" places, the rest outside. */
function toy(sentence: string, spans: { start: number; end: number; type: string }[]): FeatureSequence {
  const words = sentence.split(' ');
  const feats = words.map((w, i) => [feature(seedW, w), feature2(templateSeed('prev'), words[i - 1] ?? '<s>', w), feature(templateSeed('prev1'), words[i - 1] ?? '<s>')]);
  return packFeatures(feats, scheme.encode(spans, words.length));
}

const TOY: FeatureSequence[] = [
  toy('mr Smith went to Paris', [{ start: 1, end: 2, type: 'person' }]),
  toy('he lives in Paris', [{ start: 3, end: 4, type: 'place' }]),
  toy('mr John Smith lives in New York', [{ start: 1, end: 3, type: 'person' }, { start: 5, end: 7, type: 'place' }]),
  toy('in York mr Jones spoke', [{ start: 1, end: 2, type: 'place' }, { start: 3, end: 4, type: 'person' }]),
  toy('nothing here at all', []),
];

describe('learn: structured averaged perceptron', () => {
  it('fits a small hand-made set exactly', () => {
    const w = trainPerceptron(TOY, { labels: scheme.size, epochs: 20, seed: 7, mask });
    const m = new LinearModel(w, mask);
    for (const s of TOY) assert.deepEqual([...m.decode(s)], [...s.gold!]);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    const a = trainPerceptron(TOY, { labels: scheme.size, epochs: 5, seed: 3, mask });
    const b = trainPerceptron(TOY, { labels: scheme.size, epochs: 5, seed: 3, mask });
    assert.deepEqual([...a.keys], [...b.keys]);
    assert.deepEqual([...a.weights], [...b.weights]);
    assert.deepEqual([...a.pair], [...b.pair]);
  });

  it('reports each epoch and stops when asked', () => {
    const epochs: number[] = [];
    trainPerceptron(TOY, { labels: scheme.size, epochs: 10, seed: 1, mask, onEpoch: (e) => (epochs.push(e), e < 3) });
    assert.deepEqual(epochs, [1, 2, 3]);
  });

  it('gives no row to features rarer than minCount', () => {
    const w = trainPerceptron(TOY, { labels: scheme.size, epochs: 1, seed: 1, mask, minCount: 3 });
    assert.ok(w.keys.includes(feature(seedW, 'mr')), 'a word seen three times keeps its row');
    assert.ok(!w.keys.includes(feature(seedW, 'Jones')), 'a word seen once has none');
  });
});

describe('learn: BILOU and Viterbi', () => {
  it('encodes and decodes spans', () => {
    const spans = [{ start: 0, end: 1, type: 'place' }, { start: 2, end: 5, type: 'person' }];
    const labels = scheme.encode(spans, 6);
    assert.deepEqual(labels.length, 6);
    assert.deepEqual(scheme.decode(labels), spans);
  });

  it('never returns an invalid tag sequence on random scores', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), (T, seed) => {
      const L = scheme.size;
      let x = seed >>> 0;
      const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 20 - 10;
      const emissions = Float64Array.from({ length: T * L }, rnd);
      const pair = Float64Array.from({ length: L * L }, rnd);
      const start = Float64Array.from({ length: L }, rnd);
      const path = viterbi({ length: T, labels: L, emissions }, { pair, start, ...mask });
      assert.equal(scheme.allowed[L * L + path[0]], 1, 'a valid first label');
      for (let t = 1; t < T; t++) assert.equal(scheme.allowed[path[t - 1] * L + path[t]], 1, `${scheme.labels[path[t - 1]]} -> ${scheme.labels[path[t]]}`);
      assert.equal(scheme.allowedEnd[path[T - 1]], 1, 'a valid last label');
    }), { numRuns: 300 });
  });

  it('finds the best path (checked by brute force on short sequences)', () => {
    const small = new Bilou(['x']);
    const L = small.size;
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3 * L, maxLength: 3 * L }), (em) => {
      const emissions = Float64Array.from(em);
      const pair = new Float64Array(L * L);
      const start = new Float64Array(L);
      const best = viterbi({ length: 3, labels: L, emissions }, { pair, start, allowed: small.allowed, allowedEnd: small.allowedEnd });
      const score = (p: number[]) => p.reduce((s, y, t) => s + emissions[t * L + y], 0);
      const valid = (p: number[]) => small.allowed[L * L + p[0]] && p.slice(1).every((y, t) => small.allowed[p[t] * L + y]) && small.allowedEnd[p[2]];
      let top = -Infinity;
      for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) for (let c = 0; c < L; c++) if (valid([a, b, c])) top = Math.max(top, score([a, b, c]));
      assert.ok(Math.abs(score([...best]) - top) < 1e-9);
    }), { numRuns: 200 });
  });
});

describe('learn: feature hashes and table', () => {
  it('hashes are stable numbers and templates keep values apart', () => {
    assert.equal(hashString('abc'), hashString('abc'));
    assert.notEqual(feature(templateSeed('w'), 'paris'), feature(templateSeed('w-1'), 'paris'));
    assert.notEqual(feature2(seedW, 'ab', 'c'), feature2(seedW, 'a', 'bc'));
  });

  it('looks up every stored key and misses others', () => {
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => hashString(`k${i}`));
    const table = new FeatureTable(keys);
    for (let i = 0; i < keys.length; i++) assert.equal(table.get(keys[i]), i);
    assert.equal(table.get(hashString('absent')), -1);
    assert.equal(new FeatureTable([0]).get(0), 0, 'a zero hash is stored too');
  });
});

describe('learn: ranking perceptron', () => {
  // Each group: candidates as bags of words; the right one is the one marked "subject" next to "said".
  const cand = (...words: string[]) => words.map((w) => feature(seedW, w));
  const group = (cands: number[][], right: number): FeatureSequence => ({ ...packFeatures(cands), gold: Uint8Array.from(cands, (_, k) => (k === right ? 1 : 0)) });
  const GROUPS = [
    group([cand('near', 'object'), cand('far', 'subject', 'said'), cand('null')], 1),
    group([cand('far', 'subject', 'said'), cand('near', 'person')], 0),
    group([cand('near', 'object'), cand('null')], 1),
    group([cand('near', 'subject', 'said'), cand('far', 'object'), cand('null')], 0),
  ];

  it('ranks the right candidate first on a small hand-made set', () => {
    const r = new Ranker(trainRanker(GROUPS, { epochs: 10, seed: 2 }));
    for (const g of GROUPS) assert.equal(g.gold![argmax(r.scores(g))], 1);
  });

  it('is deterministic and reports each epoch', () => {
    const epochs: number[] = [];
    const a = trainRanker(GROUPS, { epochs: 4, seed: 9, onEpoch: (e) => void epochs.push(e) });
    const b = trainRanker(GROUPS, { epochs: 4, seed: 9 });
    assert.deepEqual([...a.weights], [...b.weights]);
    assert.deepEqual(epochs, [1, 2, 3, 4]);
  });

  it('scores an unknown feature as zero, and refuses mismatched weights', () => {
    const r = new Ranker({ keys: Uint32Array.from([feature(seedW, 'x')]), weights: Float32Array.from([2]) });
    assert.deepEqual([...r.scores(packFeatures([cand('x', 'unknown'), cand('unknown')]))], [2, 0]);
    assert.throws(() => new Ranker({ keys: new Uint32Array(2), weights: new Float32Array(1) }), /do not match/);
  });
});

describe('learn: BIO', () => {
  const bio = new Bio(['cue', 'content']);
  it('encodes and decodes spans, adjacent ones of one type apart', () => {
    const spans = [{ start: 0, end: 1, type: 'cue' }, { start: 1, end: 4, type: 'content' }, { start: 4, end: 6, type: 'content' }];
    const labels = bio.encode(spans, 7);
    assert.deepEqual([...labels], [1, 3, 4, 4, 3, 4, 0]);
    assert.deepEqual(bio.decode(labels), spans);
  });
  it('allows I only after B or I of its own type, never at the start', () => {
    const n = bio.size;
    assert.equal(bio.allowed[n * n + 2], 0, 'I-cue cannot open');
    assert.equal(bio.allowed[1 * n + 2], 1, 'B-cue -> I-cue');
    assert.equal(bio.allowed[3 * n + 2], 0, 'B-content -> I-cue');
    assert.equal(bio.allowed[0 * n + 3], 1, 'O -> B-content');
    assert.deepEqual(bio.decode([2, 2, 0]), [{ start: 0, end: 2, type: 'cue' }], 'a stray I opens a span');
  });
});
