// Team mode in the editor (issue 17): with `newslens.store.url` set, one connection to the team's PostgreSQL
// store (password from VS Code's secret storage), its state in the status bar, corrections made here written
// to the store (queued while offline, conflicts shown with both values) and other readers' corrections pulled
// into this workspace's .newslens.json; Show All Appearances and the hover ask the store first.
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import type { ClientBase } from 'pg';
import { describeServer, parseStoreUrl } from '../../store/connect';
import { listCorrections, putCorrection } from '../../store/corrections';
import { appearances as storeAppearances, type Appearance as StoredAppearance } from '../../store/queries';
import { applyShared, describeShared, type SharedCorrection } from '../../store/teamCorrections';
import { describeFailure, isConnectionFailure, TeamConnection, urlProblem, type StoreClient, type TeamState } from '../../store/teamConnection';
import { TeamStateFile } from '../../store/teamStateFile';
import { CorrectionSync, type CorrectionConflict, type CorrectionStore } from '../../store/teamSync';
import type { CorrectionsService } from '../corrections';
import type { NewsLensServices } from '../services';

export const STORE_URL_SETTING = 'newslens.store.url';
/** Other readers' corrections are pulled this often while connected. */
export const PULL_INTERVAL_MS = 30_000;
/** A hover or a view waits this long for the store before it answers from the local index. */
const STORE_ANSWER_MS = 1_500;

export interface TeamSyncReport {
  sent: number;
  applied: number;
  conflicts: CorrectionConflict[];
}

export interface TeamMode {
  /** The corrections service the correction commands use: every edit also goes to the store. */
  readonly corrections: CorrectionsService;
  readonly statusItem: vscode.StatusBarItem;
  state(): TeamState;
  readonly onDidChangeState: vscode.Event<TeamState>;
  /** The store's appearances of an entity; undefined when not connected, on failure, or when the store does not know it. */
  appearances(entityId: string): Promise<StoredAppearance[] | undefined>;
  /** Sends the queue and pulls other readers' corrections now (also run on connect and every 30 s). */
  sync(): Promise<TeamSyncReport | undefined>;
  queued(): number;
  conflicts(): readonly CorrectionConflict[];
  keepMine(key: string): Promise<void>;
  takeTheirs(key: string): Promise<boolean>;
  /** Reconnects now, without waiting for the backoff. */
  retryNow(): void;
}

/** The secret storage key of the password for the server of `url` (one password a server and user). */
export function secretKey(url: string): string {
  return `newslens.store.password:${describeServer(parseStoreUrl(url))}`;
}

function storeOf(client: StoreClient, by: string): CorrectionStore {
  const c = client as unknown as ClientBase;
  return { put: (key, value, expected) => putCorrection(c, key, value, expected, by), list: () => listCorrections(c) };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, () => { clearTimeout(t); resolve(undefined); });
  });
}

export function registerTeamMode(context: vscode.ExtensionContext, services: NewsLensServices, local: CorrectionsService): TeamMode {
  const item = vscode.window.createStatusBarItem('newslens.team', vscode.StatusBarAlignment.Left, 49);
  item.name = 'NewsLens Team Store';
  const stateEmitter = new vscode.EventEmitter<TeamState>();
  context.subscriptions.push(item, stateEmitter);

  let connection: TeamConnection | undefined;
  let sync: CorrectionSync | undefined;
  let by = userInfo().username;
  let pullTimer: ReturnType<typeof setInterval> | undefined;
  let generation = 0;

  const show = (state: TeamState) => {
    const queued = sync?.queue.length ?? 0;
    const pending = queued ? ` · ${queued} correction${queued === 1 ? '' : 's'} queued` : '';
    item.command = 'newslens.reconnectTeamStore';
    item.backgroundColor = undefined;
    switch (state.kind) {
      case 'off':
        item.hide();
        return;
      case 'connecting':
        item.text = '$(sync~spin) Team';
        item.tooltip = `NewsLens team store: connecting to ${state.where}${pending}`;
        break;
      case 'connected':
        item.text = `$(database) Team${queued ? ` (${queued})` : ''}`;
        item.tooltip = `NewsLens team store: connected to ${state.where}${pending}`;
        break;
      case 'offline':
        item.text = `$(debug-disconnect) Team offline${queued ? ` (${queued})` : ''}`;
        item.tooltip = `NewsLens team store offline: ${state.reason}` +
          `${state.retryInMs === null ? '' : ` · retrying in ${Math.round(state.retryInMs / 1000)} s (click to retry now)`}${pending}` +
          ' · views answer from the local index';
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
    }
    item.show();
  };
  const current = (): TeamState => connection?.current ?? { kind: 'off' };
  const announce = (state: TeamState) => {
    show(state);
    stateEmitter.fire(state);
  };

  const applyLocally = async (c: SharedCorrection): Promise<boolean> => {
    const file = local.fileFor(undefined);
    if (!file) return false;
    return local.edit(file, (text) => applyShared(text, c));
  };

  const reportConflicts = (conflicts: readonly CorrectionConflict[]) => {
    for (const c of conflicts) {
      const who = c.theirsBy || 'another reader';
      services.log(`team store: conflict on ${c.key}: yours ${JSON.stringify(c.mine)}, ${who}'s (version ${c.theirsVersion}) ${JSON.stringify(c.theirs)}`);
      void vscode.window.showWarningMessage(
        `NewsLens: ${who} corrected this meanwhile, so your correction was not written to the team store. ` +
        `Yours: ${describeShared(c.mine)}. Theirs: ${describeShared(c.theirs)}. Both are kept (yours in .newslens.json, theirs in the store) until you choose.`,
        'Keep Mine', 'Take Theirs',
      ).then((choice) => {
        if (choice === 'Keep Mine') void team.keepMine(c.key).then(() => team.sync());
        else if (choice === 'Take Theirs') void team.takeTheirs(c.key);
      });
    }
  };

  let lastProblem = '';
  /** Says a sync problem once (not every 30 s), and in the log every time. */
  const syncProblem = (reason: string) => {
    services.log(`team store: corrections not synchronised: ${reason}`);
    if (reason === lastProblem) return;
    lastProblem = reason;
    void vscode.window.showWarningMessage(`NewsLens: corrections were not synchronised with the team store (they stay queued): ${reason}`);
  };

  /** Flush then pull on a connected client; a failure of the connection is thrown (the connection retries). */
  const syncOn = async (client: StoreClient): Promise<TeamSyncReport | undefined> => {
    const s = sync;
    if (!s) return undefined;
    const store = storeOf(client, by);
    const flushed = await s.flush(store);
    const pulled = await s.pull(store);
    reportConflicts(flushed.conflicts);
    if (flushed.sent || pulled.applied) services.log(`team store: sent ${flushed.sent} correction(s), applied ${pulled.applied} from other readers`);
    show(current());
    return { sent: flushed.sent, applied: pulled.applied, conflicts: flushed.conflicts };
  };

  const stop = () => {
    generation++;
    if (pullTimer) clearInterval(pullTimer);
    pullTimer = undefined;
    connection?.dispose();
    connection = undefined;
    sync = undefined;
  };

  const start = async () => {
    stop();
    const mine = generation;
    const url = vscode.workspace.getConfiguration().get<string>(STORE_URL_SETTING, '')?.trim() ?? '';
    if (!url) {
      announce({ kind: 'off' });
      return;
    }
    const problem = urlProblem(url);
    if (problem) {
      void vscode.window.showErrorMessage(`NewsLens: ${problem}`, 'Set Team Store Password').then((choice) => {
        if (choice) void vscode.commands.executeCommand('newslens.setTeamStorePassword');
      });
    }
    const key = problem ? undefined : secretKey(url);
    const password = key ? await context.secrets.get(key) : undefined;
    if (mine !== generation) return;
    // The queue's file is named by the server (never the password): fixing a URL that held one keeps the queue.
    let where = 'invalid';
    try {
      const parsed = parseStoreUrl(url);
      where = describeServer(parsed);
      by = decodeURIComponent(parsed.username) || userInfo().username;
    } catch {
      // urlProblem said what is wrong with it.
    }
    const storage = context.storageUri ?? context.globalStorageUri;
    const stateFile = vscode.Uri.joinPath(storage, `team-${createHash('sha256').update(where).digest('hex').slice(0, 16)}.json`);
    sync = new CorrectionSync(new TeamStateFile(stateFile.fsPath, (m) => services.log(`team store: ${m}`)), applyLocally);
    connection = new TeamConnection({
      url, password, applicationName: 'newslens editor',
      onState: (s) => mine === generation && announce(s),
      // A sync that fails for another reason than the connection (a read-only role cannot write corrections)
      // leaves the queue as it is and the connection up: browsing needs no write right.
      onConnected: async (client) => {
        try {
          await syncOn(client);
        } catch (e) {
          if (isConnectionFailure(e)) throw e;
          syncProblem(describeFailure(e, where));
        }
      },
      log: (line) => services.log(line),
    });
    connection.start();
    pullTimer = setInterval(() => void team.sync(), PULL_INTERVAL_MS);
  };

  const wrapped: CorrectionsService = {
    fileFor: (uri) => local.fileFor(uri),
    async edit(file, change, shared) {
      const ok = await local.edit(file, change);
      if (ok && shared && sync) {
        await sync.submit(shared);
        show(current());
        if (connection?.connected) void team.sync();
      }
      return ok;
    },
  };

  const team: TeamMode = {
    corrections: wrapped,
    statusItem: item,
    state: current,
    onDidChangeState: stateEmitter.event,
    async appearances(entityId) {
      if (!connection?.connected) return undefined;
      const r = await withTimeout(connection.run((c) => storeAppearances(c as unknown as ClientBase, entityId)), STORE_ANSWER_MS);
      if (!r || !r.ok) return undefined;
      return r.value.length ? r.value : undefined;
    },
    async sync() {
      const c = connection;
      if (!c?.connected) return undefined;
      const r = await c.run(syncOn);
      if (!r.ok) {
        if (c.connected) syncProblem(r.reason);
        else services.log(`team store: sync failed: ${r.reason}`);
        return undefined;
      }
      lastProblem = '';
      return r.value;
    },
    queued: () => sync?.queue.length ?? 0,
    conflicts: () => sync?.conflicts ?? [],
    keepMine: async (key) => { await sync?.keepMine(key); },
    takeTheirs: async (key) => (sync ? sync.takeTheirs(key) : false),
    retryNow: () => connection?.retryNow(),
  };

  context.subscriptions.push(
    { dispose: stop },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(STORE_URL_SETTING)) void start();
    }),
    context.secrets.onDidChange((e) => {
      if (e.key.startsWith('newslens.store.password:')) void start();
    }),
    vscode.commands.registerCommand('newslens.setTeamStorePassword', async (given?: string) => {
      const url = vscode.workspace.getConfiguration().get<string>(STORE_URL_SETTING, '')?.trim() ?? '';
      if (!url) {
        void vscode.window.showWarningMessage(`NewsLens: set ${STORE_URL_SETTING} first (postgres://user@host:5432/database), then the password.`);
        return false;
      }
      let key: string;
      try {
        // A password in the URL is still refused at connection; its server still names the secret.
        const u = parseStoreUrl(url);
        u.password = '';
        key = secretKey(u.toString());
      } catch (e) {
        void vscode.window.showErrorMessage(`NewsLens: ${(e as Error).message.replace(/^--pg takes/, `${STORE_URL_SETTING} takes`)}`);
        return false;
      }
      const password = typeof given === 'string' ? given : await vscode.window.showInputBox({
        title: 'NewsLens: Team Store Password', prompt: `The password of ${key.slice('newslens.store.password:'.length)}; kept in VS Code's secret storage, never in settings.json. Empty removes it.`,
        password: true, ignoreFocusOut: true,
      });
      if (password === undefined) return false;
      if (password) await context.secrets.store(key, password);
      else await context.secrets.delete(key);
      return true;
    }),
    vscode.commands.registerCommand('newslens.reconnectTeamStore', async () => {
      if (connection) connection.retryNow();
      else await start();
      return current().kind;
    }),
  );
  void start();
  return team;
}
