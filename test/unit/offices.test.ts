import { strict as assert } from 'node:assert';
import { OFFICE_HEADS, officeOf, officePhrases, PHRASE_HEADS } from '../../src/core/corpus/offices';
import { ROLE_HEADS } from '../../src/core/nlp/gazetteer';
import { seed } from './seeds';

/** [phrase text, office key] of every phrase found in a sentence. */
function found(text: string): [string, string][] {
  return officePhrases(text).map((p) => [p.text, p.office.key]);
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('offices', () => {
  describe('officeOf', () => {
    const cases: [string, string, string][] = [
      ['Russian president', 'president|russia', 'president of Russia'],
      ["Russia's President", 'president|russia', 'president of Russia'],
      ['Russia’s President', 'president|russia', 'president of Russia'],
      ['President of Russia', 'president|russia', 'president of Russia'],
      ['the Russian president', 'president|russia', 'president of Russia'],
      ['President', 'president|', 'president'],
      ['Prime Minister', 'prime minister|', 'prime minister'],
      ['Iranian Foreign Minister', 'foreign minister|iran', 'foreign minister of Iran'],
      ['Minister of Foreign Affairs', 'foreign minister|', 'foreign minister'],
      ['U.S. Secretary of State', 'secretary of state|united states', 'secretary of state of the United States'],
      ['President of the United States', 'president|united states', 'president of the United States'],
      ['Vice-President', 'vice president|', 'vice president'],
      ['UN Secretary General', 'secretary-general|un', 'UN secretary-general'],
      ['Kremlin spokesman', 'spokesman|kremlin', 'Kremlin spokesman'],
    ];
    for (const [role, key, label] of cases) {
      it(`"${role}" -> ${key}`, () => {
        assert.deepEqual(officeOf(role), { key, label });
      });
    }

    it('keeps an organisation office as head + the organisation after "of", either way it is written', () => {
      const a = officeOf('Deputy Secretary-General of the Supreme National Security Council of Iran');
      assert.equal(a?.key, 'deputy secretary-general|supreme national security council of iran');
      assert.equal(officeOf('Secretary of Iran’s Supreme National Security Council')?.key, 'secretary|supreme national security council of iran');
    });

    it('gives the envoy of the president his own office, not the president’s', () => {
      for (const role of ['Russian President’s Special Envoy for Syria', "Russian President's special envoy"]) {
        const o = officeOf(role);
        assert.ok(o, role);
        assert.notEqual(o.key, 'president|russia', role);
        assert.match(o.key, /envoy.*\|president of russia$/, role);
      }
      assert.notEqual(officeOf('Russian President’s Special Envoy for Syria')?.key, officeOf("Russian President's special envoy")?.key);
    });

    it('returns null for titles not current, plural, generic or not an office', () => {
      for (const role of ['former president', 'Former Russian President', 'ex-minister', 'the late president', 'then-president',
        'then President', 'president-elect', 'presidential candidate', 'ministers', 'Russian presidents', 'acting president',
        'Russia’s first president', 'Iranian security official', 'Russian envoy', 'President and CEO', '']) {
        assert.equal(officeOf(role), null, role);
      }
    });

    it('uses only head words the gazetteer knows as role heads', () => {
      for (const h of [...OFFICE_HEADS, ...PHRASE_HEADS]) assert.ok(ROLE_HEADS.has(h), h);
    });
  });

  describe('officePhrases on the seed articles', () => {
    it('000: three descriptions of the Russian president, not the envoy’s title chains', () => {
      const s = seed('000');
      const phrases = officePhrases(s.text);
      for (const p of phrases) assert.equal(s.text.slice(p.start, p.end), p.text);
      const russian = phrases.filter((p) => p.office.key === 'president|russia').map((p) => [p.text, lineOf(s.text, p.start)]);
      assert.deepEqual(russian, [["Russian president's", 7], ['the Russian president', 9], ['Russian president', 19]]);
      assert.equal(russian.length, 3);
      for (const p of phrases) assert.ok(![5, 17].includes(lineOf(s.text, p.start)), `${p.text} on a title chain line`);
      for (const p of phrases.filter((x) => x.office.key !== 'president|russia')) {
        assert.deepEqual([p.text, p.office.key, lineOf(s.text, p.start)], ['the US president', 'president|united states', 19]);
      }
      assert.equal(phrases.find((p) => p.office.key === 'president|russia')?.office.label, 'president of Russia');
    });

    it('004: no phrase in the appositive pair (line 24) nor in the title chain (line 4)', () => {
      const s = seed('004');
      const lines = officePhrases(s.text).map((p) => lineOf(s.text, p.start));
      assert.ok(!lines.includes(24) && !lines.includes(4), JSON.stringify(lines));
    });

    it('finds nothing in a long text without a head word, and the same phrases in a text repeated', () => {
      // Its cost is in \`npm run bench\` (office phrase scan, a share of engine time), not timed here.
      assert.deepEqual(officePhrases('The council met and said nothing new. '.repeat(2_000)), []);
      const one = seed('000').text;
      assert.equal(officePhrases(`${one}\n\n${one}`).length, 2 * officePhrases(one).length);
    });
  });

  describe('officePhrases on sentences', () => {
    const finds: [string, string, string][] = [
      ['The Russian president said so.', 'The Russian president', 'president|russia'],
      ['the russian president said so.', 'the russian president', 'president|russia'],
      ['The RUSSIAN PRESIDENT said so.', 'The RUSSIAN PRESIDENT', 'president|russia'],
      ["It was Russia's president who spoke.", "Russia's president", 'president|russia'],
      ['It was Russia’s president who spoke.', 'Russia’s president', 'president|russia'],
      ['He met the president of Russia on Monday.', 'the president of Russia', 'president|russia'],
      ['He met the president of the United States.', 'the president of the United States', 'president|united states'],
      ['He met the U.S. president.', 'the U.S. president', 'president|united states'],
      ['He met the South African president.', 'the South African president', 'president|south africa'],
      ['The prime minister resigned.', 'The prime minister', 'prime minister|'],
      ['The president spoke.', 'The president', 'president|'],
      ['In Tehran, the president spoke.', 'the president', 'president|'],
      ["Iran's foreign minister said.", "Iran's foreign minister", 'foreign minister|iran'],
      ['the US secretary of state said.', 'the US secretary of state', 'secretary of state|united states'],
      ['The embattled Russian president said.', 'The embattled Russian president', 'president|russia'],
      ['The Russian vice president spoke.', 'The Russian vice president', 'vice president|russia'],
      ["the visit of Russian president's special envoy to Tehran", "Russian president's", 'president|russia'],
    ];
    for (const [text, phrase, key] of finds) {
      it(`finds "${phrase}" in "${text}"`, () => {
        assert.deepEqual(found(text), [[phrase, key]]);
      });
    }

    const none: [string, string][] = [
      ['a title before a name', 'Russian President Vladimir Putin said.'],
      ['a title chain before a name', 'Russian President’s Special Envoy for Syria Alexander Lavrentiev said.'],
      ['a lower-case title chain before a name', 'Russian President’s special envoy Alexander Lavrentiev is here.'],
      ['an appositive name after', 'Russian president, Vladimir Putin has said.'],
      ['an appositive name after a possessive country', "Russia's president, Vladimir Putin, said."],
      ['an appositive name before', 'Vladimir Putin, the Russian president, said.'],
      ['former', 'The former president spoke.'],
      ['former with a country', 'The former Russian president spoke.'],
      ['then', 'The then president spoke.'],
      ['then-', 'The then-president spoke.'],
      ['late', 'The late president was buried.'],
      ['ex-', 'The ex-president spoke.'],
      ['-elect', 'The president-elect spoke.'],
      ['a plural', 'The presidents met.'],
      ['a plural with a country', 'Russian presidents met.'],
      ['generic "a"', 'A president must act.'],
      ['generic "an"', 'An Iranian president would act.'],
      ['an adjective', 'The presidential palace.'],
      ['an ordinal', 'Russia’s first president.'],
      ['an office of something else', 'The president of the company said.'],
      ['a body before the head', 'The club president said.'],
      ['a head that needs a qualifier', 'The minister said.'],
      ['a title without "the" or a country', 'As president, he spoke.'],
    ];
    for (const [why, text] of none) {
      it(`finds nothing: ${why}`, () => {
        assert.deepEqual(found(text), []);
      });
    }

    it('keeps "vice president" apart from "president"', () => {
      assert.deepEqual(found('The vice president spoke.'), [['The vice president', 'vice president|']]);
      assert.ok(!officePhrases('The vice-president spoke.').some((p) => p.office.key === 'president|'));
    });
  });
});
