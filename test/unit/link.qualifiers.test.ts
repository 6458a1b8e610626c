import { strict as assert } from 'node:assert';
import type { EntityType, Mention } from '../../src/core/model';
import { linkMentions, type RawMention } from '../../src/core/articleLinks/linker';
import { qualifyFromContext } from '../../src/core/articleLinks/contextQualifier';
import { addPlace, splitQualifier, type PlaceNames } from '../../src/core/articleLinks/qualifiers';

/** Raw mentions of `text`: each [type, surface] marks the next occurrence of surface. */
function rawOf(text: string, marks: [EntityType, string][]): RawMention[] {
  let cursor = 0;
  return marks.map(([type, surface]) => {
    const start = text.indexOf(surface, cursor);
    if (start === -1) throw new Error(`'${surface}' not found after ${cursor}`);
    cursor = start + surface.length;
    return { type, start, end: cursor, text: surface };
  });
}

function orgs(ms: Mention[]): { text: string; name: string; entity: string }[] {
  return ms.filter((m) => m.type === 'organization').map(({ text, name, entity }) => ({ text, name, entity }));
}

const countries: Record<string, string> = { iranian: 'Iran', russian: 'Russia' };
const countryOf = (w: string) => countries[w.toLowerCase()];

const COUNCIL = 'Supreme National Security Council';
const COUNCIL_OF_IRAN = 'Supreme National Security Council of Iran';
const COUNCIL_ID = 'organization:supreme-national-security-council-of-iran';

describe('organisations qualified by a place (within one article)', () => {
  it('splits "<base> of <place>" and "<place>\'s <base>" only on a place the article names', () => {
    const places: PlaceNames = new Map();
    addPlace(places, 'Iran', 'Iran');
    addPlace(places, 'U.S.', 'United States');
    assert.deepEqual(splitQualifier('Ministry of Defence of Iran', places),
      { base: 'Ministry of Defence', baseKey: 'ministry of defence', place: 'Iran', placeKey: 'iran', how: 'written' });
    assert.equal(splitQualifier('Iran’s Supreme National Security Council', places)?.base, COUNCIL);
    assert.equal(splitQualifier('Embassy of the U.S.', places), null, 'a base of one word does not stand alone');
    assert.equal(splitQualifier('Supreme Court of the U.S.', places)?.place, 'United States');
    assert.equal(splitQualifier('Ministry of Defence', places), null, 'Defence is no place');
    assert.equal(splitQualifier('Ministry of Defence of Russia', places), null, 'Russia is not a place of this article');
  });

  it('links the bare, "of Iran" and "Iran\'s" forms as one council with the fullest name (rule-engine spans)', () => {
    const text = `Tehran: the ${COUNCIL} met. The ${COUNCIL_OF_IRAN} said in Iran that Iran’s ${COUNCIL} agreed.`;
    const ms = linkMentions(rawOf(text, [['place', 'Tehran'], ['organization', COUNCIL], ['organization', COUNCIL_OF_IRAN],
      ['place', 'Iran'], ['organization', `Iran’s ${COUNCIL}`]]));
    assert.deepEqual(orgs(ms).map((m) => m.entity), [COUNCIL_ID, COUNCIL_ID, COUNCIL_ID]);
    for (const m of orgs(ms)) assert.equal(m.name, COUNCIL_OF_IRAN);
  });

  it('reads the place from the text around the span when a tagger marks council and place apart', () => {
    const text = `The ${COUNCIL} of Iran met. Iran’s ${COUNCIL} agreed. The Iranian ${COUNCIL} spoke.`;
    const marks: [EntityType, string][] = [['organization', COUNCIL], ['place', 'Iran'], ['place', 'Iran'], ['organization', COUNCIL], ['organization', COUNCIL]];
    for (const m of orgs(linkMentions(qualifyFromContext(text, rawOf(text, marks), countryOf)))) {
      assert.deepEqual([m.entity, m.name], [COUNCIL_ID, COUNCIL_OF_IRAN], m.text);
    }
    // Without the context the three bare names are still one organisation, named as written.
    assert.deepEqual(new Set(orgs(linkMentions(rawOf(text, marks))).map((m) => m.entity)), new Set(['organization:supreme-national-security-council']));
  });

  it('keeps full names with different places apart: Bank of England, Bank of Japan', () => {
    const text = 'The Bank of England and the Bank of Japan, in England and Japan. The Bank said.';
    const ms = orgs(linkMentions(rawOf(text, [['organization', 'Bank of England'], ['organization', 'Bank of Japan'],
      ['place', 'England'], ['place', 'Japan'], ['organization', 'Bank']])));
    assert.deepEqual(ms.map((m) => m.name), ['Bank of England', 'Bank of Japan', 'Bank']);
    const alone = 'The Bank of England, in England. The Bank said.';
    const bank = orgs(linkMentions(rawOf(alone, [['organization', 'Bank of England'], ['place', 'England'], ['organization', 'Bank']])));
    assert.deepEqual(bank.map((m) => m.name), ['Bank of England', 'Bank'], 'one word is no short name of "Bank of England"');
  });

  it('links a bare "Ministry of Defence" to the only qualified one, to neither of two', () => {
    const one = 'Russia said the Ministry of Defence of Russia and the Ministry of Defence agreed.';
    const single = orgs(linkMentions(rawOf(one, [['place', 'Russia'], ['organization', 'Ministry of Defence of Russia'], ['organization', 'Ministry of Defence']])));
    assert.deepEqual(single.map((m) => m.entity), ['organization:ministry-of-defence-of-russia', 'organization:ministry-of-defence-of-russia']);

    const two = 'Iran and Russia: the Ministry of Defence of Iran, the Ministry of Defence of Russia and the Ministry of Defence.';
    const marks: [EntityType, string][] = [['place', 'Iran'], ['place', 'Russia'], ['organization', 'Ministry of Defence of Iran'],
      ['organization', 'Ministry of Defence of Russia'], ['organization', 'Ministry of Defence']];
    assert.deepEqual(orgs(linkMentions(rawOf(two, marks))).map((m) => m.name),
      ['Ministry of Defence of Iran', 'Ministry of Defence of Russia', 'Ministry of Defence']);
  });

  it('lets the context pick one of two qualified forms: "Russia\'s" or "the Russian" Ministry of Defence', () => {
    for (const before of ['Russia’s', 'the Russian']) {
      const text = `Iran and Russia: the Ministry of Defence of Iran, the Ministry of Defence of Russia, and ${before} Ministry of Defence.`;
      const marks: [EntityType, string][] = [['place', 'Iran'], ['place', 'Russia'], ['organization', 'Ministry of Defence of Iran'],
        ['organization', 'Ministry of Defence of Russia'], ...(before === 'Russia’s' ? [['place', 'Russia'] as [EntityType, string]] : []),
        ['organization', 'Ministry of Defence']];
      const last = orgs(linkMentions(qualifyFromContext(text, rawOf(text, marks), countryOf))).pop();
      assert.equal(last?.name, 'Ministry of Defence of Russia', before);
    }
  });

  it('keeps a place from the context: "Russia\'s" makes its own name, "the Russian" joins one or none', () => {
    const text = 'Iran and Russia: the Ministry of Defence of Iran, Russia’s Ministry of Defence and the Russian Ministry of Defence.';
    const marks: [EntityType, string][] = [['place', 'Iran'], ['place', 'Russia'], ['organization', 'Ministry of Defence of Iran'],
      ['place', 'Russia'], ['organization', 'Ministry of Defence'], ['organization', 'Ministry of Defence']];
    const raw = qualifyFromContext(text, rawOf(text, marks), countryOf);
    assert.deepEqual(orgs(linkMentions(raw)).map((m) => m.name), ['Ministry of Defence of Iran', 'Ministry of Defence of Russia', 'Ministry of Defence of Russia']);
    const noPossessive = raw.filter((m) => m.type !== 'organization' || m.qualifier?.how !== 'possessive');
    assert.deepEqual(orgs(linkMentions(noPossessive)).map((m) => m.name), ['Ministry of Defence of Iran', 'Ministry of Defence'],
      'a demonym names no organisation by itself, and keeps it out of Iran’s');
  });

  it('takes no qualifier from a place the article does not name, or from a word that only contains a demonym', () => {
    const text = `Iran and the pro-Russian ${COUNCIL} met; the Russian ${COUNCIL} too.`;
    const raw = qualifyFromContext(text, rawOf(text, [['place', 'Iran'], ['organization', COUNCIL], ['organization', COUNCIL]]), countryOf);
    assert.deepEqual(raw.map((m) => m.qualifier), [undefined, undefined, undefined]);
    const ofRussia = linkMentions(rawOf(`The ${COUNCIL} of Russia and the ${COUNCIL}.`, [['organization', `${COUNCIL} of Russia`], ['organization', COUNCIL]]));
    assert.deepEqual(orgs(ofRussia).map((m) => m.name), [`${COUNCIL} of Russia`, COUNCIL], 'Russia is not a place mention here');
  });
});
