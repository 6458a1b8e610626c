import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { ArticleAnnotations, Quote } from '../../src/core/model';
import { articleMatches } from '../../src/core/report/reportScope';
import { quotesMatching } from '../../src/core/report/quotesMatching';
import { actionFor, messageFor } from '../../src/core/report/reportActions';
import { contentSecurityPolicy, reportHtml } from '../../src/core/report/reportHtml';
import { sourcesReport } from '../../src/core/report/sourcesReport';
import type { QuoteList, SourcesReport } from '../../src/core/report/types';
import { ArticleBuilder } from './corpusFixtures';

/** An article with a dateline (date, agency) and quotes: named ones by builder, others added as given. */
function article(index: CorpusIndex, path: string, body: string, date: string | null, agency: string | null,
  build: (b: ArticleBuilder) => ArticleBuilder, extra: (text: string) => Quote[] = () => []): void {
  const text = `Headline of ${path}\n\n${body}\n`;
  const a: ArticleAnnotations = build(new ArticleBuilder(text)).build();
  a.dateline = { start: 0, end: 0, text: '', place: null, date, agency };
  a.quotes.push(...extra(text));
  index.upsert(path, text, a);
}

function quote(text: string, quoted: string, kind: 'direct' | 'indirect', speaker: string | null, entity: string | null = null): Quote {
  const start = text.indexOf(quoted);
  const name = entity ? speaker : null;
  const s = speaker === null ? null : { start: text.indexOf(speaker), end: text.indexOf(speaker) + speaker.length, text: speaker, entity, name };
  return { kind, start, end: start + quoted.length, text: quoted, speaker: s, cue: null, rule: 'test' };
}

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  article(index, '/news/a/1.txt', '"Taxes will fall," said Jane Roe. "We agree," said John Poe. "Soon," said Jane Roe. Officials said prices rose. He said it was fine. Prices rose, it was reported.',
    '2018-11-05', 'mna', (b) => b.quote('Taxes will fall', 'Jane Roe', 'Jane Roe').person('Jane Roe').quote('We agree', 'John Poe', 'John Poe').person('John Poe').quote('Soon', 'Jane Roe', 'Jane Roe').person('Jane Roe'),
    (t) => [quote(t, 'prices rose', 'indirect', 'Officials'), quote(t, 'it was fine', 'indirect', 'He'), quote(t, 'Prices rose, it was reported', 'indirect', null)]);
  article(index, '/news/b/2.txt', '"Not yet," said Jane Roe, quoting </script><b>bold</b>.', '2019-02-10', 'MNA',
    (b) => b.quote('Not yet', 'Jane Roe', 'Jane Roe').person('Jane Roe'), (t) => [quote(t, 'quoting </script><b>bold</b>', 'indirect', 'Jane Roe', 'person:jane-roe')]);
  article(index, '/news/b/3.txt', '"Maybe," said John Poe.', null, null, (b) => b.quote('Maybe', 'John Poe', 'John Poe').person('John Poe'));
  return index;
}

const total = (l: { direct: number; indirect: number }) => l.direct + l.indirect;

/** Every list of a report, for checking each against quotesMatching(). */
function lists(r: SourcesReport): QuoteList[] {
  return [...r.topPeople, ...r.topOrganizations, ...r.sources, ...r.timeline.buckets, r.timeline.undated, ...r.outlets].map((x) => x.quotes)
    .concat(r.gender.rows.map((g) => g.list));
}

describe('sources report', () => {
  const index = corpus();

  it('counts articles and quotes, direct and indirect apart', () => {
    const r = sourcesReport(index);
    assert.equal(r.totals.articles, 3);
    assert.deepEqual(r.totals.quotes, { direct: 5, indirect: 4 });
    assert.equal(total(r.totals.quotes), index.stats().quotes);
  });

  it('ranks speakers with the counts the index gives (quotesBy within the filter)', () => {
    for (const filter of [{}, { agency: 'MNA' }, { folder: '/news/b' }, { from: '2019' }]) {
      const r = sourcesReport(index, filter);
      const paths = new Set(index.articles().filter((a) => articleMatches(a, filter)).map((a) => a.path));
      assert.ok(r.topPeople.length);
      for (const s of r.topPeople) assert.equal(total(s), index.quotesBy(s.id).filter((q) => paths.has(q.path)).length, `${s.name} in ${JSON.stringify(filter)}`);
    }
    const all = sourcesReport(index);
    assert.deepEqual(all.topPeople.map((s) => [s.name, s.direct, s.indirect, s.articles]), [['Jane Roe', 3, 1, 2], ['John Poe', 2, 0, 2]]);
    assert.equal(total(all.topPeople[0]), index.quotesBy('person:jane-roe').length);
    assert.deepEqual(all.topOrganizations, []);
  });

  it('tells named, unnamed and unresolved sources and quotes with no speaker apart', () => {
    const r = sourcesReport(index);
    assert.deepEqual(r.sources.map((g) => [g.group, total(g)]), [['named', 6], ['unnamed', 1], ['unresolved', 1], ['none', 1]]);
    assert.equal(r.sources[1].quotes.total, index.quotesInGroup('unnamed').length);
  });

  it('filters by outlet (any case), dates, folder and article', () => {
    assert.equal(sourcesReport(index, { agency: 'mna' }).totals.articles, 2);
    assert.equal(sourcesReport(index, { from: '2018-11-01', to: '2018-11-30' }).totals.articles, 1);
    assert.equal(sourcesReport(index, { to: '2019' }).totals.articles, 2, 'undated articles are outside any date range');
    assert.equal(sourcesReport(index, { folder: '/news/b' }).totals.articles, 2);
    assert.equal(sourcesReport(index, { folder: '/news/b/2' }).totals.articles, 0, 'a folder is not a name prefix');
    const one = sourcesReport(index, { path: '/news/b/3.txt' });
    assert.deepEqual([one.totals.articles, total(one.totals.quotes)], [1, 1]);
    assert.deepEqual(one.filter, { path: '/news/b/3.txt' });
  });

  it('buckets quotes by month without gaps, by day over a short span, undated apart', () => {
    const r = sourcesReport(index);
    assert.equal(r.timeline.unit, 'month');
    assert.deepEqual(r.timeline.buckets.map((b) => b.key), ['2018-11', '2018-12', '2019-01', '2019-02']);
    assert.deepEqual(r.timeline.buckets.map(total), [6, 0, 0, 2]);
    assert.deepEqual([r.timeline.undated.articles, total(r.timeline.undated)], [1, 1]);
    assert.deepEqual([r.timeline.buckets[3].from, r.timeline.buckets[3].to], ['2019-02-01', '2019-02-28']);
    const short = sourcesReport(index, { agency: 'MNA', to: '2018-12' });
    assert.equal(short.timeline.unit, 'day');
    assert.deepEqual(short.timeline.buckets.map((b) => b.key), ['2018-11-05']);
  });

  it('counts by outlet, case folded (named as its newest article), with the distinct named speakers', () => {
    const r = sourcesReport(index);
    assert.deepEqual(r.outlets.map((o) => [o.label, o.articles, total(o), o.namedSpeakers]), [['MNA', 2, 8, 2], ['unknown', 1, 1, 1]]);
    assert.equal(r.outlets[1].agency, null);
  });

  it('reads the gender of quoted people and counts their quotes', () => {
    const names = (first: string) => (first === 'jane' ? 'female' : first === 'john' ? 'male' : 'none');
    const r = sourcesReport(index, {}, { givenName: names });
    assert.deepEqual(r.gender.rows.map((g) => [g.gender, g.people, g.quotes]), [['female', 1, 4], ['male', 1, 2], ['unknown', 0, 0]]);
    assert.equal(r.gender.byMethod['given name'], 2);
    assert.match(r.gender.note, /pronoun/);
    assert.equal(sourcesReport(index).gender.rows[2].people, 2, 'without the name lists, unknown');
  });

  it('bounds every list, and each list is what quotesMatching answers for its filter', () => {
    const names = (first: string) => (first === 'jane' ? 'female' : 'none');
    const r = sourcesReport(index, {}, { listLimit: 2, givenName: names });
    for (const list of lists(r)) {
      assert.ok(list.rows.length <= 2);
      const matched = quotesMatching(index, list.filter, { givenName: names });
      assert.equal(matched.total, list.total, JSON.stringify(list.filter));
      assert.deepEqual(list.rows.map((i) => r.quotes[i]), matched.rows.slice(0, 2));
    }
    assert.ok(r.quotes.every((q) => q.text.length <= 201));
  });

  it('names the message a bar posts: a speaker opens appearances, any other bar its quotes', () => {
    const r = sourcesReport(index);
    assert.deepEqual(messageFor(actionFor(r, 'people:0')!), { type: 'openEntity', id: 'person:jane-roe' });
    assert.deepEqual(messageFor(actionFor(r, 'sources:1')!), { type: 'openQuotes', title: 'Quotes: unnamed sources', filter: { group: 'unnamed' } });
    assert.deepEqual(messageFor(actionFor(r, 'undated')!).type, 'openQuotes');
    assert.equal(actionFor(r, 'people:99'), undefined);
    assert.ok(JSON.parse(JSON.stringify(r)), 'plain JSON');
  });
});

describe('report page', () => {
  const report = sourcesReport(corpus());
  const html = reportHtml(report, { script: 'window.x = "</script>";', nonce: 'abc123', standalone: true });

  it('has a strict CSP and only nonce-carrying scripts and styles', () => {
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-abc123'; style-src 'nonce-abc123'; img-src data:">`));
    assert.ok(html.includes('<style nonce="abc123">'));
    assert.ok(html.includes('<script nonce="abc123">window.x = "<\\/script>";</script>'));
    assert.equal(html.match(/<script\b/g)!.length, 2, 'the JSON data block and the nonce\'d script');
    assert.doesNotMatch(html, /\sstyle="/);
    assert.equal(contentSecurityPolicy('n', 'vscode-resource:'), "default-src 'none'; script-src 'nonce-n' vscode-resource:; style-src 'nonce-n' vscode-resource:; img-src data: vscode-resource:");
  });

  it('embeds the report so that no article text can close the element', () => {
    const m = /<script type="application\/json" id="newslens-report">([^<]*)<\/script>/.exec(html);
    assert.ok(m, 'the JSON element holds no "<"');
    assert.deepEqual(JSON.parse(m[1]), JSON.parse(JSON.stringify(report)));
    assert.doesNotMatch(html, /<b>bold/);
  });

  it('states the gender method and puts a table of figures under each chart', () => {
    assert.ok(html.includes('id="gender-method"'));
    for (const id of ['people', 'organizations', 'sources', 'gender', 'timeline', 'outlets']) assert.ok(html.includes(`<canvas id="${id}-chart"`), id);
    assert.ok(html.includes('data-open="people:0">Jane Roe</button>'));
    assert.ok(html.includes('<caption>Quotes by outlet or agency</caption>'));
  });

  it('loads the script from a URL in a webview', () => {
    const page = reportHtml(report, { script: { src: 'https://file+.vscode-resource.vscode-cdn.net/dist/dashboard.js' }, nonce: 'n1', cspSource: 'https://*.vscode-cdn.net', standalone: false });
    assert.ok(page.includes('<script nonce="n1" src="https://file+.vscode-resource.vscode-cdn.net/dist/dashboard.js"></script>'));
    assert.ok(page.includes("script-src 'nonce-n1' https://*.vscode-cdn.net"));
    assert.doesNotMatch(page, /data-standalone/);
  });
});
