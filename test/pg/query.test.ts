// `newslens query` on the seeds: Alexander Lavrentiev appears in both; his appearances and quotes, a
// full-text search and a name prefix, in jsonl and as a table; a name that means nothing or several things.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { syntheticRecord } from '../fixtures/annotationRecords';
import { runMain } from '../unit/cliRun';
import { ROOT } from '../unit/seeds';
import { freshDatabase, scratch, writeJsonl } from './pgFixture';

const SEED_000 = join(ROOT, 'seeds', '000_d3ddef007ee00481.txt');
const SEED_004 = join(ROOT, 'seeds', '004_b614ce07fba6f1af.txt');

describe('newslens query', () => {
  let url: string;

  before(async () => {
    url = await freshDatabase('query');
    const r = await runMain('load', '--pg', url, join(ROOT, 'seeds'));
    assert.equal(r.code, 0, r.err);
  });

  async function query(...args: string[]) {
    const r = await runMain('query', '--pg', url, ...args);
    assert.equal(r.code, 0, r.err);
    return r.out;
  }

  const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

  it('lists the appearances of Alexander Lavrentiev in both seeds (jsonl), his name in any case', async () => {
    const rows = lines(await query('appearances', 'alexander LAVRENTIEV'));
    assert.deepEqual([...new Set(rows.map((r) => r.file))], [SEED_000, SEED_004]);
    for (const r of rows) {
      assert.deepEqual(Object.keys(r).slice(0, 5), ['file', 'title', 'date', 'start', 'end']);
      assert.equal(r.entity, 'person:alexander-lavrentiev');
      assert.ok(['Alexander Lavrentiev', 'Lavrentiev'].includes(r.text), r.text);
    }
    assert.ok(rows.some((r) => r.text === 'Lavrentiev'), 'the bare surname counts as an appearance');
    assert.deepEqual(lines(await query('appearances', 'person:alexander-lavrentiev')), rows);
    assert.equal(lines(await query('appearances', 'Alexander Lavrentiev', '--limit', '2')).length, 2);
  });

  it('shows the appearances as an aligned table', async () => {
    const out = (await query('appearances', 'Alexander Lavrentiev', '--format', 'table')).trimEnd().split('\n');
    assert.match(out[0], /^Alexander Lavrentiev \(person, id person:alexander-lavrentiev\): \d+ mentions in 2 articles/);
    assert.match(out[1], /^file\s+date\s+start\s+end\s+text\s+role\s+title$/);
    assert.match(out[2], /^-+( +-+)+$/);
    const textColumn = out[1].indexOf('text');
    for (const row of out.slice(3)) assert.match(row.slice(textColumn), /^(Alexander )?Lavrentiev/);
  });

  it('lists his quotes with their speaker and cue, in both formats', async () => {
    const rows = lines(await query('quotes', 'Alexander Lavrentiev'));
    assert.ok(rows.length >= 4, `${rows.length} quotes`);
    assert.deepEqual([...new Set(rows.map((r) => r.file))], [SEED_000, SEED_004]);
    for (const r of rows) {
      assert.equal(r.speaker.entity, 'person:alexander-lavrentiev');
      assert.ok(Number.isInteger(r.start) && r.end > r.start && typeof r.title === 'string');
    }
    const table = await query('quotes', 'Alexander Lavrentiev', '--format', 'table');
    assert.match(table, /\n\d+ quotes\nfile\s+date\s+start\s+end\s+kind\s+speaker\s+cue\s+quote\n/);
  });

  it('searches quotes by their words, stemmed', async () => {
    const rows = lines(await query('search', 'sanction'));
    assert.ok(rows.length >= 1);
    for (const r of rows) assert.match(r.text, /sanction/i);
    const table = await query('search', 'sanctions', '--format', 'table');
    assert.match(table, /^\d+ quotes? matching 'sanctions'\nfile/);
    assert.equal(await query('search', 'zzyzx'), '');
    assert.equal(await query('search', 'zzyzx', '--format', 'table'), "0 quotes matching 'zzyzx'\n(none)\n");
  });

  it('finds names by their first letters', async () => {
    const rows = lines(await query('names', 'alex'));
    assert.deepEqual(rows.map((r) => r.name), ['Alexander Lavrentiev']);
    assert.deepEqual(rows[0], { id: 'person:alexander-lavrentiev', type: 'person', name: 'Alexander Lavrentiev', articles: 2, mentions: rows[0].mentions, roles: rows[0].roles });
  });

  it('says so, in one line with exit 1, when a name means no entity, suggesting near names', async () => {
    const r = await runMain('query', '--pg', url, 'appearances', 'Lavrentiev');
    assert.equal(r.code, 1);
    assert.equal(r.err, "newslens: no entity is named 'Lavrentiev' in the store (did you mean: Alexander Lavrentiev?)\n");
    assert.equal(r.out, '');
  });

  it('lists the entities a name means when it means several, and takes an id instead', async () => {
    const db = await freshDatabase('query_several');
    const rec = syntheticRecord(5);
    const georgia = (type: 'person' | 'place') => ({ start: 0, end: 7, type, text: 'Georgia', entity: `${type}:georgia`, name: 'Georgia' });
    const records = [0, 1].map((i) => ({ ...rec, file: `g${i}.txt`, text: `Georgia ${rec.text}`, entities: [georgia(i ? 'place' : 'person')], quotes: [] }));
    assert.equal((await runMain('load', '--pg', db, writeJsonl(scratch('several'), 'g.jsonl', records))).code, 0);
    const r = await runMain('query', '--pg', db, 'appearances', 'georgia');
    assert.equal(r.code, 1);
    assert.match(r.err, /^newslens: 'georgia' names 2 entities: (person|place):georgia \(\w+, 1 mentions\), (person|place):georgia \(\w+, 1 mentions\); give the id instead of the name\n$/);
    const byId = await runMain('query', '--pg', db, 'appearances', 'place:georgia');
    assert.equal(byId.code, 0, byId.err);
    assert.equal(lines(byId.out)[0].file, 'g1.txt');
  });
});
