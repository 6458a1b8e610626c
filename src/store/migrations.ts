// The store's schema, as the ordered list of migrations that builds it. A shipped migration is never edited:
// a change to the schema is a new version at the end, so that every database reaches the same schema from
// wherever it stands. migrate.ts applies the versions a database lacks, in one transaction.

export interface Migration {
  version: number;
  /** What it does, for the log and the docs. */
  summary: string;
  /** One or more statements, run as they are (no parameters: nothing here comes from an article). */
  sql: string;
}

/**
 * Quotes are searched over their first this many characters: PostgreSQL refuses a tsvector over 1 MB, which a
 * quote of a 1 MB line could reach.
 */
export const SEARCHED_QUOTE_CHARS = 100_000;

/** The text search configuration of the quote index and of every search. */
export const SEARCH_CONFIG = 'english';

/** The quotes' search column: their text as the full-text search reads it (a generated tsvector). */
export const QUOTE_SEARCH_COLUMN = 'search';

const TABLES = `
CREATE TABLE articles (
  id bigserial PRIMARY KEY,
  file text NOT NULL UNIQUE,
  title text,
  date text,
  outlet text,
  content_hash text NOT NULL,
  text text,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
-- An entity's name and its counts live apart: loading updates the counts of the entities of every batch,
-- and an update that left the names' indexes alone (the trigram index above all) keeps loads fast.
CREATE TABLE entities (
  id text PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL
);
-- text_pattern_ops: also a name prefix (LIKE 'ann%') whatever the database's collation.
CREATE INDEX entities_by_lower_name ON entities (lower(name) text_pattern_ops);
CREATE TABLE entity_counts (
  entity text PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
  article_count integer NOT NULL DEFAULT 0,
  mention_count integer NOT NULL DEFAULT 0,
  roles text[] NOT NULL DEFAULT '{}'
);
-- The most mentioned first: for a prefix most names share ("Ann"), reading entities in this order stops at
-- the page's end instead of sorting every match.
CREATE INDEX entity_counts_by_mentions ON entity_counts (mention_count DESC, entity);
CREATE TABLE mentions (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity text NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  role text
);
CREATE INDEX mentions_by_article ON mentions (article_id, span_start);
CREATE INDEX mentions_by_entity ON mentions (entity, article_id, span_start);
CREATE TABLE quotes (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  kind text NOT NULL,
  cue text,
  rule text,
  speaker_text text,
  speaker_entity text,
  speaker_name text
);
CREATE INDEX quotes_by_article ON quotes (article_id, span_start);
CREATE INDEX quotes_by_speaker ON quotes (speaker_entity, article_id, span_start) WHERE speaker_entity IS NOT NULL;
CREATE TABLE corrections (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT current_user
);
`;

// pg_trgm ships with Debian's postgresql package and is a trusted extension (PostgreSQL 13+): the database
// owner may create it without being a superuser: its index finds names by their trigrams (a prefix, a part,
// a near spelling for "did you mean"). The quotes' tsvector is a stored column, not only an index
// expression: a search for a word in most quotes then reads quotes in order and tests each stored vector,
// stopping at the page's end, instead of parsing every matching quote again.
const SEARCH = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX entities_name_trigrams ON entities USING gin (lower(name) gin_trgm_ops);
ALTER TABLE quotes ADD COLUMN ${QUOTE_SEARCH_COLUMN} tsvector
  GENERATED ALWAYS AS (to_tsvector('${SEARCH_CONFIG}', left(text, ${SEARCHED_QUOTE_CHARS}))) STORED;
CREATE INDEX quotes_full_text ON quotes USING gin (${QUOTE_SEARCH_COLUMN});
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, summary: 'articles, entities and their counts, mentions, quotes, corrections', sql: TABLES },
  { version: 2, summary: 'name search (pg_trgm) and full-text search of quotes', sql: SEARCH },
];

/** The version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
