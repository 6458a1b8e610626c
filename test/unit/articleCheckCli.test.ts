// The CLI reads articles only: a LICENSE.txt, a requirements.txt, a CSV or code saved as .txt beside the
// stories are skipped with one warning each, unless --all asks for every file.
import { strict as assert } from 'node:assert';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from './cliRun';
import { tempSeedCorpus } from './seeds';

const NOT_ARTICLES: Record<string, [string, string]> = {
  'LICENSE.txt': ['looks like a licence', 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'],
  'requirements.txt': ['looks like a list of packages', 'requests==2.31.0\nnumpy>=1.24\nflask\n'],
  'votes.txt': ['looks like a table (CSV)', 'id,name,votes\n1,Ohio,1234\n2,Kent,987\n3,Leeds,765\n'],
  'notes.txt': ['looks like source code', 'import sys\n\ndef main():\n    print(sys.argv)\n    return 0;\n\nif (main()) {\n  exit(1);\n}\n'],
};

describe('CLI: articles only (--all for every file)', function () {
  this.timeout(60000);
  let tmp: string;
  let corpus: string;
  before(() => {
    ({ tmp, corpus } = tempSeedCorpus('newslens-articles-', (n) => `${n}.txt`));
    for (const [name, [, text]] of Object.entries(NOT_ARTICLES)) writeFileSync(join(corpus, name), text);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const files = (out: string) => out.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);

  it('annotates only the two stories and names each skipped file once, with its reason', async () => {
    const r = await runMain('annotate', '--format', 'jsonl', corpus);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(files(r.out), [join(corpus, '000.txt'), join(corpus, '004.txt')]);
    const warnings = r.err.trim().split('\n');
    assert.equal(warnings.length, Object.keys(NOT_ARTICLES).length, r.err);
    for (const [name, [reason]] of Object.entries(NOT_ARTICLES)) {
      assert.equal(warnings.filter((w) => w.includes(name)).length, 1, `${name} once in ${r.err}`);
      assert.ok(warnings.includes(`warning: skipped ${join(corpus, name)}: not an article (${reason})`), r.err);
    }
  });

  it('annotates every file with --all, without warnings', async () => {
    const r = await runMain('annotate', '--all', '--format', 'jsonl', corpus);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(files(r.out), readdirSync(corpus).sort().map((n) => join(corpus, n)));
    assert.equal(r.err, '');
  });

  it('skips a non-article given by name too', async () => {
    const r = await runMain('annotate', join(corpus, 'requirements.txt'), join(corpus, '000.txt'));
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(files(r.out), [join(corpus, '000.txt')]);
    assert.match(r.err, /^warning: skipped .*requirements\.txt: not an article \(looks like a list of packages\)$/m);
  });

  it('passes --all through index and export', async () => {
    assert.match((await runMain('index', corpus)).out, /^indexed 2 articles /);
    assert.match((await runMain('index', '--all', corpus)).out, /^indexed 6 articles /);
    assert.match((await runMain('export', '--format', 'jsonl', '--out', join(tmp, 'out1'), corpus)).out, /^exported 2 articles /);
    assert.match((await runMain('export', '--all', '--format', 'jsonl', '--out', join(tmp, 'out2'), corpus)).out, /^exported 6 articles /);
  });
});
