import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { applyCorrections, fileMatches } from '../../src/core/corrections/apply';
import { NameMatcher } from '../../src/core/corrections/nameMatcher';
import { parseCorrections } from '../../src/core/corrections/parse';
import { emptyCorrections, type Corrections } from '../../src/core/corrections/types';
import type { ArticleAnnotations } from '../../src/core/model';
import { assertConsistent, EXAMPLE } from './correctionsFixtures';
import { seed } from './seeds';

function corrections(json: object | string): Corrections {
  const r = parseCorrections(typeof json === 'string' ? json : JSON.stringify({ version: 1, ...json }));
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.corrections;
}

describe('corrections: apply', () => {
  const s000 = seed('000');
  const s004 = seed('004');
  let raw000: ArticleAnnotations;
  let raw004: ArticleAnnotations;
  before(function () {
    this.timeout(60000);
    raw000 = annotateText(s000.text, s000.path);
    raw004 = annotateText(s004.text, s004.path);
  });

  it('changes nothing (same object) with no corrections, and never modifies its input', () => {
    assert.equal(applyCorrections(s004.text, raw004, emptyCorrections()), raw004);
    assert.equal(applyCorrections(s004.text, raw004, undefined), raw004);
    const before = JSON.stringify(raw000);
    assertConsistent(s000.text, applyCorrections(s000.text, raw000, corrections(EXAMPLE)));
    assert.equal(JSON.stringify(raw000), before);
  });

  it('never annotates an ignored text, even where a corrected name lies inside it (Asia/Tehran)', () => {
    const withTehran = { entities: [{ name: 'Tehran', type: 'place' }] };
    const line1 = s004.text.indexOf('\n');
    const inTimestamp = applyCorrections(s004.text, raw004, corrections(withTehran)).entities.filter((m) => m.start < line1);
    assert.deepEqual(inTimestamp.map((m) => m.text), ['Tehran', 'Tehran'], 'the corrected name is found where the engine saw boilerplate');
    const c = corrections({ ...withTehran, ignore: ['Asia/Tehran'] });
    const a = applyCorrections(s004.text, raw004, c);
    assertConsistent(s004.text, a);
    assert.deepEqual(a.entities.filter((m) => m.start < line1), []);
    assert.ok(a.entities.some((m) => m.text === 'Tehran' && m.start > line1));
  });

  it('drops every mention of an ignored text, and of an ignored entity by its name', () => {
    const a = applyCorrections(s004.text, raw004, corrections({ ignore: ['Istanbul', 'Ali Shamkhani'] }));
    assertConsistent(s004.text, a);
    assert.ok(raw004.entities.some((m) => m.text === 'Istanbul'));
    assert.ok(!a.entities.some((m) => m.text === 'Istanbul'));
    // "Shamkhani" is a mention of the entity named "Ali Shamkhani": ignoring the entity drops it too, and its quotes lose their speaker.
    assert.ok(raw004.entities.some((m) => m.text === 'Shamkhani' && m.name === 'Ali Shamkhani'));
    assert.ok(!a.entities.some((m) => m.name === 'Ali Shamkhani'));
    const kept = raw004.entities.filter((m) => m.text !== 'Istanbul' && m.name !== 'Ali Shamkhani');
    assert.deepEqual(a.entities, kept);
    for (const q of a.quotes) if (raw004.quotes.find((r) => r.start === q.start)!.speaker?.entity === 'person:ali-shamkhani') assert.equal(q.speaker, null);
    assert.equal(a.quotes.length, raw004.quotes.length);
  });

  it('keeps a quote whose speaker is an ignored text, with no speaker', () => {
    const a = applyCorrections(s000.text, raw000, corrections({ ignore: ['Iravani'] }));
    assertConsistent(s000.text, a);
    const rawQuote = raw000.quotes.find((q) => q.speaker?.text === 'Iravani')!;
    const q = a.quotes.find((x) => x.start === rawQuote.start)!;
    assert.equal(q.speaker, null);
    assert.deepEqual(a.entities, raw000.entities.filter((m) => m.text !== 'Iravani'), 'only the bare name is ignored');
  });

  it('retypes an entity (Syrian army), changing its id', () => {
    const a = applyCorrections(s004.text, raw004, corrections({ retype: [{ text: 'Syrian army', type: 'place' }] }));
    assertConsistent(s004.text, a);
    const army = a.entities.filter((m) => m.text === 'Syrian army');
    assert.equal(army.length, 1);
    assert.deepEqual([army[0].type, army[0].entity], ['place', 'place:syrian-army']);
    assert.equal(a.entities.length, raw004.entities.length);
  });

  it('retypes an entity as misc, and marks a name the engine missed as misc', () => {
    const a = applyCorrections(s004.text, raw004, corrections({ retype: [{ text: 'Syrian army', type: 'misc' }], entities: [{ name: 'Zionist', type: 'misc' }] }));
    assertConsistent(s004.text, a);
    const misc = a.entities.filter((m) => m.type === 'misc');
    // The engine finds misc names of its own ("Russian"); the two corrected ones are among them.
    const ids = new Set(misc.map((m) => m.entity));
    assert.ok(ids.has('misc:syrian-army') && ids.has('misc:zionist'), [...ids].join(', '));
    assert.ok(!a.entities.some((m) => m.type === 'organization' && m.text === 'Syrian army'), 'no longer an organisation');
    assert.ok(misc.every((m) => m.entity === `misc:${m.name.toLowerCase().replace(/ /g, '-')}`));
  });

  it('merges aliases into one entity across documents, and finds names the engine missed', () => {
    const c = corrections({ entities: [
      { name: 'Supreme National Security Council of Iran', type: 'organization', aliases: ['Supreme National Security Council'] },
      { name: 'Vladimir Putin', type: 'person', aliases: ['Putin', 'the Russian president'], roles: ['President of Russia'] },
    ] });
    const a004 = applyCorrections(s004.text, raw004, c);
    const a000 = applyCorrections(s000.text, raw000, c);
    assertConsistent(s004.text, a004);
    assertConsistent(s000.text, a000);
    const council = a004.entities.find((m) => m.text === 'Supreme National Security Council')!;
    assert.deepEqual([council.entity, council.name], ['organization:supreme-national-security-council-of-iran', 'Supreme National Security Council of Iran']);
    assert.ok(a000.entities.some((m) => m.entity === council.entity));
    // The engine has no mention of "the Russian president" in 000: the alias finds it.
    const president = a000.entities.find((m) => m.text === 'the Russian president')!;
    assert.deepEqual([president.type, president.entity, president.name], ['person', 'person:vladimir-putin', 'Vladimir Putin']);
    assert.ok(!raw000.entities.some((m) => m.start === president.start));
    // The role goes to the first mention without a written title.
    assert.equal(president.role, 'President of Russia');
    const putin004 = a004.entities.filter((m) => m.entity === 'person:vladimir-putin');
    assert.equal(putin004[0].role, 'President of Russia');
    assert.equal(putin004.filter((m) => m.role === 'President of Russia').length, 1);
    assert.ok(putin004.some((m) => m.role === 'Russian president'), 'a written title stays');
  });

  it('renames a whole engine entity by its canonical name, speakers included', () => {
    const a = applyCorrections(s000.text, raw000, corrections({ entities: [{ name: 'A. S. Iravani', type: 'person', aliases: ['Amir Saeid Iravani'] }] }));
    assertConsistent(s000.text, a);
    assert.ok(!a.entities.some((m) => m.entity === 'person:amir-saeid-iravani'));
    const bare = a.entities.find((m) => m.text === 'Iravani')!;
    assert.deepEqual([bare.entity, bare.name], ['person:a-s-iravani', 'A. S. Iravani']);
    const spoken = a.quotes.filter((q) => q.speaker?.entity === 'person:a-s-iravani');
    assert.equal(spoken.length, raw000.quotes.filter((q) => q.speaker?.entity === 'person:amir-saeid-iravani').length);
    assert.ok(spoken.every((q) => q.speaker!.name === 'A. S. Iravani'));
  });

  it('sets a quote speaker found by a snippet, in the file it names only', () => {
    const c = corrections(EXAMPLE.replace('"speaker": "Amir Saeid Iravani"', '"speaker": "Alexander Lavrentiev"'));
    const a = applyCorrections(s000.text, raw000, c);
    assertConsistent(s000.text, a);
    const q = a.quotes.find((x) => x.text.includes('recent achievements have been'))!;
    assert.equal(q.speaker!.entity, 'person:alexander-lavrentiev');
    assert.equal(q.speaker!.name, 'Alexander Lavrentiev');
    assert.ok(['Alexander Lavrentiev', 'Lavrentiev'].includes(q.speaker!.text));
    assert.match(q.speaker!.reason!, /correction/);
    // The same snippet in another file's name: untouched.
    const other = applyCorrections(s000.text, raw000, c, '/elsewhere/001.txt');
    assert.equal(other.quotes.find((x) => x.start === q.start)!.speaker!.entity, 'person:amir-saeid-iravani');
    // Null removes the speaker; a name the text never writes gets an empty span at the quote.
    const none = applyCorrections(s000.text, raw000, corrections(EXAMPLE.replace('"speaker": "Amir Saeid Iravani"', '"speaker": null')));
    assert.equal(none.quotes.find((x) => x.start === q.start)!.speaker, null);
    const stranger = applyCorrections(s000.text, raw000, corrections(EXAMPLE.replace('"speaker": "Amir Saeid Iravani"', '"speaker": "Jane Roe"')));
    const sq = stranger.quotes.find((x) => x.start === q.start)!;
    assert.deepEqual([sq.speaker!.start, sq.speaker!.end, sq.speaker!.text, sq.speaker!.entity], [q.start, q.start, '', 'person:jane-roe']);
  });

  it('finds a speaker snippet across a line break and after edits elsewhere in the file', () => {
    const edited = `An added first line.\n\n${s000.text}`;
    const rawEdited = annotateText(edited, s000.path);
    const c = corrections({ speakers: [{ file: '000_d3ddef007ee00481.txt', quote: 'recent   achievements\nhave been', speaker: 'Alexander Lavrentiev' }] });
    const q = applyCorrections(edited, rawEdited, c).quotes.find((x) => x.text.includes('recent achievements have been'))!;
    assert.equal(q.speaker!.entity, 'person:alexander-lavrentiev');
  });

  it('matches speaker files by base name or relative path, in paths and URIs', () => {
    assert.ok(fileMatches('000.txt', '/corpus/2019/000.txt'));
    assert.ok(fileMatches('2019/000.txt', '/corpus/2019/000.txt'));
    assert.ok(fileMatches('./2019/000.txt', 'C:\\corpus\\2019\\000.txt'));
    assert.ok(fileMatches('my file.txt', 'file:///corpus/my%20file.txt'));
    assert.ok(!fileMatches('000.txt', '/corpus/1000.txt'));
    assert.ok(!fileMatches('2018/000.txt', '/corpus/2019/000.txt'));
  });

  it('matches whole words, case-sensitively, leftmost then longest, across astral characters', () => {
    const text = '😀 Putins putin Putin. Vladimir Putin met Putin-Smith and 𝒳Putin, #MeToo!';
    const c = corrections({ entities: [{ name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] }, { name: '#MeToo', type: 'organization' }] });
    const a = applyCorrections(text, { file: 'x', title: '', dateline: null, entities: [], quotes: [] }, c);
    assertConsistent(text, a);
    assert.deepEqual(a.entities.map((m) => [m.text, m.start]), [
      ['Putin', text.indexOf('Putin.')], ['Vladimir Putin', text.indexOf('Vladimir')], ['Putin', text.indexOf('Putin-Smith')], ['#MeToo', text.indexOf('#MeToo')],
    ]);
  });

  it('replaces engine mentions a corrected name overlaps, keeping a title written with the same span', () => {
    const text = 'President Vladimir Putin of Russia spoke.';
    const m = (surface: string, name: string, role?: string) => {
      const start = text.indexOf(surface);
      return { type: 'person' as const, start, end: start + surface.length, text: surface, entity: `person:${name.toLowerCase().replace(/ /g, '-')}`, name, ...(role ? { role } : {}) };
    };
    const raw = { file: 'x', title: '', dateline: null, entities: [m('Vladimir Putin', 'Vladimir Putin', 'President'), { ...m('Russia', 'Russia'), type: 'place' as const, entity: 'place:russia' }], quotes: [] };
    const same = applyCorrections(text, raw, corrections({ entities: [{ name: 'V. Putin', type: 'person', aliases: ['Vladimir Putin'] }] }));
    assert.deepEqual(same.entities.map((x) => [x.text, x.name, x.role]), [['Vladimir Putin', 'V. Putin', 'President'], ['Russia', 'Russia', undefined]]);
    const across = applyCorrections(text, raw, corrections({ entities: [{ name: 'Putin of Russia', type: 'person' }] }));
    assert.deepEqual(across.entities.map((x) => [x.text, x.role]), [['Putin of Russia', undefined]]);
  });

  it('applies 2,000 corrected names over a 1 MB text in one pass', () => {
    const names = Array.from({ length: 2000 }, (_, i) => ({ name: `Name${i} Surname${i}`, type: 'person', aliases: [`Surname${i}`] }));
    const c = corrections({ entities: names, ignore: ['Name7 Surname7'] });
    const para = 'Officials said Name12 Surname12 met Surname99 and Name7 Surname7 in the capital on Monday. ';
    const text = para.repeat(Math.ceil(1e6 / para.length));
    const a = applyCorrections(text, { file: 'x', title: '', dateline: null, entities: [], quotes: [] }, c);
    assert.equal(a.entities.length, 2 * Math.ceil(1e6 / para.length));
  });

  it('NameMatcher refuses names without a word and duplicates', () => {
    const m = new NameMatcher<number>();
    assert.ok(m.add('A', 1));
    assert.ok(!m.add('A', 2));
    assert.ok(!m.add('--', 3));
    assert.equal(m.size, 1);
  });
});
