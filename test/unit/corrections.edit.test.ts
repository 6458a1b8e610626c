import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/corrections/atomicWrite';
import { addAlias, addEntity, addIgnore, renameEntity, setSpeaker, setType, type EditResult } from '../../src/core/corrections/edit';
import { parseCorrections } from '../../src/core/corrections/parse';
import { EXAMPLE, useTempFolder } from './correctionsFixtures';

/** A hand-written file: comments, an unknown key, odd spacing, all to be kept. */
const HAND = `{
  // Corrections for the Iran desk.
  "version": 1,
  "entities": [
    { "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"] },  // the president
    {
      "name": "Mehr News Agency",
      "type": "organization"
    }
  ],
  "ignore": [ "Asia/Tehran" ],
  "x-reviewed-by": {"name":"Sara",   "date": "2024-05-01"}
}
`;

function text(r: EditResult): string {
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.ok(parseCorrections(r.text).ok, r.text);
  return r.text;
}

/** The part of `after` that differs from `before` (common prefix and suffix removed), with what it replaced. */
function changed(before: string, after: string): { removed: string; added: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { removed: before.slice(p, before.length - s), added: after.slice(p, after.length - s) };
}

describe('corrections: edits', () => {
  it('adds an entity on its own line, like its neighbours, keeping everything else byte for byte', () => {
    const after = text(addEntity(EXAMPLE, { name: 'Ali Shamkhani', type: 'person' }));
    assert.deepEqual(changed(EXAMPLE, after), { removed: '', added: ',\n    { "name": "Ali Shamkhani", "type": "person" }' });
  });

  it('adds an entity to a hand-written file, keeping its comments and unknown keys', () => {
    const after = text(addEntity(HAND, { name: 'Ali Shamkhani', type: 'person', roles: ['Secretary'] }));
    assert.equal(after, HAND.replace('"type": "organization"\n    }', '"type": "organization"\n    },\n    {\n      "name": "Ali Shamkhani",\n      "type": "person",\n      "roles": [\n        "Secretary"\n      ]\n    }'));
  });

  it('marks a listed entity with another type by changing only its type', () => {
    const after = text(addEntity(EXAMPLE, { name: 'Mehr News Agency', type: 'person' }));
    assert.equal(after, EXAMPLE.replace('"Mehr News Agency", "type": "organization"', '"Mehr News Agency", "type": "person"'));
  });

  it('takes a name marked as an entity off the ignore list', () => {
    const after = text(addEntity(EXAMPLE, { name: 'Asia/Tehran', type: 'place' }));
    const r = parseCorrections(after);
    assert.deepEqual(r.corrections.ignore, []);
    assert.equal(r.corrections.entities[2].name, 'Asia/Tehran');
    assert.match(after, /"ignore": \[\],/);
  });

  it('creates the file content when the file is empty', () => {
    const after = text(addEntity('', { name: 'Ali Shamkhani', type: 'person' }));
    assert.equal(after, '{\n  "version": 1,\n  "entities": [\n    { "name": "Ali Shamkhani", "type": "person" }\n  ]\n}\n');
    assert.equal(text(addIgnore('', 'Zionist')), '{\n  "version": 1,\n  "ignore": ["Zionist"]\n}\n');
  });

  it('merges an alias into an entity, on the alias line, and nothing else', () => {
    const after = text(addAlias(EXAMPLE, 'Mehr News Agency', 'Mehr', 'organization'));
    assert.deepEqual(changed(EXAMPLE, after), { removed: '', added: ', "Mehr"' });
    const again = addAlias(after, 'Mehr News Agency', 'Mehr', 'organization');
    assert.ok(again.ok && !again.changed && again.text === after);
  });

  it('adds an aliases list to an entity without one, and an entity when none is listed', () => {
    const after = text(addAlias(HAND, 'Mehr News Agency', 'MNA', 'organization'));
    assert.deepEqual(changed(HAND, after), { removed: '', added: ',\n      "aliases": ["MNA"]' });
    const added = text(addAlias(HAND, 'Ali Shamkhani', 'Shamkhani', 'person'));
    assert.deepEqual(parseCorrections(added).corrections.entities[2], { name: 'Ali Shamkhani', type: 'person', aliases: ['Shamkhani'], roles: [] });
  });

  it('moves an alias claimed by another entity (merge is one step)', () => {
    const after = text(addAlias(EXAMPLE, 'Mehr News Agency', 'Putin', 'organization'));
    const r = parseCorrections(after);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.corrections.entities.map((e) => e.aliases), [['the Russian president'], ['MNA', 'Putin']]);
  });

  it('renames a listed entity, keeping the old name as an alias', () => {
    const after = text(renameEntity(EXAMPLE, 'Mehr News Agency', 'Mehr News', 'organization'));
    assert.deepEqual(parseCorrections(after).corrections.entities[1], { name: 'Mehr News', type: 'organization', aliases: ['MNA', 'Mehr News Agency'], roles: [] });
    assert.equal(after.split('\n').filter((l, i) => l !== EXAMPLE.split('\n')[i]).length, 1);
  });

  it('renames to one of the aliases by swapping it with the name', () => {
    const after = text(renameEntity(EXAMPLE, 'Vladimir Putin', 'Putin', 'person'));
    assert.deepEqual(parseCorrections(after).corrections.entities[0].aliases, ['Vladimir Putin', 'the Russian president']);
  });

  it('renames an entity only the engine knows by listing it with the old name as alias, and refuses a clash', () => {
    const after = text(renameEntity(EXAMPLE, 'Iravani', 'Amir Saeid Iravani', 'person'));
    assert.deepEqual(parseCorrections(after).corrections.entities[2], { name: 'Amir Saeid Iravani', type: 'person', aliases: ['Iravani'], roles: [] });
    const clash = renameEntity(EXAMPLE, 'Mehr News Agency', 'Vladimir Putin', 'organization');
    assert.equal(clash.ok, false);
  });

  it('retypes a listed entity in place, and anything else with a retype entry', () => {
    assert.deepEqual(changed(EXAMPLE, text(setType(EXAMPLE, 'Vladimir Putin', 'organization'))), { removed: 'pers', added: 'organizati' });
    const moved = text(setType(EXAMPLE, 'Syrian army', 'place'));
    assert.deepEqual(changed(EXAMPLE, moved), { removed: 'organization', added: 'place' });
    const added = text(setType(EXAMPLE, 'Zionist', 'organization'));
    assert.deepEqual(changed(EXAMPLE, added), { removed: '', added: ', { "text": "Zionist", "type": "organization" }' });
    const created = text(setType(HAND, 'Syrian army', 'organization'));
    assert.deepEqual(changed(HAND, created), { removed: '', added: ',\n  "retype": [\n    { "text": "Syrian army", "type": "organization" }\n  ]' });
  });

  it('adds an ignored text once, inside the list as written', () => {
    const after = text(addIgnore(HAND, 'Zionist'));
    assert.deepEqual(changed(HAND, after), { removed: '', added: ', "Zionist"' });
    assert.equal(text(addIgnore(after, 'Zionist')), after);
  });

  it('sets a quote speaker, replacing the entry for the same file and snippet', () => {
    const entry = { file: '000_d3ddef007ee00481.txt', quote: 'recent achievements have been', speaker: 'Alexander Lavrentiev' };
    assert.equal(text(setSpeaker(EXAMPLE, entry)), EXAMPLE.replace('"speaker": "Amir Saeid Iravani"', '"speaker": "Alexander Lavrentiev"'));
    const cleared = text(setSpeaker(EXAMPLE, { ...entry, speaker: null }));
    assert.deepEqual(changed(EXAMPLE, cleared), { removed: '"Amir Saeid Iravani"', added: 'null' });
    const other = text(setSpeaker(EXAMPLE, { ...entry, quote: 'continue to strengthen' }));
    assert.equal(parseCorrections(other).corrections.speakers.length, 2);
  });

  it('keeps the file\'s tabs and CRLF line ends', () => {
    const tabbed = '{\r\n\t"version": 1,\r\n\t"entities": [\r\n\t\t{\r\n\t\t\t"name": "A",\r\n\t\t\t"type": "person"\r\n\t\t}\r\n\t]\r\n}\r\n';
    const after = text(addEntity(tabbed, { name: 'B', type: 'place' }));
    assert.deepEqual(changed(tabbed, after), { removed: '', added: ',\r\n\t\t{\r\n\t\t\t"name": "B",\r\n\t\t\t"type": "place"\r\n\t\t}' });
  });

  it('refuses to edit a file with a syntax error or a wrong shape, saying where', () => {
    const broken = addEntity('{ "version": 1, "entities": [ }', { name: 'A', type: 'person' });
    assert.equal(broken.ok, false);
    assert.match(!broken.ok ? broken.reason : '', /syntax error .* at 1:\d+; fix it first/);
    const wrong = addIgnore('{ "version": 1, "ignore": "Asia/Tehran" }', 'x');
    assert.equal(wrong.ok, false);
    assert.equal(addIgnore('[1]', 'x').ok, false);
  });
});

describe('corrections: atomic write', () => {
  const folder = useTempFolder('newslens-corrections-');
  let tmp: string;
  beforeEach(() => { tmp = folder(); });

  it('replaces the file and leaves no temporary file behind', async () => {
    const file = join(tmp, '.newslens.json');
    writeFileSync(file, EXAMPLE);
    const after = text(addIgnore(EXAMPLE, 'Zionist'));
    assert.deepEqual(await writeFileAtomic(file, after), { ok: true });
    assert.equal(readFileSync(file, 'utf8'), after);
    assert.deepEqual(readdirSync(tmp), ['.newslens.json']);
  });

  it('reports a failed write without touching the old file or leaving anything', async () => {
    // Tests may run as root, for whom a read-only folder is still writable: a path below a regular
    // file fails for everyone (ENOTDIR).
    writeFileSync(join(tmp, 'plain'), 'x');
    const r = await writeFileAtomic(join(tmp, 'plain', '.newslens.json'), '{}');
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /part of the path is a file/);
    const locked = join(tmp, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, '.newslens.json'), EXAMPLE);
    chmodSync(locked, 0o555);
    const denied = await writeFileAtomic(join(locked, '.newslens.json'), '{}');
    if (process.getuid?.() !== 0) assert.equal(denied.ok, false);
    assert.deepEqual(readdirSync(locked), ['.newslens.json']);
    assert.deepEqual(readdirSync(tmp).sort(), ['locked', 'plain']);
  });
});
