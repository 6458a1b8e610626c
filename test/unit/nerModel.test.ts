import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeModel, encodeModel, ModelFileError } from '../../src/core/learn/modelFile';
import { NER_FILE, NER_FORMAT, NER_VERSION, nerModel, readNerModel, setNerModel } from '../../src/core/nlp/tagger/nerModel';
import { findModelFile } from '../../src/core/nlp/tagger/modelLocation';
import { annotateText } from '../../src/core/annotate';

const committed = () => readFileSync(findModelFile(NER_FILE));

/** Asserts that fn throws a ModelFileError naming file and saying why (matching reason). */
function assertModelError(fn: () => unknown, file: string, reason: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ModelFileError, `a ModelFileError, not ${String(e)}`);
    assert.ok(e.message.includes(file), `names the file: ${e.message}`);
    assert.match(e.message, reason);
    return true;
  });
}

describe('model file', () => {
  it('round-trips sections, quantised weights within a step', () => {
    const w = Float32Array.from([0.5, -1.25, 3, 0]);
    const bytes = encodeModel({ format: 'f', version: 2, note: 'x' }, { keys: Uint32Array.from([7, 9]), w, u: Uint8Array.from([1, 2]) }, new Set(['w']));
    const { header, sections } = decodeModel(bytes, 'm.bin', { format: 'f', version: 2 });
    assert.equal(header.note, 'x');
    assert.deepEqual([...(sections.get('keys') as Uint32Array)], [7, 9]);
    assert.deepEqual([...(sections.get('u') as Uint8Array)], [1, 2]);
    const back = sections.get('w') as Float32Array;
    w.forEach((x, i) => assert.ok(Math.abs(back[i] - x) <= 3 / 32767 + 1e-7));
  });

  it('the committed entity model has a readable header: format, version, features, training data hashes, dev scores', () => {
    const bytes = committed();
    const lines = bytes.subarray(0, bytes.indexOf(10, bytes.indexOf(10) + 1)).toString('utf8').split('\n');
    assert.equal(lines[0], 'NEWSLENS-MODEL');
    const header = JSON.parse(lines[1]);
    assert.equal(header.format, NER_FORMAT);
    assert.equal(header.version, NER_VERSION);
    assert.ok(header.families.includes('lexical'));
    for (const f of header.training) assert.match(f.sha256, /^[0-9a-f]{64}$/);
    assert.ok(header.devScores.all.f1 > 0.5);
    assert.ok(bytes.length <= 10 * 1024 * 1024, 'at most 10 MB');
  });

  describe('a damaged model gives one clear error naming the file', () => {
    const file = '/somewhere/ner.bin';
    it('truncated', () => {
      const bytes = committed();
      assertModelError(() => readNerModel(bytes.subarray(0, Math.floor(bytes.length / 2)), file), file, /truncated|damaged/);
      assertModelError(() => readNerModel(bytes.subarray(0, 20), file), file, /truncated/);
    });
    it('a flipped byte in the body', () => {
      const bytes = Buffer.from(committed());
      bytes[bytes.length - 100] ^= 0xff;
      assertModelError(() => readNerModel(bytes, file), file, /damaged|truncated/);
    });
    it('not a model at all', () => {
      assertModelError(() => readNerModel(Buffer.from('{"hello": 1}\n'), file), file, /not a NewsLens model/);
    });
    it('another version', () => {
      const bytes = committed().toString('latin1').replace(`"version":${NER_VERSION},`, `"version":${NER_VERSION + 1},`);
      assertModelError(() => readNerModel(Buffer.from(bytes, 'latin1'), file), file, new RegExp(`version ${NER_VERSION + 1}.*npm run train`));
    });
  });

  describe('loading through the engine', () => {
    const saved = process.env.NEWSLENS_MODELS;
    afterEach(() => {
      if (saved === undefined) delete process.env.NEWSLENS_MODELS;
      else process.env.NEWSLENS_MODELS = saved;
      setNerModel(null);
    });

    it('a missing model file: annotate fails with the error naming the file, never silently with no entities', () => {
      const dir = mkdtempSync(join(tmpdir(), 'nl-model-'));
      process.env.NEWSLENS_MODELS = dir;
      setNerModel(null);
      assertModelError(() => annotateText('Vladimir Putin met Angela Merkel in Berlin.'), join(dir, NER_FILE), /not found/);
      assertModelError(() => nerModel(), join(dir, NER_FILE), /not found/);
    });

    it('a truncated model file in place', () => {
      const dir = mkdtempSync(join(tmpdir(), 'nl-model-'));
      writeFileSync(join(dir, NER_FILE), committed().subarray(0, 1000));
      process.env.NEWSLENS_MODELS = dir;
      setNerModel(null);
      assertModelError(() => annotateText('Vladimir Putin met Angela Merkel in Berlin.'), join(dir, NER_FILE), /truncated|damaged/);
    });

    it('the committed model finds people and places', () => {
      setNerModel(null);
      const r = annotateText('Russian President Vladimir Putin met German Chancellor Angela Merkel in Berlin on Monday, officials said.');
      const people = r.entities.filter((e) => e.type === 'person').map((e) => e.text);
      assert.deepEqual(people, ['Vladimir Putin', 'Angela Merkel']);
      assert.ok(r.entities.some((e) => e.type === 'place' && e.text === 'Berlin'));
    });
  });
});
