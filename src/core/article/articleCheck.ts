// Whether a text file reads as a news article, so that a folder of mixed files (a LICENSE.txt, a
// requirements.txt, a CSV saved as .txt, notes in code) is not annotated as news. Each check is a general
// rule about how the text is written; the first that holds names the reason. Only the head of the file is
// read, and every check is one pass over its lines.

/** What the check says: `reason` completes "not an article (REASON)", or is "an article". */
export interface ArticleVerdict {
  article: boolean;
  reason: string;
}

/** The head of the file is enough to tell its kind: a 2 MB article is not read twice. */
const HEAD_CHARS = 48 * 1024;

/** The lines of the head of a file, trimmed and non-empty, and the file's ending (".ts"), if named. */
interface Sample {
  head: string;
  lines: string[];
  ending: string;
}

/** One shape of text that is no article: `holds` reads the sample, `reason` is what the CLI prints. */
interface Shape {
  reason: string;
  holds: (s: Sample) => boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Line tests shared by the shapes.

/** Words of the line: runs of letters (with inner apostrophes and hyphens), "Iran-Russia", "don’t". */
function wordCount(line: string): number {
  return line.match(/\p{L}+(?:['’-]\p{L}+)*/gu)?.length ?? 0;
}

/** Share of letters among the line's visible characters: prose is mostly letters, code and data are not. */
function letterShare(line: string): number {
  const visible = line.replace(/\s+/g, '').length;
  return visible ? (line.match(/\p{L}/gu)?.length ?? 0) / visible : 0;
}

/**
 * A sentence as people write them: three words or more, mostly letters, from a capital (or a quote mark) to
 * a stop, perhaps inside a quote or bracket ('He said it would "go ahead."', "Body text here.").
 */
function isSentence(text: string): boolean {
  return wordCount(text) >= 3 && letterShare(text) >= 0.7 && /^["“‘'(]?\p{Lu}/u.test(text) && /[.!?…]["”’')\]]*$/.test(text);
}

/** A line of prose: a sentence, or a long line of words (a hard-wrapped paragraph ends its lines anywhere). */
function isProse(line: string): boolean {
  return isSentence(line) || (line.length >= 60 && wordCount(line) >= 10 && letterShare(line) >= 0.7);
}

/**
 * The count of delimiters outside double quotes: `a,"b, c",d` has two commas. The comma of a figure written
 * after a space or a currency sign ("Woosnam 480,618 pounds") parts no cells: a ranking with prize money is a
 * list, not a CSV; in a CSV a figure follows a comma ("2021-03-04,120.50" has a comma before 120).
 */
function countDelimiters(line: string, delimiter: string): number {
  const row = delimiter === ',' ? line.replace(/([\s$€£(]\d{1,3})((?:,\d{3})+)(?![\d,])/g, (_, a: string, b: string) => a + b.replace(/,/g, '')) : line;
  let n = 0;
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

function chars(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length, 0);
}

function share(lines: string[], test: (line: string) => boolean): number {
  return lines.length ? lines.filter(test).length / lines.length : 0;
}

// ---------------------------------------------------------------------------------------------------------
// The shapes.

/** File endings that say what the file is whatever it holds (a path given on the command line may be any). */
const ENDINGS: readonly [RegExp, string][] = [
  [/^\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|swift|c|cc|cpp|h|hpp|cs|php|sh|bash|ps1|pl|lua|r|scala|sql|css|scss)$/, 'looks like source code'],
  [/^\.(?:json|jsonl|ndjson|yaml|yml|toml|ini|cfg|lock)$/, 'looks like data or settings (JSON, YAML)'],
  [/^\.(?:xml|html?|svg|xhtml)$/, 'looks like markup (XML, HTML)'],
  [/^\.(?:csv|tsv)$/, 'looks like a table (CSV)'],
  [/^\.log$/, 'looks like a log'],
];

/** `{"id": 1}`, `[{"a": 2}]`, one object a line: JSON opens with a bracket and a key, a value or a bracket. */
function isJson(s: Sample): boolean {
  return /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[{["\d\]-]|true|false|null|$))/.test(s.head);
}

/** `<?xml ...?>`, `<!DOCTYPE html>`, or a file whose lines mostly open with a tag. */
function isMarkup(s: Sample): boolean {
  if (/^\s*<(?:\?xml|!DOCTYPE)/i.test(s.head)) return true;
  return /^\s*<[A-Za-z]/.test(s.head) && share(s.lines, (l) => l.startsWith('<')) >= 0.5;
}

// The wording every copy of the common licences carries: "Permission is hereby granted, free of charge"
// (MIT), "Licensed under the Apache License, Version 2.0", "Redistribution and use in source and binary
// forms" (BSD). A news story about a licence quotes it deeper down, so only the opening is read.
const LICENCE_WORDING = new RegExp([
  'Permission is hereby granted',
  'THE SOFTWARE IS PROVIDED',
  'Licensed under the Apache License',
  'Apache License\\s+Version \\d',
  'GNU (?:LESSER |AFFERO )?GENERAL PUBLIC LICENSE',
  'Redistribution and use in source and binary forms',
  'Mozilla Public License',
  'This is free and unencumbered software',
  'WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND',
].join('|'), 'i');

function isLicence(s: Sample): boolean {
  return LICENCE_WORDING.test(s.head.slice(0, 2000));
}

// "requests==2.31.0", "numpy>=1.24", "Django~=4.2", "black[jupyter]>=23", "lodash@^4.17.21": a name and a
// version constraint. A list mixes them with bare names ("flask"), comments ("# dev") and options ("-r base.txt").
const PINNED = /^[A-Za-z0-9][\w.-]*(?:\[[\w,\s-]+\])?\s*(?:===?|>=|<=|~=|!=|>|<|@\^?~?)\s*[\w.*+!-]+(?:\s*,\s*(?:[<>=!~]=?)\s*[\w.*+!-]+)*(?:\s*;.*)?$/;
const LIST_LINE = /^(?:[a-z0-9][\w.-]*(?:\[[\w,\s-]+\])?|#.*|-[-\w]*(?:\s+\S+)?)$/;

function isPackageList(s: Sample): boolean {
  const pinned = s.lines.filter((l) => PINNED.test(l)).length;
  return pinned >= 1 && share(s.lines, (l) => PINNED.test(l) || LIST_LINE.test(l)) >= 0.8;
}

// A log line opens with a time to the second or a level: "2024-03-01 10:32:07,120 INFO ...",
// "[2024-03-01T10:32:07Z] ...", "Mar  1 10:32:07 host sshd[42]: ...", "ERROR: disk full". A live blog's
// "10:32 The minister arrives." has no seconds and stays prose.
const LOG_START = /^[[(]?(?:\d{4}[-/.]\d{2}[-/.]\d{2}[T ]\d{1,2}:\d{2}:\d{2}|\d{1,2}:\d{2}:\d{2}|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}|(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b[\]):]?)/;

function isLog(s: Sample): boolean {
  return s.lines.length >= 3 && share(s.lines, (l) => LOG_START.test(l)) >= 0.5;
}

/**
 * Rows with the same number of commas, tabs, pipes or semicolons ("id,name,votes" then "1,Ohio,1234"). Prose
 * sentences hold commas too, but in varying numbers and ending in a stop; a table row seldom ends in one.
 */
function isTable(s: Sample): boolean {
  const rows = s.lines.slice(0, 200);
  if (rows.length < 3 || share(rows, (l) => /[.!?]["”’)]*$/.test(l)) > 0.5) return false;
  return [',', '\t', '|', ';'].some((d) => {
    const counts = new Map<number, number>();
    for (const row of rows) {
      const n = countDelimiters(row, d);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const [n, lines] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return n >= 1 && lines / rows.length >= 0.8;
  });
}

// Lines only code has: "import x from 'y';", "def main():", "#include <stdio.h>", "}", "const x = 1;",
// "return a;", "x = compute(y)". Keywords are lower case, so "Import duties rose" is prose, and each needs
// code's punctuation after it, so a hard-wrapped line that opens with "return to the capital" or "using the
// new rules" is no code line.
const CODE_LINE = new RegExp([
  '[;{}]$', '^[})\\]]+[;,)]*$', '^#(?:include|define|if|ifdef|ifndef|endif|pragma)\\b', '^#!/',
  '^(?:import|from)\\s+[\\w.@/\'"{*]+.*(?:\\bimport\\b|\\bfrom\\b|;|\\w)$', '^(?:export\\s+)?(?:async\\s+)?function\\b.*\\(',
  '^(?:def|class)\\s+\\w+.*:$', '^(?:export\\s+)?(?:const|let|var)\\s+\\w+\\s*[=:]', '^(?:export\\s+)?(?:interface|type|enum|class)\\s+\\w+.*[{=]',
  '^(?:public|private|protected|static)\\s.*[;{(]', '^(?:package|using|namespace)\\s+[\\w.:]+\\s*[;{]?$', '^(?:if|for|while|switch|catch)\\s*\\(',
  '^(?:elif|else|try|except|finally)\\b.*:$', '^(?:return|yield|raise|throw)\\b.*[;)]$', '^(?:return|yield)\\s+[\\w.]+$', '^(?://|/\\*|\\*/|\\* @)',
  '^@\\w+(?:\\(.*\\))?$', '^[\\w.\\[\\]\'"]+\\s*[-+*/]?=\\s*\\S.*[)\\]\\w\'"]$',
].join('|'));

function isCode(s: Sample): boolean {
  const code = s.lines.filter((l) => CODE_LINE.test(l));
  if (code.length < 3 || code.length < 0.25 * s.lines.length) return false;
  // Characters, not lines: a style sheet pasted into a story is many short lines beside a few long paragraphs.
  return chars(code) > chars(s.lines.filter(isProse));
}

/**
 * An article holds at least one sentence, and is mostly words: a headline and a sentence make a wire brief,
 * a word list or a file of figures under a caption does not. A results table under a lead sentence ("Results
 * of league matches on Saturday." then "Chelsea 2 Coventry 0") is still wire copy, so the bar for letters is low.
 */
function tooLittleProse(s: Sample): boolean {
  return !hasProse(s) || letterShare(s.lines.join(' ')) < 0.4;
}

/** A prose line, or a paragraph wrapped at a narrow width that reads as a sentence once its lines are joined. */
function hasProse(s: Sample): boolean {
  return s.lines.some(isProse) || s.head.split(/\n[ \t]*\r?\n/).some((p) => isSentence(p.trim().replace(/\s+/g, ' ')));
}

/** In order: the plainest kinds first, so that an MIT licence (which is prose) is named a licence. */
const SHAPES: readonly Shape[] = [
  { reason: 'looks like JSON', holds: isJson },
  { reason: 'looks like markup (XML, HTML)', holds: isMarkup },
  { reason: 'looks like a licence', holds: isLicence },
  { reason: 'looks like a list of packages', holds: isPackageList },
  { reason: 'looks like a log', holds: isLog },
  { reason: 'looks like a table (CSV)', holds: isTable },
  { reason: 'looks like source code', holds: isCode },
  { reason: 'too little prose', holds: tooLittleProse },
];

function sampleOf(text: string, fileName?: string): Sample {
  // A line cut in two at the end of the head is still a line of the same kind.
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const ending = /\.[^./\\]+$/.exec(fileName ?? '')?.[0].toLowerCase() ?? '';
  return { head, lines, ending };
}

/** Whether text (the content of fileName, if given) reads as a news article, and if not what it looks like. */
export function checkArticle(text: string, fileName?: string): ArticleVerdict {
  const sample = sampleOf(text.replace(/^\uFEFF/, ''), fileName);
  const byEnding = ENDINGS.find(([re]) => re.test(sample.ending));
  if (byEnding) return { article: false, reason: byEnding[1] };
  const shape = SHAPES.find((s) => s.holds(sample));
  return shape ? { article: false, reason: shape.reason } : { article: true, reason: 'an article' };
}
