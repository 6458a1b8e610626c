// The questions the store answers: which entity a name means, where an entity appears, what it said, which
// quotes match words, which names start with letters. Every value the caller gives is a bound parameter;
// the SQL around it is constant.
import type { ClientBase } from 'pg';
import { QUOTE_SEARCH_COLUMN, SEARCH_CONFIG } from './migrations';

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  articleCount: number;
  mentionCount: number;
  roles: string[];
}

/** Where an appearance or a quote stands. */
export interface Located {
  file: string;
  title: string | null;
  date: string | null;
  start: number;
  end: number;
  text: string;
}

export interface Appearance extends Located {
  role: string | null;
}

export interface QuoteHit extends Located {
  kind: string;
  cue: string | null;
  rule: string | null;
  speaker: { text: string; entity: string | null; name: string | null } | null;
}

/** A page of rows: `limit` null for all of them. */
export interface Page {
  limit?: number | null;
  offset?: number;
}

/** An entity with its counts: select ENTITY_COLUMNS FROM ENTITIES. */
const ENTITY_COLUMNS = 'e.id, e.type, e.name, c.article_count AS "articleCount", c.mention_count AS "mentionCount", c.roles';
const ENTITIES = 'entities e JOIN entity_counts c ON c.entity = e.id';
const LOCATED = 'a.file, a.title, a.date, x.span_start AS start, x.span_end AS "end", x.text';
const QUOTE_FIELDS = 'x.kind, x.cue, x.rule, x.speaker_text, x.speaker_entity, x.speaker_name';
const ROW_ORDER = 'ORDER BY x.article_id, x.span_start, x.span_end';

/**
 * The page ($2 rows from $3) of the rows of `table` that `where` picks, in article and position order, then
 * joined to their articles: the join reads 50 articles for a page of 50, not one for every match.
 */
function paged(columns: string, table: string, rowColumns: string, where: string): string {
  return `SELECT ${columns} FROM (SELECT ${rowColumns} FROM ${table} x WHERE ${where} ${ROW_ORDER} LIMIT $2 OFFSET $3) x
    JOIN articles a ON a.id = x.article_id ${ROW_ORDER}`;
}

const QUOTE_ROWS = `x.article_id, x.span_start, x.span_end, x.text, ${QUOTE_FIELDS}`;
const QUOTE_COLUMNS = `${LOCATED}, ${QUOTE_FIELDS}`;

function pageParams(page: Page): [number | null, number] {
  return [page.limit ?? null, page.offset ?? 0];
}

/** The entities a name means: canonical name equal but for case, or the entity id itself. */
export async function findEntities(client: ClientBase, name: string): Promise<StoredEntity[]> {
  const r = await client.query<StoredEntity>(`SELECT ${ENTITY_COLUMNS} FROM ${ENTITIES} WHERE lower(e.name) = lower($1) OR e.id = $1 ORDER BY c.mention_count DESC, e.id`, [name]);
  return r.rows;
}

/** `\`, `%` and `_` taken literally in a LIKE pattern (with the default escape character, the backslash). */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Entities whose canonical name starts with `prefix` (any case), most mentioned first. */
export async function namesStartingWith(client: ClientBase, prefix: string, limit = 20): Promise<StoredEntity[]> {
  const r = await client.query<StoredEntity>(
    `SELECT ${ENTITY_COLUMNS} FROM ${ENTITIES} WHERE lower(e.name) LIKE lower($1) || '%' ORDER BY c.mention_count DESC, c.entity LIMIT $2`, [likeLiteral(prefix), limit]);
  return r.rows;
}

/** Every mention of an entity, article by article in load order, then by position. */
export async function appearances(client: ClientBase, entity: string, page: Page = {}): Promise<Appearance[]> {
  const r = await client.query<Appearance>(
    paged(`${LOCATED}, x.role`, 'mentions', 'x.article_id, x.span_start, x.span_end, x.text, x.role', 'x.entity = $1'), [entity, ...pageParams(page)]);
  return r.rows;
}

interface QuoteRow extends Located {
  kind: string;
  cue: string | null;
  rule: string | null;
  speaker_text: string | null;
  speaker_entity: string | null;
  speaker_name: string | null;
}

function quoteHit(r: QuoteRow): QuoteHit {
  const speaker = r.speaker_text === null && r.speaker_entity === null ? null : { text: r.speaker_text ?? '', entity: r.speaker_entity, name: r.speaker_name };
  return { file: r.file, title: r.title, date: r.date, start: r.start, end: r.end, text: r.text, kind: r.kind, cue: r.cue, rule: r.rule, speaker };
}

/** The quotes whose speaker is the entity. */
export async function quotesBy(client: ClientBase, entity: string, page: Page = {}): Promise<QuoteHit[]> {
  const r = await client.query<QuoteRow>(paged(QUOTE_COLUMNS, 'quotes', QUOTE_ROWS, 'x.speaker_entity = $1'), [entity, ...pageParams(page)]);
  return r.rows.map(quoteHit);
}

/**
 * Quotes that match words, full-text (stemmed: "talks" finds "talk"; web-search syntax: "exact phrase",
 * or, -not), in the order of the store.
 */
export async function searchQuotes(client: ClientBase, words: string, page: Page = {}): Promise<QuoteHit[]> {
  const r = await client.query<QuoteRow>(
    paged(QUOTE_COLUMNS, 'quotes', QUOTE_ROWS, `x.${QUOTE_SEARCH_COLUMN} @@ websearch_to_tsquery('${SEARCH_CONFIG}', $1)`), [words, ...pageParams(page)]);
  return r.rows.map(quoteHit);
}

/** Names most like `name` (trigram similarity), for "did you mean" when no entity has that name. */
export async function similarNames(client: ClientBase, name: string, limit = 5): Promise<StoredEntity[]> {
  const r = await client.query<StoredEntity>(
    `SELECT ${ENTITY_COLUMNS} FROM ${ENTITIES} WHERE lower(e.name) % lower($1)
     ORDER BY similarity(lower(e.name), lower($1)) DESC, c.mention_count DESC, e.id LIMIT $2`, [name, limit]);
  return r.rows;
}
