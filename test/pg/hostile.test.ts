// Article text that could break a loader that splices values into SQL or a COPY stream: quotes,
// backslashes, "'); DROP TABLE articles; --", tabs and carriage returns, COPY's own "\." and "\N", and a
// 1 MB line. Everything accepted comes back exactly. NUL (U+0000), which PostgreSQL text cannot hold, and
// unpaired surrogates, which UTF-8 cannot encode, are refused per article with a warning naming it; the
// other articles load.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticRecord, type SyntheticRecord } from '../fixtures/annotationRecords';
import { runMain } from '../unit/cliRun';
import { freshDatabase, rowCounts, scratch, withClient, writeJsonl } from './pgFixture';

const HOSTILE = [
  'He said "no" and \'yes\' and “maybe” in one breath.',
  "Robert'); DROP TABLE articles; -- was quoted by the minister.",
  'A path C:\\new\\table and a \\N and a line with only',
  '\\.',
  'tab\there, carriage\rreturn, form\ffeed and \\\\ two backslashes.',
];

/** A prose paragraph of about 1 MB on one line, with names the engine finds. */
function megabyteLine(): string {
  const sentence = 'Foreign Minister Anna Varga said the talks in Paris would resume, and the United Nations agreed. ';
  return sentence.repeat(Math.ceil((1 << 20) / sentence.length));
}

describe('hostile article text in the store', () => {
  it('round-trips article files exactly: text, mentions and quotes', async () => {
    const url = await freshDatabase('hostile_files');
    const dir = join(scratch('hostile'), 'corpus');
    mkdirSync(dir);
    const files = HOSTILE.map((line, i) => {
      const file = join(dir, `hostile-${i}.txt`);
      writeFileSync(file, `Minister speaks in Paris\n\nPARIS (Reuters) - Foreign Minister Anna Varga said on Monday: ${line}\n\n“We stand firm,” Varga said. ${line}\n`);
      return file;
    });
    const big = join(dir, 'megabyte.txt');
    writeFileSync(big, `Talks resume in Paris\n\n${megabyteLine()}\n`);
    files.push(big);
    const r = await runMain('load', '--pg', url, '--all', '--max-size', '3', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`${files.length} added`));
    await withClient(url, async (c) => {
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const a = await c.query('SELECT id, text FROM articles WHERE file = $1', [file]);
        assert.equal(a.rows.length, 1, file);
        assert.ok(a.rows[0].text === text, `${file}: stored text differs`);
        const spans = await c.query('SELECT span_start AS start, span_end AS "end", text FROM mentions WHERE article_id = $1 UNION ALL SELECT span_start, span_end, text FROM quotes WHERE article_id = $1', [a.rows[0].id]);
        assert.ok(spans.rows.length > 0, file);
        for (const s of spans.rows) assert.equal(s.text, text.slice(s.start, s.end), `${file} ${s.start}-${s.end}`);
      }
    });
  });

  it('round-trips every field of a record exactly, a 1 MB quote included', async () => {
    const url = await freshDatabase('hostile_records');
    const dir = scratch('hostile-records');
    const records: SyntheticRecord[] = HOSTILE.map((line, i) => {
      const rec = syntheticRecord(i);
      const text = `${rec.text}${line}`;
      const speaker = { start: 0, end: 1, text: line, entity: null, name: null };
      return { ...rec, file: `${line}#${i}`, title: line, outlet: line, text, quotes: [...rec.quotes, { start: rec.text.length, end: text.length, text: line, kind: 'direct', rule: line, cue: null, speaker }] };
    });
    const huge = syntheticRecord(99);
    const line = megabyteLine();
    records.push({ ...huge, text: `${huge.text}${line}`, quotes: [...huge.quotes, { start: huge.text.length, end: huge.text.length + line.length, text: line, kind: 'direct', rule: 'cue-after', cue: null, speaker: null }] });
    const file = writeJsonl(dir, 'hostile.jsonl', records);
    const r = await runMain('load', '--pg', url, file);
    assert.equal(r.code, 0, r.err);
    await withClient(url, async (c) => {
      for (const rec of records) {
        const a = await c.query('SELECT id, file, title, outlet, text FROM articles WHERE file = $1', [rec.file]);
        assert.deepEqual(a.rows.map((x) => [x.file, x.title, x.outlet, x.text === rec.text]), [[rec.file, rec.title, rec.outlet, true]]);
        const q = await c.query('SELECT text, rule, speaker_text FROM quotes WHERE article_id = $1 ORDER BY span_start', [a.rows[0].id]);
        assert.deepEqual(q.rows.map((x) => x.text), rec.quotes.map((x) => x.text));
        assert.deepEqual(q.rows.map((x) => x.rule), rec.quotes.map((x) => x.rule));
      }
      const found = await c.query("SELECT count(*)::int AS n FROM quotes WHERE search @@ websearch_to_tsquery('english', 'resume')");
      assert.ok(found.rows[0].n >= 1, 'the 1 MB quote is in the full-text index');
    });
  });

  it('refuses an article with NUL or an unpaired surrogate, by name, and loads the others', async () => {
    const url = await freshDatabase('hostile_nul');
    const dir = scratch('hostile-nul');
    const ok = syntheticRecord(1);
    const nul = { ...syntheticRecord(2), title: 'before\u0000after' };
    const surrogate = { ...syntheticRecord(3), text: 'broken \ud800 text' };
    const file = writeJsonl(dir, 'nul.jsonl', [ok, nul, surrogate]);
    const r = await runMain('load', '--pg', url, file);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 added, 0 replaced, 0 skipped \(unchanged\), 2 not loaded/);
    assert.match(r.err, new RegExp(`warning: not loaded ${nul.file}: its title holds a NUL character \\(U\\+0000\\) at offset 6, which PostgreSQL text cannot store`));
    assert.match(r.err, new RegExp(`warning: not loaded ${surrogate.file}: its text holds an unpaired surrogate`));
    assert.equal((await rowCounts(url)).articles, 1);

    // A file with a NUL byte is binary to the reader: skipped with the reader's own warning.
    const files = join(dir, 'files');
    mkdirSync(files);
    writeFileSync(join(files, 'nul.txt'), 'Minister speaks\n\nPARIS - Foreign Minister Anna Varga said\u0000 no.\n');
    const f = await runMain('load', '--pg', url, files);
    assert.equal(f.code, 0, f.err);
    assert.match(f.err, /skipped .*nul\.txt: binary file/);
    assert.equal((await rowCounts(url)).articles, 1);
  });

  it('answers hostile query words without harm', async () => {
    const url = await freshDatabase('hostile_query');
    const dir = scratch('hostile-query');
    assert.equal((await runMain('load', '--pg', url, writeJsonl(dir, 'a.jsonl', [syntheticRecord(4)]))).code, 0);
    for (const words of ["'); DROP TABLE articles; --", '\\', '%', '"unclosed', 'a & b | !c', '_']) {
      const search = await runMain('query', '--pg', url, 'search', words);
      assert.equal(search.code, 0, `${words}: ${search.err}`);
      const names = await runMain('query', '--pg', url, 'names', words);
      assert.equal(names.code, 0, `${words}: ${names.err}`);
      assert.equal(names.out, '', `${words} matched names literally: ${names.out}`);
    }
    const missing = await runMain('query', '--pg', url, 'appearances', "x'); DROP TABLE articles; --");
    assert.equal(missing.code, 1);
    assert.equal((await rowCounts(url)).articles, 1);
  });
});
