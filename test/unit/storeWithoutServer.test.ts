// The parts of the team store that need no server (src/store): COPY's escaping, what PostgreSQL cannot store,
// LIKE literals, the URL checks that come before any connection, and the roles SQL the docs print.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unstorable, textProblem } from '../../src/store/articleCheck';
import { describeServer, parseStoreUrl } from '../../src/store/connect';
import { copyField, copyLine } from '../../src/store/copyRows';
import { likeLiteral } from '../../src/store/queries';
import { rolesSql } from '../../src/store/roles';
import { storeFailure } from '../../src/store/storeError';
import { ROOT } from './seeds';

/** COPY's text format read back as PostgreSQL reads it (the escapes copyField writes, and \N). */
function readField(field: string): string | null {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c] ?? c);
}

describe('team store without a server', () => {
  it('escapes COPY fields so that any text reads back as it was', () => {
    const hostile = ['plain', "'); DROP TABLE articles; --", 'tab\there', 'line\nbreak\r\n', '\\.', '\\N', 'C:\\new', '“quotes”', ''];
    for (const s of hostile) {
      const field = copyField(s);
      assert.doesNotMatch(field, /[\t\n\r]/, JSON.stringify(s));
      assert.equal(readField(field), s);
    }
    assert.equal(copyField(null), '\\N');
    assert.equal(copyField(42), '42');
    assert.equal(copyLine(['a\tb', null, 3]), 'a\\tb\t\\N\t3\n');
  });

  it('names what PostgreSQL cannot store: NUL and unpaired surrogates, with the field and offset', () => {
    assert.equal(textProblem('fine “text” 😀'), null);
    assert.match(textProblem('ab\0c')!, /NUL character \(U\+0000\) at offset 2/);
    assert.match(textProblem('a\ud800b')!, /unpaired surrogate/);
    assert.match(textProblem('a\udc00')!, /unpaired surrogate/);
    const article = { file: 'a.txt', title: 't', date: null, outlet: null, text: 'x', hash: 'h', mentions: [], quotes: [{ start: 0, end: 1, text: 'q\0', kind: 'direct' as const, cue: null, rule: null, speakerText: null, speakerEntity: null, speakerName: null }] };
    assert.match(unstorable(article)!, /^its quote 1 holds a NUL character/);
    assert.equal(unstorable({ ...article, quotes: [] }), null);
  });

  it('takes \\, % and _ literally in a name prefix', () => {
    assert.equal(likeLiteral('50%_off\\'), '50\\%\\_off\\\\');
  });

  it('checks the URL before connecting, and never names the password', () => {
    assert.throws(() => parseStoreUrl('not a url'), /takes a URL such as postgres:/);
    assert.throws(() => parseStoreUrl('http://h/db'), /postgres:\/\/ or postgresql:\/\/ URL, not http:/);
    const where = describeServer(parseStoreUrl('postgres://ann:s3cret@db.example.org:6543/news?sslmode=require'));
    assert.equal(where, 'PostgreSQL at db.example.org:6543/news as ann');
    const refused = storeFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), where);
    assert.equal(refused?.message, 'cannot reach PostgreSQL at db.example.org:6543/news as ann: connection refused (is the server running, on that port?)');
    assert.equal(storeFailure(new Error('syntax error at or near "x"'), where), undefined, 'a bug stays a bug');
  });

  it('prints in docs/team-mode.md the roles SQL that src/store/roles.ts makes', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'team-mode.md'), 'utf8');
    const indented = rolesSql({ database: 'newslens' }).split('\n').map((l) => `   ${l}`).join('\n');
    assert.ok(docs.includes(indented), 'docs/team-mode.md step 3 differs from rolesSql({ database: "newslens" })');
  });
});
