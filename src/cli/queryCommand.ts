// `newslens query --pg URL appearances NAME | quotes NAME | search TEXT | names PREFIX [--format jsonl|table]
// [--limit N]`: answers from the team's PostgreSQL store (docs/team-mode.md).
import { parseArgs } from 'node:util';
import type { ClientBase } from 'pg';
import { requireSchema } from '../store/migrate';
import { appearances, findEntities, namesStartingWith, quotesBy, searchQuotes, similarNames, type StoredEntity } from '../store/queries';
import type { CliIo } from './io';
import { entityLine, printAppearances, printNames, printQuotes, type QueryFormat } from './query/output';
import { withStore } from './storeSession';
import { InputError, UsageError } from './usageError';

const QUESTIONS = ['appearances', 'quotes', 'search', 'names'] as const;
type Question = (typeof QUESTIONS)[number];

/** The one entity NAME means (its canonical name in any case, or its id); none or several is the user's to resolve. */
async function oneEntity(client: ClientBase, name: string): Promise<StoredEntity> {
  const found = await findEntities(client, name);
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    const listed = found.slice(0, 8).map((e) => `${e.id} (${e.type}, ${e.mentionCount} mentions)`).join(', ');
    throw new InputError(`'${name}' names ${found.length} entities: ${listed}${found.length > 8 ? ', …' : ''}; give the id instead of the name`);
  }
  const similar = await similarNames(client, name);
  throw new InputError(`no entity is named '${name}' in the store${similar.length ? ` (did you mean: ${similar.map((e) => e.name).join('; ')}?)` : ''}`);
}

function parseLimit(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!raw.trim() || !Number.isInteger(n) || n < 1) throw new UsageError(`--limit takes a whole number from 1, not '${raw}'`);
  return n;
}

async function answer(client: ClientBase, question: Question, words: string, format: QueryFormat, limit: number | null, io: CliIo): Promise<void> {
  if (question === 'names') return printNames(await namesStartingWith(client, words, limit ?? 20), format, io);
  if (question === 'search') {
    const hits = await searchQuotes(client, words, { limit });
    return printQuotes(hits, format, io, `${hits.length} quote${hits.length === 1 ? '' : 's'} matching '${words}'`);
  }
  const entity = await oneEntity(client, words);
  if (question === 'appearances') return printAppearances(entity, await appearances(client, entity.id, { limit }), format, io);
  const quotes = await quotesBy(client, entity.id, { limit });
  printQuotes(quotes, format, io, `${entityLine(entity)}\n${quotes.length} quote${quotes.length === 1 ? '' : 's'}`);
}

/** `newslens query --pg URL QUESTION WORDS... [--format jsonl|table] [--limit N]` */
export async function queryCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { pg: { type: 'string' }, format: { type: 'string', short: 'f' }, limit: { type: 'string' } },
    allowPositionals: true,
  });
  const [question, ...rest] = positionals;
  if (!question) throw new UsageError('query needs a question: appearances NAME, quotes NAME, search TEXT or names PREFIX');
  if (!(QUESTIONS as readonly string[]).includes(question)) throw new UsageError(`unknown question '${question}' (use appearances, quotes, search or names)`);
  // NAME may be given as one quoted argument or as several words.
  const words = rest.join(' ').trim();
  if (!words) throw new UsageError(`query ${question} needs ${question === 'search' ? 'the words to search for' : question === 'names' ? 'the start of a name' : 'an entity\'s name'}`);
  const format = (values.format ?? 'jsonl') as QueryFormat;
  if (format !== 'jsonl' && format !== 'table') throw new UsageError(`unknown format '${values.format}' (use jsonl or table)`);
  const limit = parseLimit(values.limit);
  return withStore(values.pg, 'query', async ({ client }) => {
    await requireSchema(client);
    await answer(client, question as Question, words, format, limit, io);
    return 0;
  });
}
