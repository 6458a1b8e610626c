import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorrections, formatDiagnostic } from '../../src/core/corrections/parse';
import type { CorrectionsDiagnostic } from '../../src/core/corrections/types';
import { EXAMPLE } from './correctionsFixtures';
import { ROOT } from './seeds';


/** The diagnostic whose code is `code` (exactly one expected). */
function only(diagnostics: CorrectionsDiagnostic[], code: string): CorrectionsDiagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, JSON.stringify(diagnostics));
  return found[0];
}

describe('corrections: parse', () => {
  it('reads the example of the issue without any diagnostic', () => {
    const r = parseCorrections(EXAMPLE);
    assert.deepEqual(r.diagnostics, []);
    assert.ok(r.ok);
    assert.deepEqual(r.corrections.entities[0], { name: 'Vladimir Putin', type: 'person', aliases: ['Putin', 'the Russian president'], roles: ['President of Russia'] });
    assert.deepEqual(r.corrections.entities[1], { name: 'Mehr News Agency', type: 'organization', aliases: ['MNA'], roles: [] });
    assert.deepEqual(r.corrections.ignore, ['Asia/Tehran']);
    assert.deepEqual(r.corrections.retype, [{ text: 'Syrian army', type: 'organization' }]);
    assert.deepEqual(r.corrections.speakers, [{ file: '000_d3ddef007ee00481.txt', quote: 'recent achievements have been', speaker: 'Amir Saeid Iravani' }]);
  });

  it('places a JSON syntax error at its line and column, and uses none of the file', () => {
    const text = '{\n  "version": 1,\n  "ignore": ["a" "b"]\n}\n';
    const r = parseCorrections(text);
    assert.equal(r.ok, false);
    const d = only(r.diagnostics, 'syntax');
    assert.equal(d.severity, 'error');
    assert.equal(d.line, 2);
    assert.equal(d.column, text.split('\n')[2].indexOf('"b"'));
    assert.equal(d.offset, text.indexOf('"b"'));
    assert.match(d.message, /',' is expected/);
    assert.deepEqual(r.corrections.ignore, []);
    assert.equal(formatDiagnostic('.newslens.json', d), `.newslens.json:3:${d.column + 1}: error: JSON syntax error: ',' is expected`);
  });

  it('reports an unterminated file at its end', () => {
    const text = '{ "version": 1, "ignore": ["x"';
    const r = parseCorrections(text);
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.every((d) => d.code === 'syntax' && d.offset <= text.length));
  });

  it('accepts comments and trailing commas (the file is written by hand)', () => {
    const r = parseCorrections('// mine\n{ "version": 1, /* x */ "ignore": ["a",], }');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.corrections.ignore, ['a']);
  });

  it('warns about unknown keys at the key, and still uses the rest', () => {
    const text = '{ "version": 1, "colour": "red", "entities": [{ "name": "Ali Shamkhani", "type": "person", "note": "x" }] }';
    const r = parseCorrections(text);
    assert.ok(r.ok);
    const unknown = r.diagnostics.filter((d) => d.code === 'unknown-key');
    assert.deepEqual(unknown.map((d) => [d.severity, d.offset, d.length, d.path]), [
      ['warning', text.indexOf('"colour"'), '"colour"'.length, ['colour']],
      ['warning', text.indexOf('"note"'), '"note"'.length, ['entities', 0, 'note']],
    ]);
    assert.equal(r.corrections.entities[0].name, 'Ali Shamkhani');
  });

  it('reports wrong types at the value and skips that entry only', () => {
    const text = '{ "version": 1, "entities": [{ "name": 42, "type": "person" }, { "name": "Iran Press", "type": "organisation" }, "Tasnim", { "name": "Ali Shamkhani", "type": "person" }], "ignore": "Asia/Tehran", "retype": [{ "text": "Syrian army" }] }';
    const r = parseCorrections(text);
    assert.equal(r.ok, false);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const at = (s: string) => text.indexOf(s);
    assert.deepEqual(errors.map((d) => [d.code, d.offset, d.path.join('.')]), [
      ['wrong-type', at('42'), 'entities.0.name'],
      ['wrong-type', at('"organisation"'), 'entities.1.type'],
      ['wrong-type', at('"Tasnim"'), 'entities.2'],
      ['wrong-type', at('"Asia/Tehran"'), 'ignore'],
      ['missing-key', at('{ "text"'), 'retype.0'],
    ]);
    assert.match(errors[1].message, /spelt "organization"/);
    assert.match(errors[3].message, /ignore must be an array, not the string "Asia\/Tehran"/);
    assert.deepEqual(r.corrections.entities.map((e) => e.name), ['Ali Shamkhani']);
  });

  it('reads misc as a type for entities and retype entries, and points a NER-style misspelling to it', () => {
    const r = parseCorrections('{ "version": 1, "entities": [{ "name": "COVID-19", "type": "misc", "aliases": ["Covid"] }], "retype": [{ "text": "JCPOA", "type": "misc" }] }');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.corrections.entities.map((e) => [e.name, e.type]), [['COVID-19', 'misc']]);
    assert.deepEqual(r.corrections.retype, [{ text: 'JCPOA', type: 'misc' }]);
    const bad = parseCorrections('{ "version": 1, "retype": [{ "text": "JCPOA", "type": "Miscellaneous" }] }');
    assert.equal(bad.ok, false);
    assert.match(bad.diagnostics[0].message, /"person", "organization", "place" or "misc", not "Miscellaneous" \(use "misc"\)$/);
    const proto = parseCorrections('{ "version": 1, "retype": [{ "text": "JCPOA", "type": "constructor" }] }');
    assert.match(proto.diagnostics[0].message, /not "constructor"$/, 'no hint taken from Object.prototype');
  });

  it('reads a 0-byte file as empty corrections, with a note', () => {
    for (const text of ['', '  \n', '\ufeff']) {
      const r = parseCorrections(text);
      assert.ok(r.ok);
      assert.deepEqual(r.corrections, { entities: [], ignore: [], retype: [], speakers: [] });
      assert.deepEqual(r.diagnostics.map((d) => [d.severity, d.code, d.offset, d.line]), [['info', 'empty-file', 0, 0]]);
    }
  });

  it('warns when the version is missing, and rejects one it does not know', () => {
    const missing = parseCorrections('{ "ignore": ["x"] }');
    assert.ok(missing.ok);
    assert.equal(only(missing.diagnostics, 'version-missing').severity, 'warning');
    assert.deepEqual(missing.corrections.ignore, ['x']);
    const text = '{ "version": 2, "ignore": ["x"] }';
    const future = parseCorrections(text);
    assert.equal(future.ok, false);
    const d = only(future.diagnostics, 'version-unsupported');
    assert.equal(d.offset, text.indexOf('2'));
    assert.match(d.message, /unsupported version 2: this NewsLens reads version 1/);
    assert.equal(parseCorrections('{ "version": "1" }').ok, false);
  });

  it('rejects a file that is not an object', () => {
    for (const text of ['[]', '"x"', '42', 'null']) {
      const r = parseCorrections(text);
      assert.equal(r.ok, false, text);
      assert.ok(r.diagnostics.some((d) => d.code === 'not-object' || d.code === 'syntax'), text);
    }
  });

  it('reports an alias shared by two entities as a conflict: the first wins', () => {
    const text = `{ "version": 1, "entities": [
      { "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"] },
      { "name": "Igor Putin", "type": "person", "aliases": ["Putin", "Igor"] }
    ] }`;
    const r = parseCorrections(text);
    assert.ok(r.ok);
    const d = only(r.diagnostics, 'alias-conflict');
    assert.equal(d.severity, 'warning');
    assert.equal(d.offset, text.lastIndexOf('"Putin"'));
    assert.deepEqual(d.path, ['entities', 1, 'aliases', 0]);
    assert.match(d.message, /"Putin" is already an alias of "Vladimir Putin" \(entities\[0\]\); the first wins/);
    assert.deepEqual(r.corrections.entities.map((e) => e.aliases), [['Putin'], ['Igor']]);
  });

  it('merges an entity listed twice into the first, and says so', () => {
    const r = parseCorrections('{ "version": 1, "entities": [{ "name": "MNA", "type": "organization" }, { "name": "MNA", "type": "person", "aliases": ["Mehr"] }] }');
    assert.equal(only(r.diagnostics, 'alias-conflict').severity, 'warning');
    assert.deepEqual(r.corrections.entities, [{ name: 'MNA', type: 'organization', aliases: ['Mehr'], roles: [] }]);
  });

  it('warns when an ignored text is also a name (ignore wins), and about names without letters', () => {
    const r = parseCorrections('{ "version": 1, "entities": [{ "name": "Zionist", "type": "person", "aliases": ["--"] }], "ignore": ["Zionist"] }');
    assert.ok(r.ok);
    assert.equal(only(r.diagnostics, 'ignored-name').path.join('.'), 'ignore.0');
    assert.equal(only(r.diagnostics, 'no-letters').severity, 'warning');
  });

  it('reads a speaker set to null (no speaker) and rejects an empty snippet', () => {
    const r = parseCorrections('{ "version": 1, "speakers": [{ "file": "a.txt", "quote": "we will", "speaker": null }, { "file": "a.txt", "quote": " ", "speaker": "X" }] }');
    assert.equal(r.ok, false);
    assert.equal(only(r.diagnostics, 'empty-value').path.join('.'), 'speakers.1.quote');
    assert.deepEqual(r.corrections.speakers, [{ file: 'a.txt', quote: 'we will', speaker: null }]);
  });

  it('counts offsets after a byte-order mark as in the text given, and lines after CRLF', () => {
    const text = '\ufeff{\r\n  "version": 1,\r\n  "bogus": 1\r\n}';
    const d = only(parseCorrections(text).diagnostics, 'unknown-key');
    assert.equal(d.offset, text.indexOf('"bogus"'));
    assert.deepEqual([d.line, d.column], [2, 2]);
  });

  it('parses a 10 MB file in reasonable time', function () {
    this.timeout(30000);
    const entity = (i: number) => `    { "name": "Person Number${i}", "type": "person", "aliases": ["Number${i}", "P${i}"], "roles": ["Role ${i}"] }`;
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const l = entity(i);
      lines.push(l);
      size += l.length + 2;
    }
    const text = `{\n  "version": 1,\n  "entities": [\n${lines.join(',\n')}\n  ]\n}\n`;
    const r = parseCorrections(text);
    assert.ok(r.ok, JSON.stringify(r.diagnostics.slice(0, 3)));
    assert.equal(r.corrections.entities.length, lines.length);
  });

  it('does not hang or throw on a 10 MB string of junk or of nested brackets', function () {
    this.timeout(30000);
    for (const text of ['['.repeat(10 * 1024 * 1024), `{"version": 1, "ignore": ["${'x'.repeat(10 * 1024 * 1024)}`, '{'.repeat(1000000)]) {
      // A hang shows as the test's timeout; no wall-clock assertion on a shared machine.
      const r = parseCorrections(text);
      assert.equal(r.ok, false);
      assert.ok(r.diagnostics.length >= 1);
    }
  });
});

describe('corrections: JSON Schema', () => {
  const Ajv = require('ajv').default;
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'corrections.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('accepts the example and what the parser reads without errors', () => {
    assert.ok(validate(JSON.parse(EXAMPLE)), JSON.stringify(validate.errors));
    assert.ok(validate({ version: 1, speakers: [{ file: 'a.txt', quote: 'x', speaker: null }] }), JSON.stringify(validate.errors));
    assert.ok(validate({ version: 1, entities: [{ name: 'COVID-19', type: 'misc' }], retype: [{ text: 'JCPOA', type: 'misc' }] }), JSON.stringify(validate.errors));
  });

  it('rejects what the parser reports as errors', () => {
    for (const bad of [
      { version: 2 },
      { version: 1, entities: [{ name: 'X', type: 'organisation' }] },
      { version: 1, retype: [{ text: 'Brexit', type: 'MISC' }] },
      { version: 1, entities: [{ name: 42, type: 'person' }] },
      { version: 1, ignore: 'Asia/Tehran' },
      { version: 1, retype: [{ text: 'Syrian army' }] },
      { version: 1, speakers: [{ file: 'a.txt', quote: ' ', speaker: 'X' }] },
    ]) {
      assert.ok(!validate(bad), JSON.stringify(bad));
      assert.equal(parseCorrections(JSON.stringify(bad)).ok, false, JSON.stringify(bad));
    }
  });
});
