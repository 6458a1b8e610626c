import { strict as assert } from 'node:assert';
import { entitiesOf, lineWith, mentions, named, seed } from './entitiesHelpers';
import { resolveDescription } from '../../src/core/nlp/descriptions';

describe('entities on the seed articles', () => {
  const mna = seed('000_d3ddef007ee00481.txt');
  const press = seed('004_b614ce07fba6f1af.txt');
  const a = entitiesOf(mna);
  const b = entitiesOf(press);
  /** The person, organisation and place mentions of the line of the seed that contains `part`. */
  const inA = (part: string) => mentions(a, lineWith(mna, part));
  const inB = (part: string) => mentions(b, lineWith(press, part));

  it('every mention text equals its slice', () => {
    for (const [text, ms] of [[mna, a], [press, b]] as const) {
      for (const m of ms) assert.equal(m.text, text.slice(m.start, m.end));
    }
  });

  it('finds a full name across a non-breaking space, with its appositive role', () => {
    const [m] = named(a, 'person', 'Amir Saeid Iravani');
    assert.ok(m, 'Amir Saeid Iravani');
    assert.equal(m.name, 'Amir Saeid Iravani');
    assert.equal(m.entity, 'person:amir-saeid-iravani');
    assert.equal(m.role, 'Deputy Secretary-General of the Supreme National Security Council of Iran');
    assert.deepEqual(inA('Saeid Iravani, Deputy'), [
      'person:Amir Saeid Iravani', 'organization:Supreme National Security Council of Iran', 'place:Syria', 'person:Alexander Lavrentiev', 'place:Tehran',
    ]);
  });

  it('links bare surnames to the full name', () => {
    const iravani = named(a, 'person', 'Iravani');
    assert.ok(iravani.length >= 2);
    for (const m of iravani) assert.equal(m.entity, 'person:amir-saeid-iravani');
    for (const m of named(b, 'person', 'Putin')) assert.equal(m.name, 'Vladimir Putin');
    for (const m of named(b, 'person', 'Shamkhani')) assert.equal(m.entity, 'person:ali-shamkhani');
  });

  it('keeps titles, possessives and punctuation out of person spans', () => {
    for (const m of [...a, ...b].filter((x) => x.type === 'person')) {
      assert.doesNotMatch(m.text, /President|['’]s$|[,.•:]/, m.text);
    }
    assert.ok(named(b, 'person', 'Putin').length, 'headline "• Putin sends envoy" gives Putin');
    assert.deepEqual(inB('Putin sends envoy'), ['person:Putin', 'place:Tehran']);
  });

  it('reads pre-nominal role chains', () => {
    assert.equal(named(a, 'person', 'Alexander Lavrentiev')[0].role, 'Russian President’s Special Envoy for Syria');
    assert.equal(named(b, 'person', 'Alexander Lavrentiev')[0].role, 'Russian President’s special envoy');
    assert.equal(named(b, 'person', 'Ali Shamkhani')[0].role, 'Secretary of Iran’s Supreme National Security Council');
  });

  it('reads a role before a comma', () => {
    const putin = named(b, 'person', 'Vladimir Putin').find((m) => m.role);
    assert.equal(putin?.role, 'Russian president');
    assert.deepEqual(inB('cannot force Tehran'), ['person:Vladimir Putin', 'place:Tehran', 'place:Syria', 'place:Damascus', 'place:Tehran']);
  });

  it('finds organisations: councils, agencies, outlets, armies, the dateline agency', () => {
    assert.ok(named(b, 'organization', 'Supreme National Security Council').length);
    assert.ok(named(b, 'organization', 'Tasnim News Agency').length);
    assert.ok(named(b, 'organization', 'Syrian army').length);
    assert.ok(named(b, 'organization', 'Iran Press').length, 'Iran Press glued to "Europe:"');
    const [agency] = named(a, 'organization', 'MNA');
    assert.ok(agency, 'MNA in the dateline');
    assert.equal(agency.name, 'Mehr News Agency');
    assert.deepEqual(inA('(MNA)'), ['place:TEHRAN', 'organization:MNA', 'organization:Supreme National Security Council of Iran', 'place:Syria']);
    assert.deepEqual(inB('Iran PressEurope:'), [
      'organization:Iran Press', 'person:Lavrentiev', 'place:Iran', 'organization:Supreme National Security Council', 'person:Ali Shamkhani', 'place:Tehran',
    ]);
    assert.deepEqual(inB('Syrian army'), ['person:Shamkhani', 'place:Tehran', 'place:Moscow', 'place:Damascus', 'organization:Syrian army']);
    assert.deepEqual(inB('Tasnim News Agency reported'), [
      'place:Iran', 'person:Vladimir Putin', 'place:Russia', 'place:Turkey', 'place:Germany', 'place:France', 'place:Syria', 'place:Istanbul',
      'place:Moscow', 'place:Iran', 'place:US', 'organization:Tasnim News Agency',
    ]);
  });

  it('finds places and not time zones, boilerplate or related headlines', () => {
    for (const p of ['Tehran', 'Syria', 'Daraa', 'Finland']) assert.ok(named(a, 'place', p).length, p);
    assert.ok(named(a, 'place', 'Islamic Republic of Iran').length, 'a state\'s formal name is a place');
    assert.ok(named(a, 'place', 'TEHRAN').length, 'dateline place');
    assert.equal(named(a, 'place', 'TEHRAN')[0].entity, 'place:tehran');
    assert.deepEqual(inA('in Daraa'), ['place:Syria', 'place:Daraa', 'person:Iravani', 'place:Astana', 'place:Sochi']);
    assert.deepEqual(inA('the Islamic Republic of Iran attaches'), ['place:Islamic Republic of Iran']);
    // Finland's line is not compared whole: it also gives JCPOA (the nuclear agreement) as an organisation.
    const zone = press.indexOf('Asia/Tehran');
    assert.ok(!b.some((m) => m.start >= zone && m.start < zone + 11), 'no entity in the time zone');
    const related = press.indexOf('International condemnation');
    assert.ok(!b.some((m) => m.start >= related && m.start < related + 70), 'no entity in a related headline');
    const readMore = press.indexOf('Read More:');
    assert.ok(!b.some((m) => m.start >= readMore), 'no entity in the related list');
  });

  it('resolves descriptions to the person with the matching role', () => {
    const official = mna.indexOf('The Iranian security official');
    assert.equal(resolveDescription('The Iranian security official', a, official)?.entity, 'person:amir-saeid-iravani');
    const envoy = press.indexOf('The Russian envoy');
    assert.equal(resolveDescription('The Russian envoy', b, envoy)?.entity, 'person:alexander-lavrentiev');
    const visiting = press.indexOf('The visiting envoy');
    assert.equal(resolveDescription('The visiting envoy', b, visiting)?.entity, 'person:alexander-lavrentiev');
    assert.equal(resolveDescription('The Chinese envoy', b, visiting), null);
  });
});
