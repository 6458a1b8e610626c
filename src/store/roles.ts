// The two database roles of team mode, as SQL for the database owner to run (docs/team-mode.md prints it):
// a reader that may only SELECT (enough to browse), and a writer that may also load articles and write
// corrections. People log in as their own roles, members of one of the two. The SQL is idempotent: run it
// again after an upgrade that adds a table.

/** The tables a writer changes: everything but schema_version, which only the owner's migrations write. */
export const WRITABLE_TABLES = ['articles', 'entities', 'entity_counts', 'mentions', 'quotes', 'corrections'] as const;

export interface RoleNames {
  database: string;
  reader?: string;
  writer?: string;
}

/** "name" as an SQL identifier, quotes doubled: these are an administrator's names, still never spliced raw. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `name` as an SQL string literal. */
function sqlLiteral(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** CREATE ROLE, skipped when the role exists (CREATE ROLE itself has no IF NOT EXISTS). */
function createRole(name: string): string {
  return `DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${sqlLiteral(name)}) THEN CREATE ROLE ${sqlIdentifier(name)} NOLOGIN; END IF;
END $$;`;
}

/** The SQL that creates (or completes) both roles and their rights on `database`'s NewsLens tables. */
export function rolesSql({ database, reader = 'newslens_reader', writer = 'newslens_writer' }: RoleNames): string {
  const r = sqlIdentifier(reader);
  const w = sqlIdentifier(writer);
  return [
    '-- Run as the database owner, after the first `newslens load` has created the tables.',
    createRole(reader),
    `GRANT CONNECT ON DATABASE ${sqlIdentifier(database)} TO ${r};`,
    `GRANT USAGE ON SCHEMA public TO ${r};`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${r};`,
    createRole(writer),
    `GRANT ${r} TO ${w};`,
    `GRANT INSERT, UPDATE, DELETE ON ${WRITABLE_TABLES.join(', ')} TO ${w};`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${w};`,
    '-- Then one login a person, e.g.:',
    `--   CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE ${reader};`,
    `--   CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE ${writer};`,
  ].join('\n');
}
