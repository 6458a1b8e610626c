import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { linkGroups, linkRowsOf, type LinkRow } from '../../src/core/corpus/linkRows';
import type { ArticleAnnotations } from '../../src/core/model';
import { ArticleBuilder } from './corpusFixtures';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBinary } from './cliRun';
import { ROOT, seed } from './seeds';

interface Doc {
  path: string;
  text: string;
  annotations: ArticleAnnotations;
}

/** An article naming each person (and organisation, with `org:`) once, as written; "President|Barack Obama" gives a title. */
function article(path: string, ...names: string[]): Doc {
  const parts = names.map((n) => n.split('|'));
  const text = `Headline\n\n${parts.map((p) => `${p.join(' ').replace(/^org:/, '')} spoke on Monday.`).join(' ')} Iran was named.`;
  const b = new ArticleBuilder(text);
  for (const p of parts) {
    const name = p[p.length - 1];
    const role = p.length > 1 ? p[0] : undefined;
    b.mention(name.startsWith('org:') ? 'organization' : 'person', name.replace(/^org:/, ''), role ? { role } : {});
  }
  b.mention('place', 'Iran');
  return { path, text, annotations: b.build(path) };
}

function rowsOf(docs: Doc[]): LinkRow[] {
  return docs.flatMap((d) => linkRowsOf(d.path, d.text, d.annotations).map((r) => ({ ...r, doc: d.path })));
}

/** The corpus index's answer: article-level id -> [corpus id, canonical name]. */
function indexAnswer(docs: Doc[]): Map<string, [string, string]> {
  const index = new CorpusIndex();
  for (const d of docs) index.upsert(d.path, d.text, structuredClone(d.annotations));
  const out = new Map<string, [string, string]>();
  for (const d of docs) {
    const linked = index.annotations(d.path)!;
    // Office mentions ("the Russian president" as Putin) are the index's own additions: match by span.
    const at = new Map(linked.entities.filter((m) => !m.office).map((m) => [`${m.start}:${m.end}`, m]));
    for (const m of d.annotations.entities) out.set(m.entity, [at.get(`${m.start}:${m.end}`)!.entity, at.get(`${m.start}:${m.end}`)!.name]);
  }
  return out;
}

/** linkGroups run on each of `parts` buckets of keys apart, as a group-by would hand them over. */
function partitioned(rows: LinkRow[], parts: number): ReturnType<typeof linkGroups> {
  const keys = [...new Set(rows.map((r) => r.key))].sort();
  const bucket = new Map(keys.map((k, i) => [k, (i * 7) % parts]));
  const out = [];
  for (let p = 0; p < parts; p++) out.push(...linkGroups(rows.filter((r) => bucket.get(r.key) === p).reverse()));
  return out.sort((a, b) => (a.entity < b.entity ? -1 : 1));
}

const corpus = (): Doc[] => [
  article('a', 'Donald J. Trump', 'Barack Obama', 'org:Supreme National Security Council of Iran'),
  article('b', 'Donald Trump', 'Trump', 'org:Supreme National Security Council'),
  article('c', 'Donald Trump', 'George W. Bush', 'George H.W. Bush', 'George Bush'),
  article('d', 'Obama', 'Michelle Obama', 'Bush'),
];

describe('archive linking by link keys (linkRows)', () => {
  it('keys people by surname and organisations by their bare name', () => {
    const rows = rowsOf(corpus());
    const key = (entity: string) => rows.find((r) => r.entity === entity)!.key;
    assert.equal(key('person:donald-j-trump'), 'person|trump');
    assert.equal(key('person:trump'), 'person|trump');
    assert.equal(key('organization:supreme-national-security-council-of-iran'), 'organization:supreme-national-security-council');
    assert.equal(key('organization:supreme-national-security-council'), 'organization:supreme-national-security-council');
    assert.equal(key('place:iran'), 'place:iran');
  });

  it('links as the corpus index does: variants, bare surnames, qualified organisations', () => {
    const docs = corpus();
    const expected = indexAnswer(docs);
    const got = linkGroups(rowsOf(docs));
    assert.equal(got.length, expected.size);
    for (const e of got) assert.deepEqual([e.id, e.name], expected.get(e.entity), e.entity);
    const id = (entity: string) => got.find((e) => e.entity === entity)!.id;
    assert.equal(id('person:donald-j-trump'), 'person:donald-trump');
    assert.equal(id('person:trump'), 'person:donald-trump');
    assert.equal(id('organization:supreme-national-security-council'), 'organization:supreme-national-security-council-of-iran');
    assert.notEqual(id('person:george-w-bush'), id('person:george-h-w-bush'));
    assert.equal(id('person:obama'), 'person:obama', 'two Obamas: the bare surname stays apart');
  });

  it('reaches the same answer by key groups in any partition and order as in one process', () => {
    const rows = rowsOf(corpus());
    const whole = linkGroups(rows);
    for (const parts of [2, 3, 5]) assert.deepEqual(partitioned(rows, parts), whole);
  });

  it('makes a bare surname the one person of several who holds the office it is written with', () => {
    const docs = [
      article('a', 'President|Barack Obama'), article('a2', 'President|Barack Obama'), article('a3', 'President|Barack Obama'),
      article('b', 'First lady|Michelle Obama'),
      article('c', 'President|Obama'), article('d', 'Clinton'), article('e', 'Hillary Clinton'), article('f', 'Bill Clinton'),
    ];
    const expected = indexAnswer(docs);
    const got = linkGroups(rowsOf(docs));
    for (const e of got) assert.deepEqual([e.id, e.name], expected.get(e.entity), e.entity);
    const id = (entity: string) => got.find((e) => e.entity === entity)!.id;
    assert.equal(id('person:obama'), 'person:barack-obama', '"President Obama": only Barack Obama is written President');
    assert.equal(id('person:clinton'), 'person:clinton', 'no title: two Clintons, the bare surname stays apart');
    const index = new CorpusIndex();
    for (const d of docs) index.upsert(d.path, d.text, structuredClone(d.annotations));
    const cText = docs.find((d) => d.path === 'c')!.text;
    const hit = index.entityAt('c', cText.indexOf('Obama'));
    assert.equal(hit?.entity.name, 'Barack Obama');
    assert.match(hit!.link!.detail, /a title the corpus gives Barack Obama in 3 articles and the other 1 people of that surname in 0/);
    index.upsert('a', 'Headline\n\nBarack Obama spoke on Monday.', article('a', 'Barack Obama').annotations);
    assert.equal(index.entityAt('c', cText.indexOf('Obama'))?.entity.name, 'Obama', 'written President in 2 articles only: the link goes');
    index.upsert('a', docs[0].text, structuredClone(docs[0].annotations));
    index.upsert('b', 'Headline\n\nPresident Michelle Obama spoke.', article('b', 'President|Michelle Obama').annotations);
    assert.equal(index.entityAt('c', cText.indexOf('Obama'))?.entity.name, 'Obama', 'both written President, 3 to 1: not enough to decide');
  });

  it('links the seeds: Lavrentiev and the council are one entity each across both articles', () => {
    const docs = (['000', '004'] as const).map((n) => {
      const { path, text } = seed(n);
      return { path, text, annotations: annotateText(text, path) };
    });
    const rows = rowsOf(docs);
    const got = linkGroups(rows);
    const expected = indexAnswer(docs);
    for (const e of got) assert.deepEqual([e.id, e.name], expected.get(e.entity), e.entity);
    assert.deepEqual(partitioned(rows, 3), got);
    const idsOf = (pattern: RegExp) => new Set(docs.flatMap((d) => d.annotations.entities.filter((m) => pattern.test(m.text)).map((m) => got.find((e) => e.entity === m.entity)!.id)));
    const docsOf = (pattern: RegExp) => new Set(docs.filter((d) => d.annotations.entities.some((m) => pattern.test(m.text))).map((d) => d.path));
    for (const p of [/Lavrentiev/, /^Supreme National Security Council/]) {
      assert.equal(docsOf(p).size, 2, `${p} in both seeds`);
      assert.equal(idsOf(p).size, 1, `${p}: one entity`);
    }
  });

  it('newslens link reads every line of a file or of standard input, and answers as linkGroups', () => {
    const docs = corpus();
    const records = docs.map((d) => JSON.stringify({ id: d.path, links: linkRowsOf(d.path, d.text, d.annotations) }));
    // Enough lines to span several reads of the stream: the first chunk must not be lost.
    const many = Array.from({ length: 400 }, (_, i) => records[i % records.length].replace(`"id":"${docs[i % docs.length].path}"`, `"id":"${docs[i % docs.length].path}${i}"`));
    const file = join(mkdtempSync(join(tmpdir(), 'newslens-link-')), 'records.jsonl');
    writeFileSync(file, `${many.join('\n')}\n`);
    const rows = many.flatMap((line) => { const r = JSON.parse(line) as { id: string; links: LinkRow[] }; return r.links.map((l) => ({ ...l, doc: r.id })); });
    const expected = linkGroups(rows).map((e) => JSON.stringify(e));
    const fromFile = runBinary('link', file);
    assert.equal(fromFile.code, 0, fromFile.err);
    assert.deepEqual(fromFile.out.trim().split('\n'), expected);
    const fromStdin = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'link', '-'], { input: `${many.join('\n')}\n`, encoding: 'utf8' });
    assert.deepEqual(fromStdin.stdout.trim().split('\n'), expected);
    const bad = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'link'], { input: '{"id": 1, "links": [{"key": 3}]}\n', encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^newslens: line 1: not a link row/);
  });
});
