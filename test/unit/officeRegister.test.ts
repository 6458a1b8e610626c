import { strict as assert } from 'node:assert';
import { OfficeRegister, type OfficeObservation } from '../../src/core/corpus/officeRegister';

const PRESIDENT = 'president|';

function obs(person: string, doc: string, date: string | null, office = PRESIDENT): OfficeObservation {
  return { office, label: office === PRESIDENT ? 'president' : office, person, doc, date };
}

/** Person A observed in 2016 articles, person B in 2018 articles (several each). */
function twoHolders(): { register: OfficeRegister; all: OfficeObservation[] } {
  const register = new OfficeRegister();
  const all: OfficeObservation[] = [];
  for (const [i, month] of ['02', '04', '06', '09', '11'].entries()) all.push(obs('person:a', `a${i}.txt`, `2016-${month}-10`));
  for (const [i, month] of ['03', '05', '07', '10'].entries()) all.push(obs('person:b', `b${i}.txt`, `2018-${month}-15`));
  for (const o of all) register.add(o);
  return { register, all };
}

describe('OfficeRegister', () => {
  it('answers the holder of the day when two held the office one after the other', () => {
    const { register } = twoHolders();
    const a = register.holderAt(PRESIDENT, '2016-06-01');
    assert.equal(a?.person, 'person:a');
    assert.equal(a?.articles, 5);
    assert.equal(a?.from, '2016-02-10');
    assert.equal(a?.to, '2016-11-10');
    assert.equal(a?.reason, "office 'president' held by person:a in 5 articles from 2016-02 to 2016-11");
    assert.equal(register.holderAt(PRESIDENT, '2018-05-01')?.person, 'person:b');
    // Within the margin after the last observation, and before the first.
    assert.equal(register.holderAt(PRESIDENT, '2017-03-01')?.person, 'person:a');
    assert.equal(register.holderAt(PRESIDENT, '2017-11-01')?.person, 'person:b');
  });

  it('says nothing for an undated article, a date both spans reach, or a date far from both', () => {
    const { register } = twoHolders();
    assert.equal(register.holderAt(PRESIDENT, null), null, 'two holders');
    assert.equal(register.holderAt(PRESIDENT, '2017-07-15'), null, 'both within the margin');
    assert.equal(register.holderAt(PRESIDENT, '2010-01-01'), null, 'nobody');
    assert.equal(register.holderAt('president|russia', '2016-06-01'), null, 'unknown office');
  });

  it('needs two articles for the winner when the office had several holders', () => {
    const register = new OfficeRegister();
    register.add(obs('person:a', 'a.txt', '2016-06-01'));
    register.add(obs('person:b', 'b1.txt', '2019-06-01'));
    register.add(obs('person:b', 'b2.txt', '2019-08-01'));
    assert.equal(register.holderAt(PRESIDENT, '2016-07-01'), null);
    assert.equal(register.holderAt(PRESIDENT, '2019-07-01')?.person, 'person:b');
  });

  it('resolves a single holder with one undated observation, dated or not', () => {
    const register = new OfficeRegister();
    register.add(obs('person:a', 'a.txt', null, 'president|russia'));
    const h = register.holderAt('president|russia', null);
    assert.equal(h?.person, 'person:a');
    assert.equal(h?.reason, "office 'president|russia' held by person:a in 1 article, undated");
    assert.equal(h?.from, null);
    assert.equal(register.holderAt('president|russia', '2018-07-19')?.person, 'person:a');
  });

  it('counts the same (office, person, doc) once, and remove() restores the previous answers', () => {
    const { register } = twoHolders();
    const before = [register.holderAt(PRESIDENT, '2016-06-01'), register.holderAt(PRESIDENT, '2018-05-01'), register.holderAt(PRESIDENT, '2017-03-01')];
    const v0 = register.version;
    const extra = [obs('person:b', 'c1.txt', '2016-12-01'), obs('person:b', 'c2.txt', '2017-01-01')];
    for (const o of extra) register.add(o);
    register.add(extra[0]);
    assert.ok(register.version > v0);
    assert.equal(register.holderAt(PRESIDENT, '2017-03-01'), null, 'now both are near');
    assert.equal(register.holderAt(PRESIDENT, '2018-05-01')?.articles, 6, 'c1 counted once');
    register.remove(extra[0]);
    assert.equal(register.holderAt(PRESIDENT, '2018-05-01')?.articles, 6, 'still added once more');
    const v1 = register.version;
    register.remove(extra[0]);
    register.remove(extra[1]);
    assert.ok(register.version > v1);
    assert.deepEqual([register.holderAt(PRESIDENT, '2016-06-01'), register.holderAt(PRESIDENT, '2018-05-01'), register.holderAt(PRESIDENT, '2017-03-01')], before);
    const v2 = register.version;
    register.remove(obs('person:z', 'nowhere.txt', null));
    assert.equal(register.version, v2, 'removing what was never added changes nothing');
  });

  it('removing every observation empties the register', () => {
    const { register, all } = twoHolders();
    for (const o of all) register.remove(o);
    assert.equal(register.holderAt(PRESIDENT, '2016-06-01'), null);
    assert.deepEqual(register.officesOf('person:a'), []);
  });

  it('merges holders through resolve before comparing them', () => {
    const register = new OfficeRegister();
    register.add(obs('person:donald-trump', 'a.txt', '2018-01-10'));
    register.add(obs('person:donald-j-trump', 'b.txt', '2018-03-10'));
    register.add(obs('person:donald-j-trump', 'c.txt', '2018-05-10'));
    assert.equal(register.holderAt(PRESIDENT, null), null, 'two ids without resolve');
    const resolve = (id: string) => (id === 'person:donald-j-trump' ? 'person:donald-trump' : id);
    const h = register.holderAt(PRESIDENT, null, resolve);
    assert.equal(h?.person, 'person:donald-trump');
    assert.equal(h?.articles, 3);
    assert.equal(h?.from, '2018-01-10');
    assert.equal(h?.to, '2018-05-10');
    assert.deepEqual(register.officesOf('person:donald-trump', resolve), [PRESIDENT]);
  });

  it('lists the offices a person was observed in', () => {
    const register = new OfficeRegister();
    register.add(obs('person:a', 'a.txt', '2018-01-10', 'prime minister|'));
    register.add(obs('person:a', 'b.txt', '2019-01-10', 'president|'));
    register.add(obs('person:b', 'b.txt', '2019-01-10', 'foreign minister|'));
    assert.deepEqual(register.officesOf('person:a'), ['president|', 'prime minister|']);
  });
});
