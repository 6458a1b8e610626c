// Brings a database to the schema this code knows (migrations.ts), in one transaction: a failure leaves the
// database as it was. Running it again is a no-op. Two processes that start at once take turns (an advisory
// lock), so a version is never applied twice.
import type { ClientBase } from 'pg';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { StoreError } from './storeError';

export interface MigrationResult {
  /** The version found (0: no NewsLens tables yet). */
  from: number;
  to: number;
}

/** The schema version of the database: 0 when it has no NewsLens tables. Needs no write right. */
export async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('schema_version')::text AS t");
  if (!exists.rows[0].t) return 0;
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
  return r.rows[0].v ?? 0;
}

/**
 * Applies every migration after the database's version up to `upTo` (default: the latest). A database at
 * that version already is only read, so a role without the right to create tables (the writer) passes here.
 */
export async function migrate(client: ClientBase, upTo = SCHEMA_VERSION): Promise<MigrationResult> {
  const found = await schemaVersion(client);
  if (found > SCHEMA_VERSION) {
    throw new StoreError(`the store's schema is version ${found}, newer than this NewsLens knows (${SCHEMA_VERSION}): upgrade NewsLens`);
  }
  if (found >= upTo) return { from: found, to: found };
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['newslens.migrate']);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    // Read again under the lock: another process may have migrated while this one waited.
    const from = await schemaVersion(client);
    for (const m of MIGRATIONS) {
      if (m.version <= from || m.version > upTo) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, upTo) };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((e as { code?: string }).code === '42501') {
      throw new StoreError(`the store's schema is version ${found}; this NewsLens needs ${upTo}, and this role may not upgrade it: run newslens load once as the database owner`);
    }
    throw e;
  }
}

/** Refuses a database whose schema is not the one this code reads (a query on an empty or older store). */
export async function requireSchema(client: ClientBase): Promise<void> {
  const found = await schemaVersion(client);
  if (found === SCHEMA_VERSION) return;
  if (found === 0) throw new StoreError('this database holds no NewsLens store yet: load articles first (newslens load --pg URL PATH...)');
  if (found < SCHEMA_VERSION) throw new StoreError(`the store's schema is version ${found}; this NewsLens needs ${SCHEMA_VERSION}: run newslens load once as the database owner to upgrade it`);
  throw new StoreError(`the store's schema is version ${found}, newer than this NewsLens knows (${SCHEMA_VERSION}): upgrade NewsLens`);
}
