import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { annotateText } from '../../src/core/annotate';
import { applyCorrections } from '../../src/core/corrections/apply';
import { parseCorrections } from '../../src/core/corrections/parse';
import { bratText, BRAT_TYPES, VISUAL_CONF } from '../../src/core/export/brat';
import { CONLL_TAGS } from '../../src/core/export/conll';
import { csvCell, MENTION_COLUMNS, QUOTE_COLUMNS } from '../../src/core/export/csv';
import { exportFiles } from '../../src/core/export/exportFormats';
import type { ExportDocument, ExportFile } from '../../src/core/export/types';
import type { ArticleAnnotations, Mention, Quote } from '../../src/core/model';
import { EXAMPLE } from './correctionsFixtures';
import { ROOT, seed } from './seeds';

/** RFC 4180 reader (quoted cells, doubled quotes, CRLF), undoing the formula guard. */
export function parseCsv(content: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && content[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the file ends with CRLF');
  const [header, ...body] = rows;
  return body.map((r) => {
    assert.equal(r.length, header.length);
    return Object.fromEntries(header.map((h, k) => [h, r[k].replace(/^'(?=[=+\-@\t\r])/, '')]));
  });
}

interface BratT { type: string; ranges: [number, number][]; text: string }

/** .ann reader: T, R, A and # lines. */
export function parseAnn(content: string): { t: Map<string, BratT>; r: [string, string][]; a: Map<string, string>; notes: Map<string, string> } {
  const t = new Map<string, BratT>();
  const r: [string, string][] = [];
  const a = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const line of content.split('\n')) {
    if (!line) continue;
    const [id, body, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((x) => x.split(' ').map(Number) as [number, number]);
      t.set(id, { type, ranges, text });
    } else if (id.startsWith('R')) {
      const m = /^Speaker Arg1:(T\d+) Arg2:(T\d+)$/.exec(body)!;
      r.push([m[1], m[2]]);
    } else if (id.startsWith('A')) {
      const [, target, value] = body.split(' ');
      a.set(target, value);
    } else if (id.startsWith('#')) notes.set(body.split(' ')[1], text);
    else assert.fail(`unexpected line ${line}`);
  }
  return { t, r, a, notes };
}

/** CoNLL reader: per document, the mentions as [tag, tokens joined without spaces]. */
export function parseConll(content: string): [string, string][][] {
  const docs: [string, string][][] = [];
  let current: [string, string] | undefined;
  for (const line of content.split('\n')) {
    if (line === '-DOCSTART- O') { docs.push([]); current = undefined; continue; }
    if (!line) { current = undefined; continue; }
    const sp = line.lastIndexOf(' ');
    const token = line.slice(0, sp);
    const tag = line.slice(sp + 1);
    assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    assert.ok(token && !/\s/.test(token), `token '${token}'`);
    if (tag === 'O') current = undefined;
    else if (tag.startsWith('B-')) { current = [tag.slice(2), token]; docs[docs.length - 1].push(current); } else {
      assert.ok(current && current[0] === tag.slice(2), `I- without B- at ${line}`);
      current[1] += token;
    }
  }
  return docs;
}

function file(files: ExportFile[], path: string): string {
  const f = files.find((x) => x.path === path);
  assert.ok(f, `${path} in ${files.map((x) => x.path).join(', ')}`);
  return f.content;
}

/**
 * A document made to trip exporters: astral characters, CRLF, a quote across a line break, CSV and formula
 * characters, a speaker the text never writes, and a misc name of two tokens (the rule engine emits none).
 */
function hostile(): ExportDocument {
  const text = 'Talks 😀 in 𝒳anadu\r\n\r\n=SUM(A1) said "Jane, Roe" of Acme-Corp, Inc. "We will\r\ngo on," she said.\nPlain line on the Paris Agreement.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const m = (type: Mention['type'], surface: string, entity: string, name = surface, role?: string): Mention => ({ type, start: at(surface), end: at(surface) + surface.length, text: surface, entity, name, ...(role ? { role } : {}) });
  const quoteText = '"We will\r\ngo on,"';
  const q: Quote = { kind: 'direct', start: at(quoteText), end: at(quoteText) + quoteText.length, text: quoteText, cue: { start: at('said', at(quoteText)), end: at('said', at(quoteText)) + 4, text: 'said' },
    speaker: { start: at('she'), end: at('she') + 3, text: 'she', entity: 'person:jane-roe', name: 'Jane, Roe' }, rule: 'trailing-cue' };
  const q2: Quote = { kind: 'indirect', start: at('=SUM(A1)'), end: at('=SUM(A1)') + 8, text: '=SUM(A1)', cue: null, speaker: { start: 0, end: 0, text: '', entity: 'person:nobody', name: 'Nobody' }, rule: 'according-to' };
  const annotations: ArticleAnnotations = {
    file: 'odd/hostile.txt', title: 'Talks', dateline: null,
    entities: [m('place', '𝒳anadu', 'place:xanadu'), m('person', 'Jane, Roe', 'person:jane-roe', 'Jane, Roe', '@role, "quoted"'), m('organization', 'Acme-Corp, Inc.', 'organization:acme-corp-inc'),
      m('misc', 'Paris Agreement', 'misc:paris-agreement')],
    quotes: [q2, q],
  };
  return { name: 'odd/hostile.txt', text, annotations };
}

describe('export formats', () => {
  let docs: ExportDocument[];
  before(function () {
    this.timeout(60000);
    const c = parseCorrections(EXAMPLE).corrections;
    docs = (['000', '004'] as const).map((n) => {
      const s = seed(n);
      return { name: `seeds/${n}.txt`, text: s.text, annotations: applyCorrections(s.text, annotateText(s.text, s.path), c, s.path) };
    });
    docs.push(hostile());
  });

  it('jsonl: one line per document, equal to its annotations', () => {
    const files = exportFiles('jsonl', docs);
    assert.deepEqual(files.map((f) => f.path), ['annotations.jsonl']);
    const lines = files[0].content.split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.map((l) => JSON.parse(l)), docs.map((d) => d.annotations));
  });

  it('jsonl: every line follows the annotations schema, misc mentions included', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const lines = file(exportFiles('jsonl', docs), 'annotations.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.some((a) => a.entities.some((m: Mention) => m.type === 'misc')), 'the documents hold a misc mention');
    for (const a of lines) assert.ok(validate(a), JSON.stringify(validate.errors));
    const event = { ...lines[lines.length - 1], entities: [{ ...lines[lines.length - 1].entities[0], type: 'event' }] };
    assert.ok(!validate(event), 'a type outside the four is rejected');
  });

  it('csv: one row per mention and per quote, round-tripping every cell', () => {
    const files = exportFiles('csv', docs);
    const mentions = parseCsv(file(files, 'mentions.csv'));
    const quotes = parseCsv(file(files, 'quotes.csv'));
    assert.deepEqual(Object.keys(mentions[0]), [...MENTION_COLUMNS]);
    assert.deepEqual(Object.keys(quotes[0]), [...QUOTE_COLUMNS]);
    const allMentions = docs.flatMap((d) => d.annotations.entities.map((m) => ({ d, m })));
    assert.equal(mentions.length, allMentions.length);
    allMentions.forEach(({ d, m }, i) => {
      const row = mentions[i];
      assert.deepEqual(row, {
        file: d.annotations.file, type: m.type, entity: m.entity, name: m.name, text: m.text, start: String(m.start), end: String(m.end),
        line: String(d.text.slice(0, m.start).split('\n').length), role: m.role ?? '',
      });
      assert.equal(d.text.slice(Number(row.start), Number(row.end)), row.text);
    });
    const allQuotes = docs.flatMap((d) => d.annotations.quotes.map((q) => ({ d, q })));
    assert.equal(quotes.length, allQuotes.length);
    allQuotes.forEach(({ d, q }, i) => {
      assert.deepEqual(quotes[i], {
        file: d.annotations.file, kind: q.kind, speaker: q.speaker?.name ?? '', speaker_entity: q.speaker?.entity ?? '', cue: q.cue?.text ?? '',
        text: q.text, start: String(q.start), end: String(q.end), line: String(d.text.slice(0, q.start).split('\n').length),
      });
    });
  });

  it('csv: defuses formula cells and quotes per RFC 4180', () => {
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@x'), "'@x");
    assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(null), '');
    const raw = file(exportFiles('csv', [hostile()]), 'quotes.csv');
    assert.ok(raw.includes(",'=SUM(A1),"));
    assert.ok(!/(^|,)=/m.test(raw));
  });

  it('brat: T lines for every mention and quote, at code-point offsets into the .txt copy, and a Speaker relation per quote', () => {
    const files = exportFiles('brat', docs);
    assert.match(file(files, 'annotation.conf'), /\[entities\]\nPerson\nOrganization\nLocation\nMisc\nQuote\nSource\n/);
    assert.match(file(files, 'annotation.conf'), /Speaker\tArg1:Quote, Arg2:Person\|Organization\|Location\|Misc\|Source/);
    for (const d of docs) {
      const base = d.name.replace(/\.txt$/, '');
      const txt = file(files, `${base}.txt`);
      const copy = bratText(d.text);
      assert.equal(txt, copy.text);
      assert.ok(!txt.includes('\r'));
      const cps = Array.from(txt);
      const ann = parseAnn(file(files, `${base}.ann`));
      const spanOf = (id: string) => {
        const t = ann.t.get(id)!;
        // brat's own check: the text field is the fragments' text joined by spaces.
        assert.equal(t.ranges.map(([a, b]) => cps.slice(a, b).join('')).join(' '), t.text);
        return { start: t.ranges[0][0], end: t.ranges[t.ranges.length - 1][1] };
      };
      const ts = [...ann.t.entries()];
      const entityTs = ts.filter(([, t]) => t.type !== 'Quote' && t.type !== 'Source');
      assert.equal(entityTs.length, d.annotations.entities.length);
      d.annotations.entities.forEach((m, i) => {
        const [id, t] = entityTs[i];
        assert.equal(t.type, BRAT_TYPES[m.type]);
        assert.deepEqual(spanOf(id), { start: copy.offset(m.start), end: copy.offset(m.end) });
        assert.equal(ann.notes.get(id)!.split(' | ')[0], m.entity);
      });
      const quoteTs = ts.filter(([, t]) => t.type === 'Quote');
      assert.equal(quoteTs.length, d.annotations.quotes.length);
      const speakerOf = new Map(ann.r);
      d.annotations.quotes.forEach((q, i) => {
        const [id] = quoteTs[i];
        assert.deepEqual(spanOf(id), { start: copy.offset(q.start), end: copy.offset(q.end) });
        assert.equal(ann.a.get(id), q.kind);
        const s = speakerOf.get(id);
        if (!q.speaker) assert.equal(s, undefined);
        else if (q.speaker.end === q.speaker.start) assert.match(ann.notes.get(id)!, new RegExp(`speaker: ${q.speaker.name}`));
        else assert.deepEqual(spanOf(s!), { start: copy.offset(q.speaker.start), end: copy.offset(q.speaker.end) });
      });
      assert.equal(ann.r.length, d.annotations.quotes.filter((q) => q.speaker && q.speaker.end > q.speaker.start).length);
    }
  });

  it('brat: counts an astral character as one, a CRLF as one line break, and cuts a quote at its line break', () => {
    const d = hostile();
    const ann = parseAnn(file(exportFiles('brat', [d]), 'odd/hostile.ann'));
    const place = [...ann.t.values()].find((t) => t.type === 'Location')!;
    assert.deepEqual(place.ranges, [[11, 17]]);
    assert.equal(Array.from('Talks 😀 in ').length, 11);
    assert.equal('Talks 😀 in '.length, 12, 'two UTF-16 units for the emoji');
    const quote = [...ann.t.values()].filter((t) => t.type === 'Quote')[1];
    assert.equal(quote.ranges.length, 2);
    assert.equal(quote.text, '"We will go on,"');
    assert.equal(quote.ranges[1][0], quote.ranges[0][1] + 1);
  });

  it('conll: BIO tags in text order for every mention, -DOCSTART- before each document', () => {
    const content = file(exportFiles('conll', docs), 'annotations.conll');
    const parsed = parseConll(content);
    assert.equal(parsed.length, docs.length);
    assert.equal(content.split('\n').filter((l) => l.startsWith('-DOCSTART-')).length, docs.length);
    docs.forEach((d, i) => {
      assert.deepEqual(parsed[i], d.annotations.entities.map((m) => [CONLL_TAGS[m.type], m.text.replace(/\s+/g, '')]));
    });
  });

  it('misc mentions: B-MISC/I-MISC in CoNLL, a declared Misc type in brat, type misc in CSV', () => {
    const d = hostile();
    const conll = file(exportFiles('conll', [d]), 'annotations.conll').split('\n');
    assert.deepEqual(conll.slice(-6, -2), ['the O', 'Paris B-MISC', 'Agreement I-MISC', '. O']);
    const ann = parseAnn(file(exportFiles('brat', [d]), 'odd/hostile.ann'));
    const misc = [...ann.t.entries()].find(([, t]) => t.type === 'Misc');
    assert.ok(misc, 'a Misc T line');
    assert.equal(misc[1].text, 'Paris Agreement');
    assert.equal(ann.notes.get(misc[0]), 'misc:paris-agreement');
    assert.match(VISUAL_CONF, /^Misc \| Misc \| MISC$/m);
    assert.match(VISUAL_CONF, /^Misc\tbgColor:#[0-9a-f]{6}$/m);
    const rows = parseCsv(file(exportFiles('csv', [d]), 'mentions.csv'));
    assert.deepEqual(rows.filter((r) => r.type === 'misc').map((r) => [r.entity, r.name, r.text]), [['misc:paris-agreement', 'Paris Agreement', 'Paris Agreement']]);
  });

  it('conll: cuts a token where a mention starts or ends inside it', () => {
    const text = 'Iran’s envoy met Putin-Smith.';
    const entities: Mention[] = [{ type: 'place', start: 0, end: 4, text: 'Iran', entity: 'place:iran', name: 'Iran' }];
    const content = file(exportFiles('conll', [{ name: 'x.txt', text, annotations: { file: 'x.txt', title: '', dateline: null, entities, quotes: [] } }]), 'annotations.conll');
    assert.deepEqual(content.split('\n').slice(2, 5), ['Iran B-LOC', '’s O', 'envoy O']);
    assert.ok(content.includes('Putin-Smith O'));
  });
});
