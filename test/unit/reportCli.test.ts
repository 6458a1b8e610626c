import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { listArticleFiles } from '../../src/core/io/articleFiles';
import type { SourcesReport } from '../../src/core/report/types';
import { runBinary, runMain } from './cliRun';
import { ROOT, tempSeedCorpus } from './seeds';

/** The index the CLI builds over the same files, built here the way the editor does (one upsert per file). */
function indexOf(paths: string[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const path of listArticleFiles(paths).files) {
    const text = readFileSync(join(ROOT, path), 'utf8');
    index.upsert(path, text, annotateText(text, path));
  }
  return index;
}

describe('newslens report', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'newslens-report-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints the figures the corpus index answers (--json)', async () => {
    const r = await runMain('report', '--json', 'seeds');
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as SourcesReport;
    const index = indexOf(['seeds']);
    assert.equal(report.totals.articles, 2);
    assert.equal(report.totals.quotes.direct + report.totals.quotes.indirect, index.stats().quotes);
    assert.ok(report.topPeople.length >= 2);
    const [top] = index.speakers().filter((s) => s.speaker.type === 'person');
    assert.equal(report.topPeople[0].id, top.speaker.id);
    for (const s of [...report.topPeople, ...report.topOrganizations]) {
      assert.equal(s.direct + s.indirect, index.quotesBy(s.id).length, s.name);
      assert.equal(s.quotes.total, s.direct + s.indirect);
    }
    const groups = Object.fromEntries(report.sources.map((g) => [g.group, g.direct + g.indirect]));
    assert.equal(groups.unnamed, index.quotesInGroup('unnamed').length);
    assert.equal(groups.unresolved, index.quotesInGroup('unresolved').length);
    const people = report.gender.rows.reduce((n, g) => n + g.people, 0);
    assert.equal(people, new Set(report.gender.people.map((p) => p.id)).size);
  });

  it('filters by outlet and date', async () => {
    const all = JSON.parse((await runMain('report', '--json', 'seeds')).out) as SourcesReport;
    const outlet = all.outlets.find((o) => o.agency)!;
    const one = JSON.parse((await runMain('report', '--json', '--agency', outlet.agency!, 'seeds')).out) as SourcesReport;
    assert.deepEqual(one.filter, { agency: outlet.agency });
    assert.equal(one.totals.articles, outlet.articles);
    const none = JSON.parse((await runMain('report', '--json', '--from', '2030-01', 'seeds')).out) as SourcesReport;
    assert.deepEqual([none.filter.from, none.totals.articles], ['2030-01-01', 0]);
  });

  it('writes a standalone page: CSP, nonce\'d script, the report embedded, article text escaped (--html)', async () => {
    const { corpus } = tempSeedCorpus('newslens-report-html-', (n) => `${n}.txt`);
    writeFileSync(join(corpus, 'hostile.txt'), 'Mayor speaks\n\n"</script><img src=x onerror=alert(1)> is not a tag," said John Smith, the mayor of Springfield.\n');
    const out = join(tmp, 'report.html');
    const r = await runMain('report', '--html', out, corpus);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^wrote .*report\.html: 3 articles, \d+ quotes/);
    const html = readFileSync(out, 'utf8');
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(html)?.[1];
    assert.ok(nonce, 'a CSP meta with a nonce');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
    assert.ok(html.includes(`<script nonce="${nonce}">`), 'the dashboard script carries the nonce');
    const json = /<script type="application\/json" id="newslens-report">([^<]*)<\/script>/.exec(html)?.[1];
    assert.ok(json, 'the report JSON, with no "<" in it');
    const report = JSON.parse(json) as SourcesReport;
    assert.equal(report.totals.articles, 3);
    assert.ok(report.quotes.some((q) => q.text.includes('</script><img')), 'the hostile quote is in the report');
    assert.doesNotMatch(html, /<img src=x/);
    rmSync(join(corpus, '..'), { recursive: true, force: true });
  });

  it('refuses wrong usage in one line, exit 2', () => {
    for (const args of [['report', 'seeds'], ['report', '--json', '--html', 'x.html', 'seeds'], ['report', '--json'], ['report', '--json', '--from', 'July', 'seeds'],
      ['report', '--json', '--from', '2019', '--to', '2018', 'seeds'], ['report', '--json', 'no/such/folder']]) {
      const r = runBinary(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^newslens: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  it('is listed in --help', async () => {
    assert.match((await runMain('--help')).out, /newslens report \(--html OUT\.html \| --json\)/);
  });
});
