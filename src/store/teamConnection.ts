// The editor's one connection to the team's store (issue 17): connects, says what state it is in (off,
// connecting, connected, offline and why), and after a failure or a lost connection tries again with
// exponential backoff (1 s, 2 s, 4 s … at most 60 s). It never throws at its caller: every failure becomes a
// state. No vscode here (the editor shows the states); the pg client is made by a factory the tests replace.
import { Client, type ClientConfig } from 'pg';
import { describeServer, parseStoreUrl } from './connect';
import { StoreError, storeFailure } from './storeError';

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 60_000;
const CONNECT_TIMEOUT_MS = 10_000;

/** The wait before retry number `attempt` (0 for the first retry): 1 s doubling, capped at 60 s. */
export function backoffDelay(attempt: number): number {
  if (!(attempt > 0)) return FIRST_RETRY_MS;
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt, 16));
}

export type TeamState =
  | { kind: 'off' }
  | { kind: 'connecting'; where: string; attempt: number }
  | { kind: 'connected'; where: string }
  /** `retryInMs` null: not retried (a setting to fix first). */
  | { kind: 'offline'; where: string; reason: string; retryInMs: number | null };

/** What the connection needs of a pg client (a real Client, or a fake in unit tests). */
export interface StoreClient {
  connect(): Promise<unknown>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  end(): Promise<void>;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export interface TeamConnectionOptions {
  /** newslens.store.url: postgres://user@host:port/db, sslmode in its query for TLS. */
  url: string;
  /** From the editor's secret storage; the URL itself may not hold one. */
  password?: string;
  applicationName?: string;
  createClient?: (config: ClientConfig) => StoreClient;
  onState?: (state: TeamState) => void;
  /** Runs after every (re)connection, before the state says connected (e.g. send the queue, pull). */
  onConnected?: (client: StoreClient) => Promise<void>;
  log?: (line: string) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Why the URL cannot be used as it is, or undefined. Says nothing of the URL's own text (a password may be in it). */
export function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = parseStoreUrl(url);
  } catch (e) {
    return (e as Error).message.replace(/^--pg takes/, 'newslens.store.url takes');
  }
  if (parsed.password) {
    return 'newslens.store.url holds a password: settings.json is no place for one. Remove it from the URL and run "NewsLens: Set Team Store Password" (kept in VS Code\'s secret storage)';
  }
  return undefined;
}

/** The URL with the password from secret storage in it (pg reads the password of a connection string over its own field). */
export function urlWithPassword(url: string, password: string | undefined): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** A one-line reason for a failure, never with the password. */
export function describeFailure(e: unknown, where: string): string {
  const known = storeFailure(e, where);
  if (known) return known.message;
  const message = e instanceof Error ? e.message : String(e);
  return `${where}: ${message}`;
}

/** A socket or connection error (the server went away), as opposed to an error of the query itself (a right missing, bad SQL). */
export function isConnectionFailure(e: unknown): boolean {
  if (e instanceof StoreError) return false;
  const code = (e as { code?: string })?.code;
  if (code && /^(08|57P)/.test(code)) return true;
  if (code && /^E[A-Z]+$/.test(code)) return true;
  const message = e instanceof Error ? e.message : '';
  return /connection terminated|Client was closed|not queryable/i.test(message);
}

export class TeamConnection {
  private state: TeamState = { kind: 'off' };
  private client: StoreClient | undefined;
  private attempt = 0;
  private timer: unknown;
  private disposed = false;
  private readonly where: string;

  constructor(private readonly options: TeamConnectionOptions) {
    let where = 'PostgreSQL';
    try {
      where = describeServer(parseStoreUrl(options.url));
    } catch {
      // urlProblem says what is wrong at start().
    }
    this.where = where;
  }

  get current(): TeamState {
    return this.state;
  }

  /** The connected client, or undefined when offline. */
  get connected(): StoreClient | undefined {
    return this.state.kind === 'connected' ? this.client : undefined;
  }

  /** Starts connecting (in the background: failures become states, retried). */
  start(): void {
    const problem = urlProblem(this.options.url);
    if (problem) {
      this.setState({ kind: 'offline', where: this.where, reason: problem, retryInMs: null });
      return;
    }
    void this.connect();
  }

  /** Retries now (a reader's "Retry", or the tests), forgetting the backoff. */
  retryNow(): void {
    if (this.disposed || this.state.kind === 'connecting' || this.state.kind === 'connected') return;
    this.clearRetry();
    this.attempt = 0;
    this.start();
  }

  /**
   * Runs `work` on the connected client; a failure of the connection itself (not of the query) marks the
   * connection lost and schedules a retry. Resolves undefined when offline or on any failure, never throws.
   */
  async run<T>(work: (client: StoreClient) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: string }> {
    const client = this.connected;
    if (!client) return { ok: false, reason: this.state.kind === 'offline' ? this.state.reason : `not connected (${this.state.kind})` };
    try {
      return { ok: true, value: await work(client) };
    } catch (e) {
      const reason = describeFailure(e, this.where);
      if (this.isConnectionFailure(e, client)) this.lost(client, reason);
      return { ok: false, reason };
    }
  }

  dispose(): void {
    this.disposed = true;
    this.clearRetry();
    const client = this.client;
    this.client = undefined;
    if (client) void client.end().catch(() => undefined);
    this.state = { kind: 'off' };
  }

  private async connect(): Promise<void> {
    if (this.disposed) return;
    this.setState({ kind: 'connecting', where: this.where, attempt: this.attempt });
    const make = this.options.createClient ?? ((config: ClientConfig) => new Client(config) as unknown as StoreClient);
    let client: StoreClient;
    try {
      client = make({
        connectionString: urlWithPassword(this.options.url, this.options.password),
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        application_name: this.options.applicationName ?? 'newslens editor',
        keepAlive: true,
      });
    } catch (e) {
      this.failed(describeFailure(e, this.where));
      return;
    }
    this.client = client;
    // An idle client whose server goes away emits 'error' and then 'end': either is a lost connection.
    client.on('error', (e) => this.lost(client, describeFailure(e, this.where)));
    client.on('end', () => this.lost(client, `lost the connection to ${this.where}`));
    try {
      await client.connect();
      if (this.disposed || this.client !== client) {
        void client.end().catch(() => undefined);
        return;
      }
      if (this.options.onConnected) await this.options.onConnected(client);
    } catch (e) {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      this.failed(describeFailure(e, this.where));
      return;
    }
    if (this.disposed || this.client !== client) return;
    this.attempt = 0;
    this.setState({ kind: 'connected', where: this.where });
  }

  private lost(client: StoreClient, reason: string): void {
    if (this.client !== client || this.disposed) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.options.log?.(`team store: ${reason}`);
    this.failed(reason);
  }

  private failed(reason: string): void {
    if (this.disposed) return;
    const wait = backoffDelay(this.attempt);
    this.attempt++;
    this.setState({ kind: 'offline', where: this.where, reason, retryInMs: wait });
    this.clearRetry();
    const set = this.options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    this.timer = set(() => {
      this.timer = undefined;
      void this.connect();
    }, wait);
  }

  private clearRetry(): void {
    if (this.timer === undefined) return;
    (this.options.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
  }

  private isConnectionFailure(e: unknown, client: StoreClient): boolean {
    return this.client === client && isConnectionFailure(e);
  }

  private setState(state: TeamState): void {
    if (this.disposed) return;
    this.state = state;
    try {
      this.options.onState?.(state);
    } catch (e) {
      this.options.log?.(`team store: a state listener failed: ${(e as Error).message}`);
    }
  }
}
