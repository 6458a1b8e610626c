import { strict as assert } from 'node:assert';
import { checkArticle } from '../../src/core/article/articleCheck';
import { seed } from './seeds';

// Made-up texts in the shapes a folder of articles may also hold.
const TYPESCRIPT = `import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function load(dir: string): string[] {
  const text = readFileSync(join(dir, 'list.txt'), 'utf8');
  return text.split('\\n').filter((l) => l.length > 0);
}

export const DEFAULT = load('.');
`;

const PYTHON = `#!/usr/bin/env python3
"""Counts the words of a file."""
import sys
from collections import Counter


def count(path):
    with open(path) as f:
        words = f.read().split()
    return Counter(words)


if __name__ == "__main__":
    for word, n in count(sys.argv[1]).most_common(10):
        print(word, n)
`;

const MIT = `MIT License

Copyright (c) 2024 Example Contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
`;

const REQUIREMENTS = `# runtime
requests==2.31.0
numpy>=1.24,<2
flask
black[jupyter]~=23.1 ; python_version >= "3.8"
-r dev.txt
`;

const CSV = `id,name,votes,share
1,Ohio,1234,45.2
2,"Kent, County",987,30.1
3,Leeds,765,24.7
4,York,1010,33.0
`;

const LOG = `2024-03-01 10:32:07,120 INFO server started on port 8080
2024-03-01 10:32:09,004 WARN slow response from /api/items (2.1 s)
2024-03-01 10:33:15,771 ERROR connection reset by peer
2024-03-01 10:33:16,002 INFO retrying in 5 s
`;

const JSON_TEXT = `{
  "name": "example",
  "version": "1.0.0",
  "items": [1, 2, 3]
}
`;

const WIRE_BRIEF = `Harbour council approves new ferry route

The town council voted on Tuesday to approve a ferry route to the islands. Services are due to start in May.
`;

const NO_HEADLINE = `The harbour council voted on Tuesday to approve a new ferry route to the outer islands, ending a dispute that
had run for two years.

"This is a good day for the islands," the council leader told reporters after the vote.

Services are due to start in May, the operator said.
`;

const MARKDOWN = `# Harbour council approves new ferry route

*By a staff reporter*

The town council voted on Tuesday to approve a ferry route to the islands.

The plan includes:

- two sailings a day in summer
- one sailing a day in winter
- a new waiting room at the pier

"We listened to the islanders," the council leader said.
`;

const DATELINE_CAPS = `FERRY ROUTE APPROVED AFTER TWO-YEAR DISPUTE

PORTSMOUTH, March 4 (Wire) - The harbour council approved a new ferry route on Tuesday, the operator said.

Services are due to start in May.
`;

const LIVE_BLOG = `Election night live

21:04 Polls have closed across the county and the count has begun.

21:32 The first box has arrived at the counting hall, officials said.

22:10 Turnout looks higher than last time, one agent told us.
`;

function verdict(text: string, name?: string): string {
  const v = checkArticle(text, name);
  assert.equal(v.article, v.reason === 'an article');
  return v.reason;
}

describe('article check', () => {
  describe('says what a file that is no article looks like', () => {
    it('a TypeScript file, also when saved as .txt', () => {
      assert.equal(verdict(TYPESCRIPT, 'notes.txt'), 'looks like source code');
      assert.equal(verdict(TYPESCRIPT, 'load.ts'), 'looks like source code');
    });
    it('a Python file', () => assert.equal(verdict(PYTHON, 'count.txt'), 'looks like source code'));
    it('an MIT LICENSE.txt', () => assert.equal(verdict(MIT, 'LICENSE.txt'), 'looks like a licence'));
    it('a requirements.txt', () => assert.equal(verdict(REQUIREMENTS, 'requirements.txt'), 'looks like a list of packages'));
    it('a CSV saved as .txt', () => assert.equal(verdict(CSV, 'votes.txt'), 'looks like a table (CSV)'));
    it('a CSV of names, dates and amounts', () => {
      const csv = 'id,name,city,joined,amount\n1,Ann Lee,Leeds,2021-03-04,120.50\n2,Bo Chan,York,2021-04-11,75.00\n3,Cy Dunn,Bath,2022-01-19,310.25\n';
      assert.equal(verdict(csv, 'exports.txt'), 'looks like a table (CSV)');
    });
    it('a table with tabs or pipes', () => {
      assert.equal(verdict(CSV.replace(/,/g, '\t')), 'looks like a table (CSV)');
      assert.equal(verdict(CSV.replace(/,/g, ' | ')), 'looks like a table (CSV)');
    });
    it('a log file', () => assert.equal(verdict(LOG, 'server.txt'), 'looks like a log'));
    it('a JSON file, by its content or its name', () => {
      assert.equal(verdict(JSON_TEXT, 'package.txt'), 'looks like JSON');
      assert.equal(verdict('{"id": 1, "text": "A story."}\n{"id": 2, "text": "Another."}\n'), 'looks like JSON');
      assert.equal(verdict(WIRE_BRIEF, 'data.json'), 'looks like data or settings (JSON, YAML)');
    });
    it('an XML file', () => assert.equal(verdict('<?xml version="1.0"?>\n<items>\n  <item id="1"/>\n</items>\n'), 'looks like markup (XML, HTML)'));
    it('a word list and an empty file', () => {
      assert.equal(verdict('ferry\nharbour\nisland\ncouncil\n'), 'too little prose');
      assert.equal(verdict(''), 'too little prose');
    });
  });

  describe('accepts news', () => {
    it('both seed stories', () => {
      assert.equal(verdict(seed('000').text, seed('000').path), 'an article');
      assert.equal(verdict(seed('004').text, seed('004').path), 'an article');
    });
    it('a short wire brief', () => assert.equal(verdict(WIRE_BRIEF, 'brief.txt'), 'an article'));
    it('an article with no headline', () => assert.equal(verdict(NO_HEADLINE), 'an article'));
    it('a Markdown article with a list of bullet points', () => assert.equal(verdict(MARKDOWN, 'story.md'), 'an article'));
    it('an all-caps headline over a dateline', () => assert.equal(verdict(DATELINE_CAPS), 'an article'));
    it('a ranking under a lead sentence, with figures written with commas', () => {
      const ranking = 'GOLF - LEADING MONEY WINNERS.\nLONDON 2001-05-06\nLeading money winners after the open on Sunday.\n1. Ann Lee 480,618 pounds\n2. Bo Chan 429,449\n3. Cy Dunn 301,972\n4. Di Moss (Wales) 291,088\n';
      assert.equal(verdict(ranking), 'an article');
    });
    it('a story hard-wrapped at a narrow width', () => {
      const narrow = 'Council delays vote\n\nOfficials said the council would\nreturn to the matter next week,\nonce it has a quorum.\n';
      assert.equal(verdict(narrow), 'an article');
    });
    it('a live blog whose entries open with a time', () => assert.equal(verdict(LIVE_BLOG), 'an article'));
    it('a story that quotes a few lines of code', () => {
      const story = `${NO_HEADLINE}\nThe bug was in one line:\n\n    if (count > limit) {\n      return;\n    }\n\nIt has since been fixed, the company said.\n`;
      assert.equal(verdict(story), 'an article');
    });
  });

  it('reads only the head of a long file', () => {
    // What comes after the first 48 KB is never read: a log dumped after a long article does not make it a log,
    // and an article pasted after a long log does not make the log an article.
    const prose = 'The council met again and the minister said nothing new. '.repeat(1_000);
    const log = '2026-12-02T13:19:09Z ERROR worker 3 exited with code 1\n'.repeat(20_000);
    assert.equal(verdict(WIRE_BRIEF + prose + log), 'an article');
    assert.notEqual(verdict(log + WIRE_BRIEF + prose), 'an article');
  });
});
