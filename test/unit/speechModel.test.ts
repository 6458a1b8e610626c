// The learned reported-speech layer: its features and learner on a toy set, its model file's errors, and one
// table of attributions the engine (rules and model together) must read right.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { parseArticle } from '../../src/core/article/structure';
import type { TokenSpan } from '../../src/core/learn/bilou';
import { Bio } from '../../src/core/learn/bio';
import { LinearModel } from '../../src/core/learn/linearModel';
import { ModelFileError } from '../../src/core/learn/modelFile';
import { trainPerceptron } from '../../src/core/learn/perceptron';
import { analyse } from '../../src/core/nlp/analysis';
import { findEntities } from '../../src/core/nlp/entities';
import { learnedQuotes, ruleReading } from '../../src/core/nlp/quotes';
import { rankSpeakers } from '../../src/core/nlp/speech/speakerRanker';
import { Ranker } from '../../src/core/learn/ranker';
import { feature, templateSeed } from '../../src/core/learn/featureHash';
import { ALL_SPEECH_FAMILIES, speechFeatures } from '../../src/core/nlp/speech/speechFeatures';
import { readSpeechModel, setSpeechModel, SPEECH_FILE, SPEECH_FORMAT, SPEECH_TYPES, SPEECH_VERSION, speechModel } from '../../src/core/nlp/speech/speechModel';
import { findModelFile } from '../../src/core/nlp/tagger/modelLocation';
import { NER_FILE } from '../../src/core/nlp/tagger/nerModel';

const scheme = new Bio(SPEECH_TYPES);
const mask = { allowed: scheme.allowed, allowedEnd: scheme.allowedEnd };

/** A one-sentence article, its features, and gold labels given as [first word, last word, type] of the sentence. */
function toy(sentence: string, parts: [string, string, string][]) {
  const text = `Headline for a test\n\n${sentence}\n`;
  const structure = parseArticle(text);
  const analysis = analyse(text, structure);
  const r = ruleReading(text, structure, analysis, findEntities(text, structure, analysis));
  const s = r.ctx.sentences[r.ctx.sentences.length - 1];
  const words = s.tokens.map((t) => t.normal);
  const spans: TokenSpan[] = parts.map(([a, b, type]) => ({ start: words.indexOf(a), end: words.lastIndexOf(b) + 1, type }));
  return { ...speechFeatures(r.ctx, s, r.evidence, ALL_SPEECH_FAMILIES), gold: scheme.encode(spans, words.length) };
}

describe('learned reported speech', function () {
  this.timeout(60000);

  describe('features and learner on a toy set', () => {
    const data = [
      toy('The mayor said that the bridge would reopen.', [['the', 'mayor', 'source'], ['said', 'said', 'cue'], ['bridge', 'reopen', 'content']]),
      toy('Officials believe the fire was an accident.', [['officials', 'officials', 'source'], ['believe', 'believe', 'cue'], ['the', 'accident', 'content']]),
      toy('The river rose two feet overnight.', []),
      toy('The council warned that taxes would rise.', [['the', 'council', 'source'], ['warned', 'warned', 'cue'], ['taxes', 'rise', 'content']]),
    ];

    it('gives the same features for the same sentence', () => {
      const a = toy('The mayor said that the bridge would reopen.', []);
      assert.deepEqual([...a.feats], [...data[0].feats]);
      assert.deepEqual([...a.offsets], [...data[0].offsets]);
    });

    it('fits the toy set and is deterministic', () => {
      const w = trainPerceptron(data, { labels: scheme.size, epochs: 10, seed: 5, mask });
      const again = trainPerceptron(data, { labels: scheme.size, epochs: 10, seed: 5, mask });
      assert.deepEqual([...w.weights], [...again.weights]);
      const m = new LinearModel(w, mask);
      for (const s of data) assert.deepEqual(scheme.decode(m.decode(s)), scheme.decode(s.gold));
    });
  });

  describe('the model file', () => {
    const committed = () => readFileSync(findModelFile(SPEECH_FILE));
    const file = '/somewhere/speech.bin';
    const fails = (bytes: Buffer, reason: RegExp) => assert.throws(() => readSpeechModel(bytes, file), (e: unknown) => e instanceof ModelFileError && e.message.includes(file) && reason.test(e.message));

    it('the committed model has its header: format, version, families, training hashes, dev scores; at most 10 MB', () => {
      const bytes = committed();
      const header = JSON.parse(bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10, bytes.indexOf(10) + 1)).toString('utf8'));
      assert.equal(header.format, SPEECH_FORMAT);
      assert.equal(header.version, SPEECH_VERSION);
      assert.deepEqual(header.families, ALL_SPEECH_FAMILIES);
      for (const f of header.training) assert.match(f.sha256, /^[0-9a-f]{64}$/);
      assert.ok(header.devScores.indirect.f1 > 0.5);
      assert.ok(bytes.length <= 10 * 1024 * 1024);
    });

    it('truncated, damaged, of another kind or version: one clear error naming the file', () => {
      const bytes = committed();
      fails(bytes.subarray(0, Math.floor(bytes.length / 2)), /truncated|damaged/);
      const flipped = Buffer.from(bytes);
      flipped[flipped.length - 50] ^= 0xff;
      fails(flipped, /damaged|truncated/);
      fails(readFileSync(findModelFile(NER_FILE)), /holds a 'newslens-ner' model/);
      fails(Buffer.from(bytes.toString('latin1').replace(`"version":${SPEECH_VERSION},`, `"version":${SPEECH_VERSION + 1},`), 'latin1'), /npm run train/);
    });

    it('a missing model file: annotate fails naming it, never silently without reported speech', () => {
      const bytes = committed();
      const saved = process.env.NEWSLENS_MODELS;
      const dir = mkdtempSync(join(tmpdir(), 'nl-speech-'));
      copyFileSync(findModelFile(NER_FILE), join(dir, NER_FILE));
      process.env.NEWSLENS_MODELS = dir;
      setSpeechModel(null);
      try {
        assert.throws(() => annotateText('Headline\n\nThe mayor said the bridge would reopen.\n'), (e: unknown) => e instanceof ModelFileError && /speech\.bin.*not found/.test(e.message));
        writeFileSync(join(dir, SPEECH_FILE), bytes.subarray(0, 500));
        setSpeechModel(null);
        assert.throws(() => speechModel(), (e: unknown) => e instanceof ModelFileError && /truncated|damaged/.test(e.message));
      } finally {
        if (saved === undefined) delete process.env.NEWSLENS_MODELS;
        else process.env.NEWSLENS_MODELS = saved;
        setSpeechModel(null);
      }
    });
  });

  describe('the speaker ranker', () => {
    function ranked(body: string, weights: [string, string, number][]) {
      const text = `Headline for a test\n\n${body}\n`;
      const structure = parseArticle(text);
      const analysis = analyse(text, structure);
      const r = ruleReading(text, structure, analysis, findEntities(text, structure, analysis));
      const { quotes, source } = learnedQuotes(r, speechModel());
      const ranker = new Ranker({ keys: Uint32Array.from(weights, ([t, v]) => feature(templateSeed(t), v)), weights: Float32Array.from(weights, (w) => w[2]) });
      return { before: quotes, after: rankSpeakers(source, quotes, ranker, { direct: 0, indirect: 0 }) };
    }
    const body = 'Maria Lopez met John Smith on Tuesday. “We will not give up on this bill,” he said.';

    it('a candidate that outscores the rules’ pick speaks, and its reason says which won and why, in words', () => {
      const { before, after } = ranked(body, [['r:origin', 'person', 10], ['r:head', 'smith', 10]]);
      assert.equal(before[0].speaker?.text, 'he');
      assert.equal(after[0].speaker?.name, 'John Smith');
      assert.match(after[0].speaker?.reason ?? '', /^speaker model: ranked first of \d+ candidates as a person named, in the sentence before the quote \(person named 'John Smith'\); the rules had 'he'$/);
    });

    it('the rules’ pick stands when nothing outscores it, and "nobody" can win', () => {
      assert.deepEqual(ranked(body, []).after, ranked(body, []).before);
      assert.equal(ranked(body, [['r:origin', 'none', 50]]).after[0].speaker, null);
    });
  });

  // Attributions as news writes them; the engine must find the content, its cue and its source. `rule` names the
  // rows only the learned model reads (the rules have no pattern for them).
  const TABLE: { body: string; text: string; cue: string; speaker: string; rule?: string }[] = [
    { body: 'The mayor urged residents to stay indoors until the storm passed.', text: 'residents to stay indoors until the storm passed', cue: 'urged', speaker: 'The mayor' },
    { body: 'Police believe the fire was set deliberately.', text: 'the fire was set deliberately', cue: 'believe', speaker: 'Police' },
    { body: 'The union, which represents 20,000 nurses, warned that hospitals could run short of staff.', text: 'hospitals could run short of staff', cue: 'warned', speaker: 'The union' },
    { body: 'The company has since denied any wrongdoing, its lawyer said in a court filing.', text: 'The company has since denied any wrongdoing', cue: 'said', speaker: 'its lawyer' },
    { body: 'The council voted on Tuesday, but several members questioned whether the plan was legal.', text: 'whether the plan was legal', cue: 'questioned', speaker: 'several members' },
    { body: 'Economists expect the central bank to raise interest rates again in March.', text: 'the central bank to raise interest rates again in March', cue: 'expect', speaker: 'Economists' },
    { body: 'The treasurer went on to discuss the pension shortfall in detail.', text: 'the pension shortfall in detail', cue: 'went on to discuss', speaker: 'The treasurer', rule: 'learned' },
    { body: 'In an interview, the coach spoke about his decision to retire.', text: 'his decision to retire', cue: 'spoke about', speaker: 'the coach', rule: 'learned' },
    { body: 'The senator’s office issued a statement condemning the attack.', text: 'the attack', cue: 'issued a statement condemning', speaker: 'The senator’s office', rule: 'learned' },
  ];

  describe('attributions the engine must read right', () => {
    for (const row of TABLE) {
      it(row.body, () => {
        const quotes = annotateText(`Test article headline here\n\n${row.body}\n`).quotes.filter((q) => q.kind === 'indirect');
        assert.deepEqual(quotes.map((q) => ({ text: q.text, cue: q.cue?.text, speaker: q.speaker?.text })), [{ text: row.text, cue: row.cue, speaker: row.speaker }]);
        if (row.rule) assert.equal(quotes[0].rule, row.rule);
      });
    }
  });
});
