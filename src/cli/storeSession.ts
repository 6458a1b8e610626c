// Runs a command against the store named by --pg, and turns the store's failures (bad URL, server down,
// login refused, missing rights) into the CLI's one-line errors (exit 1). The password, from the URL or
// PGPASSWORD, appears in no message: the server is named as host:port/database and user.
import { connectStore, describeServer, parseStoreUrl, type StoreConnection } from '../store/connect';
import { storeFailure } from '../store/storeError';
import { InputError, UsageError } from './usageError';

export async function withStore<T>(url: string | undefined, command: string, run: (store: StoreConnection) => Promise<T>): Promise<T> {
  if (!url) throw new UsageError(`${command} needs --pg URL (postgres://user@host:5432/database; the password in the URL or PGPASSWORD)`);
  let where = 'PostgreSQL';
  let store: StoreConnection | undefined;
  try {
    where = describeServer(parseStoreUrl(url));
    store = await connectStore(url, `newslens ${command}`);
    return await run(store);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) throw e;
    const failure = storeFailure(e, where);
    throw failure ? new InputError(failure.message) : e;
  } finally {
    await store?.close();
  }
}
