// The failures a person can do something about (server down, wrong password, no such database, a role
// without the right), said in one line that names the server but never the password. Anything else is
// left as it is: a bug should look like one.

/** A problem with the store that is the user's to fix: reported in one line, never with a stack. */
export class StoreError extends Error {}

/** What pg's errors carry beside the message (node's socket errors have `code` too). */
interface PgLikeError extends Error {
  code?: string;
  detail?: string;
}

const SOCKET: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running, on that port?)',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'no answer (timed out)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'the connection was reset',
  ENOENT: 'no server socket there (is the server running?)',
  EACCES: 'permission denied on the server socket',
};

/** SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html) that are the user's to fix. */
const SQLSTATE: Record<string, string> = {
  '28P01': 'password authentication failed (give the password in the URL or in PGPASSWORD)',
  '28000': 'the server refused this user (see its pg_hba.conf)',
  '3D000': 'no such database',
  '42501': 'permission denied',
  '53300': 'the server has too many connections',
  '57P01': 'the server is shutting down',
  '57P02': 'the server is shutting down',
  '57P03': 'the server is starting or stopping; try again in a moment',
  '25006': 'the server is read-only (a standby)',
};

/**
 * The one-line StoreError for a failure of the store at `where` ("PostgreSQL at host:5432/db as user"), or
 * undefined when it is no connection, login or permission problem.
 */
export function storeFailure(e: unknown, where: string): StoreError | undefined {
  if (e instanceof StoreError) return e;
  const err = e as PgLikeError;
  if (!err || typeof err.message !== 'string') return undefined;
  const socket = err.code ? SOCKET[err.code] : undefined;
  if (socket) return new StoreError(`cannot reach ${where}: ${socket}`);
  const state = err.code ? SQLSTATE[err.code] : undefined;
  if (state === 'permission denied') return new StoreError(`${where}: ${err.message} (this role may not do that: loading needs the writer role, see docs/team-mode.md)`);
  if (state) return new StoreError(`${where}: ${state}${err.code === '3D000' || err.code === '28000' ? ` (${err.message})` : ''}`);
  return connectionProblem(err.message, where);
}

/** pg's own messages for a connection that failed or went away (they carry no code). */
function connectionProblem(message: string, where: string): StoreError | undefined {
  if (/client password must be a string|password must be a string/i.test(message)) {
    return new StoreError(`${where}: the server asks for a password; give it in the URL or in PGPASSWORD`);
  }
  if (/^Connection terminated unexpectedly|^Connection terminated$|connection terminated|Client was closed/i.test(message)) {
    return new StoreError(`lost the connection to ${where}`);
  }
  if (/timeout expired|Connection terminated due to connection timeout/i.test(message)) {
    return new StoreError(`cannot reach ${where}: no answer (timed out)`);
  }
  if (/The server does not support SSL connections|self[- ]signed certificate|certificate/i.test(message)) {
    return new StoreError(`${where}: TLS: ${message} (see sslmode in the URL)`);
  }
  return undefined;
}
