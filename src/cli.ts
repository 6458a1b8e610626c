import { annotateCommand } from './cli/annotateCommand';
import { evalCommand } from './cli/evalCommand';
import { exportCommand } from './cli/exportCommand';
import { indexCommand } from './cli/indexCommand';
import { linkCommand } from './cli/linkCommand';
import { loadCommand } from './cli/loadCommand';
import { queryCommand } from './cli/queryCommand';
import { reportCommand } from './cli/reportCommand';
import type { CliIo } from './cli/io';
import { InputError, UsageError } from './cli/usageError';
import { DEFAULT_MAX_ARTICLE_KB } from './core/io/sizeLimit';
import { ModelFileError } from './core/learn/modelFile';
import { version } from '../package.json';

const HELP = `newslens ${version} — who speaks in the news: people, organisations, places and quotes

Usage:
  newslens annotate [--format jsonl|json|table] [--corrections FILE] [--max-size MB] [--all] PATH...
      Annotate articles. A folder is read recursively for .txt, .news, .article and .md files.
      jsonl (default): one JSON object a line per article: {file, title, dateline, entities, quotes}.
      json: one JSON array; table: a readable listing.
      Entity ids are linked across all the PATHs given (one corpus index).
  newslens annotate --input jsonl [FILE|-] [--jobs N] [--strict] [--max-size MB] [--corrections FILE] [--stats]
      Streams in constant memory: one article a JSON line, {"id", "text"} and optional "date", "outlet", "url",
      "title", from FILE or stdin; one record a line on stdout, in input order (entity ids per article). A bad
      line gives {"id", "line", "error"} in its place and a warning (exit 0); --strict stops there (exit 1).
      --stats: counts, articles/s and peak RSS on stderr.
      Engine-neutral: the same command is a subprocess filter for Spark's RDD.pipe, Beam or Dask.
  newslens index [--cache FILE] [--jobs N] [--corrections FILE] [--max-size MB] [--all] PATH...
      Index articles as one corpus, linking people across articles, and print its statistics:
      articles, people, organisations, places, other names (misc), quotes and the top 10 people by articles.
      --cache FILE: reuse the annotations of unchanged texts from FILE, then update it.
      --jobs N: worker threads (default: one per core from 16 files on; 0: this thread only; at most
      one per core: a higher N is lowered with a warning).
  newslens export --format jsonl|csv|brat|conll --out DIR [--corrections FILE] [--max-size MB] [--all] PATH...
      Export the annotations into DIR (created; existing files of the same names are replaced):
      jsonl: annotations.jsonl, the annotate contract; csv: mentions.csv and quotes.csv;
      brat: a .txt copy and an .ann file per article, with annotation.conf; conll: annotations.conll
      (token, BIO tag PER/ORG/LOC). Nothing half-written is left in DIR if writing fails.
  newslens report (--html OUT.html | --json) [--agency A] [--from DATE] [--to DATE] [--corrections FILE] [--max-size MB] [--all] PATH...
      The sources report: most-quoted people and organisations, named and unnamed sources, quoted people by
      gender (read from the articles' pronouns, honorifics, titles and given names; else unknown), quotes over
      time and by outlet. --html writes a standalone page with charts (no network); --json prints the figures.
      --agency, --from, --to (YYYY-MM-DD, YYYY-MM or YYYY) keep only those articles.
  newslens link [FILE|-]
      The archive linker's step after a group-by: reads \`annotate --input jsonl\` records (their "links") or
      link rows grouped by "key", prints {entity, id, name, type, key} per article-level entity: the corpus
      entity it belongs to and its canonical name. Run over all rows, it gives the one-machine answer.
  newslens load --pg URL [--force] [--jobs N] [--corrections FILE] [--max-size MB] [--all] PATH...
      Load annotations into a PostgreSQL store shared by a team (docs/team-mode.md). PATH: article files or
      folders (annotated here as one corpus), a JSONL file of annotate records (- for stdin), or the output
      folder of the Dask job (scale/dask). Creates or upgrades the store's tables. An article whose hash the
      store has is skipped; a changed one is replaced in one transaction (--force: replace every one).
      Progress on stderr, a summary at the end. The password comes from the URL or PGPASSWORD, never printed.
  newslens query --pg URL (appearances NAME | quotes NAME | search TEXT | names PREFIX) [--format jsonl|table] [--limit N]
      Answer from the store: every appearance of an entity, the quotes it speaks, the quotes matching words
      (full text: "a phrase", or, -word), or the names that start so. NAME is an entity's canonical name (any
      case) or its id. jsonl (default): one appearance or quote a line with file, title, date, start, end.
  newslens eval [--errors N] [--json] [--limit N] [FILE.jsonl...]
      Score the engine on annotated news (entities: CoNLL-style; quotes: PolNeAR-style).
      Without files, scores the development sets in ../shared/data when present.
      --errors N lists up to N misses and false alarms of each kind.
  newslens --help | --version

Files: annotate, index, export, report and load skip, with a warning naming each: binary files; FIFOs,
devices and sockets (never opened); files over the limit for one article, ${DEFAULT_MAX_ARTICLE_KB / 1024} MB as in the editor (newslens.maxFileSizeKB),
which --max-size MB raises (e.g. --max-size 10). Texts that do not read as news articles (source code, a
licence, a CSV or other table, a log, a list of packages, JSON or XML, too little prose) are skipped too:
"warning: skipped PATH: not an article (REASON)". --all reads every file given or found.

Corrections: annotate, index, export, report and load apply the .newslens.json at the root of each folder
given (see docs/corrections.md); --corrections FILE uses that file for every PATH instead. A corrections file
with an error is reported (file:line:column) and not used.

Exit codes: 0 done, 1 failed, 2 wrong usage (unknown flag, missing path).`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number | Promise<number>> = {
  annotate: annotateCommand,
  eval: evalCommand,
  export: exportCommand,
  index: indexCommand,
  link: linkCommand,
  load: loadCommand,
  query: queryCommand,
  report: reportCommand,
};

/** Runs the CLI; returns the exit code (or a promise of it) instead of exiting so that tests can call it. */
export function main(argv: string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(version);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command '${command}' (try: newslens --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const code = run(rest, io);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failure(e, io));
  } catch (e) {
    return failure(e, io);
  }
}

/** The exit code and one-line message for an error: 2 for wrong usage, 1 otherwise. */
function failure(e: unknown, io: CliIo): number {
  const err = e as Error & { code?: string };
  if (e instanceof UsageError || (err.code && err.code.startsWith('ERR_PARSE_ARGS'))) {
    const unknown = /Unknown option '([^']+)'/.exec(err.message);
    io.err(`newslens: ${unknown ? `unknown option '${unknown[1]}' (try: newslens --help)` : err.message.split('\n')[0]}`);
    return 2;
  }
  // The entity model could not be used: the message names the file and says why ("truncated", "not found").
  if (e instanceof ModelFileError || e instanceof InputError) {
    io.err(`newslens: ${err.message}`);
    return 1;
  }
  io.err(`newslens: internal error: ${err.message}`);
  if (process.env.NEWSLENS_DEBUG) io.err(String(err.stack));
  return 1;
}

if (require.main === module) {
  // `newslens annotate … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  void Promise.resolve(main(process.argv.slice(2), io)).then((code) => { process.exitCode = code; });
}
