// Opens the one connection a CLI command uses. The URL is checked before any network work, and every
// message names the server as host:port/database and user, never with the password (from the URL or
// PGPASSWORD, which pg reads itself).
import { Client } from 'pg';
import { StoreError, storeFailure } from './storeError';

/** A connected client and how to name its server in messages. */
export interface StoreConnection {
  client: Client;
  /** "PostgreSQL at host:port/db as user": safe to print. */
  where: string;
  close(): Promise<void>;
}

/** A server that does not answer at all (a firewall dropping packets) fails after this, not never. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The parsed URL, or a StoreError saying what is wrong with it (the URL itself is not repeated: it may hold a password). */
export function parseStoreUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError('--pg takes a URL such as postgres://user@host:5432/database (this one could not be read)');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StoreError(`--pg takes a postgres:// or postgresql:// URL, not ${parsed.protocol}//…`);
  }
  return parsed;
}

/** "PostgreSQL at host:port/db as user", from the URL and the libpq variables pg falls back to. */
export function describeServer(url: URL): string {
  const host = decodeURIComponent(url.hostname) || url.searchParams.get('host') || process.env.PGHOST || 'localhost';
  const port = url.port || process.env.PGPORT || '5432';
  const db = decodeURIComponent(url.pathname.replace(/^\//, '')) || process.env.PGDATABASE || '(default database)';
  const user = decodeURIComponent(url.username) || process.env.PGUSER || process.env.USER || '(default user)';
  return `PostgreSQL at ${host}:${port}/${db} as ${user}`;
}

/** Connects, and checks the database can hold any text the loader accepts (UTF8 encoding). */
export async function connectStore(url: string, applicationName: string): Promise<StoreConnection> {
  const where = describeServer(parseStoreUrl(url));
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: applicationName });
  // An idle client whose server goes away emits 'error'; unheard, that event would end the process with a
  // stack trace. The next query fails anyway, and that failure is reported.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const enc = await client.query<{ server_encoding: string }>('SHOW server_encoding');
    const encoding = enc.rows[0].server_encoding;
    if (encoding !== 'UTF8') throw new StoreError(`${where}: the database's encoding is ${encoding}; NewsLens needs UTF8 (CREATE DATABASE … ENCODING 'UTF8')`);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw storeFailure(e, where) ?? e;
  }
  return { client, where, close: () => client.end().catch(() => undefined) };
}
