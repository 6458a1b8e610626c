// Corrections between one reader and the team's store, with optimistic concurrency and an offline queue:
// - a correction the reader makes is queued (and the queue saved) before anything is sent, so a lost
//   connection or a reload loses nothing; the queue is sent in order when the store answers;
// - each write names the version of the entry this reader last saw (none: the entry must be new). When
//   another reader wrote it meanwhile the write changes nothing (0 rows) and the entry as it now stands comes
//   back: a conflict, kept with both values (this reader's in its own corrections file, the other in the
//   store) until the reader keeps one;
// - entries other readers wrote are pulled and handed to `apply` (which edits the local corrections file).
// No vscode and no pg here: the store is an interface (a real client in the editor, a fake in unit tests).
import type { CorrectionWrite, StoredCorrection } from './corrections';
import { asSharedCorrection, sameValue, sharedKey, type SharedCorrection } from './teamCorrections';

/** What the sync needs of the store. */
export interface CorrectionStore {
  put(key: string, value: unknown, expected: number | null): Promise<CorrectionWrite>;
  list(): Promise<StoredCorrection[]>;
}

export interface QueuedCorrection {
  key: string;
  value: SharedCorrection;
  /** When the reader made it (ms since the epoch). */
  at: number;
}

/** Two readers' values of one entry: this reader's was not written; the other's stands in the store. */
export interface CorrectionConflict {
  key: string;
  mine: SharedCorrection;
  theirs: unknown;
  theirsVersion: number;
  theirsBy: string;
  at: number;
}

/** Everything that must survive a reload: what is still to send, the versions seen, the open conflicts. */
export interface TeamSyncState {
  queue: QueuedCorrection[];
  known: Record<string, number>;
  conflicts: CorrectionConflict[];
}

export interface TeamStateStore {
  load(): TeamSyncState | undefined;
  save(state: TeamSyncState): Promise<void>;
}

export function emptySyncState(): TeamSyncState {
  return { queue: [], known: {}, conflicts: [] };
}

/** A state read back from disk, with anything malformed dropped (never thrown). */
export function checkedSyncState(raw: unknown): TeamSyncState {
  const s = emptySyncState();
  if (!raw || typeof raw !== 'object') return s;
  const o = raw as Partial<Record<keyof TeamSyncState, unknown>>;
  if (Array.isArray(o.queue)) {
    for (const q of o.queue as Partial<QueuedCorrection>[]) {
      const value = asSharedCorrection(q?.value);
      if (value) s.queue.push({ key: sharedKey(value), value, at: typeof q.at === 'number' ? q.at : 0 });
    }
  }
  if (o.known && typeof o.known === 'object') {
    for (const [k, v] of Object.entries(o.known)) if (Number.isInteger(v)) s.known[k] = v as number;
  }
  if (Array.isArray(o.conflicts)) {
    for (const c of o.conflicts as Partial<CorrectionConflict>[]) {
      const mine = asSharedCorrection(c?.mine);
      if (mine && Number.isInteger(c.theirsVersion)) {
        s.conflicts.push({ key: sharedKey(mine), mine, theirs: c.theirs, theirsVersion: c.theirsVersion!, theirsBy: String(c.theirsBy ?? ''), at: Number(c.at ?? 0) });
      }
    }
  }
  return s;
}

/** Whether two values of one entry decide the same thing (a retype and a new entity of one name, one type). */
export function sameCorrection(a: unknown, b: unknown): boolean {
  if (sameValue(a, b)) return true;
  const x = asSharedCorrection(a);
  const y = asSharedCorrection(b);
  return !!x && !!y && sharedKey(x) === sharedKey(y) && (x.op === 'retype' || x.op === 'entity') && (y.op === 'retype' || y.op === 'entity') && x.type === y.type;
}

export interface FlushResult {
  sent: number;
  conflicts: CorrectionConflict[];
}

export interface PullResult {
  applied: number;
  /** Entries left alone: not a correction this code knows, or this reader has its own pending for the key. */
  skipped: number;
}

export class CorrectionSync {
  private state: TeamSyncState;
  /** One flush or pull at a time: the queue is sent in order, and a pull never races a write. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: TeamStateStore,
    /** Puts a pulled correction in the local corrections; false when it could not (the entry is tried again next pull). */
    private readonly apply: (c: SharedCorrection) => Promise<boolean>,
  ) {
    this.state = storage.load() ?? emptySyncState();
  }

  get queue(): readonly QueuedCorrection[] {
    return this.state.queue;
  }

  get conflicts(): readonly CorrectionConflict[] {
    return this.state.conflicts;
  }

  knownVersion(key: string): number | undefined {
    return this.state.known[key];
  }

  /** Queues a correction the reader made (and saves the queue) before anything is sent. */
  async submit(value: SharedCorrection, at = Date.now()): Promise<void> {
    const key = sharedKey(value);
    // A newer correction of the same entry supersedes an open conflict on it: the reader has chosen again.
    this.state.conflicts = this.state.conflicts.filter((c) => c.key !== key);
    this.state.queue.push({ key, value, at });
    await this.save();
  }

  /**
   * Sends the queue in order. A failure of the store (connection lost) stops the flush and is thrown: what
   * was not acknowledged stays queued, to be sent again (a write that did commit then comes back as "already
   * this value", which is no conflict).
   */
  flush(store: CorrectionStore): Promise<FlushResult> {
    return this.serial(async () => {
      const result: FlushResult = { sent: 0, conflicts: [] };
      while (this.state.queue.length) {
        const next = this.state.queue[0];
        const expected = this.state.known[next.key] ?? null;
        const w = await store.put(next.key, next.value, expected);
        this.state.queue.shift();
        if (w.ok) {
          this.state.known[next.key] = w.version;
          result.sent++;
        } else if (w.current && sameCorrection(w.current.value, next.value)) {
          this.state.known[next.key] = w.current.version;
          result.sent++;
        } else if (w.current) {
          const conflict: CorrectionConflict = {
            key: next.key, mine: next.value, theirs: w.current.value, theirsVersion: w.current.version, theirsBy: w.current.updatedBy, at: next.at,
          };
          this.state.conflicts = [...this.state.conflicts.filter((c) => c.key !== next.key), conflict];
          result.conflicts.push(conflict);
        } else {
          // Expected a version but the entry is gone (deleted by an administrator): write it anew.
          delete this.state.known[next.key];
          this.state.queue.unshift(next);
        }
        await this.save();
      }
      return result;
    });
  }

  /** Applies what other readers wrote since this reader last saw each entry. */
  pull(store: CorrectionStore): Promise<PullResult> {
    return this.serial(async () => {
      const result: PullResult = { applied: 0, skipped: 0 };
      const entries = await store.list();
      let changed = false;
      for (const e of entries) {
        const seen = this.state.known[e.key];
        if (seen !== undefined && seen >= e.version) continue;
        // This reader's own pending or conflicting value is not overwritten: the flush or the reader decides.
        if (this.state.queue.some((q) => q.key === e.key) || this.state.conflicts.some((c) => c.key === e.key)) {
          result.skipped++;
          continue;
        }
        const c = asSharedCorrection(e.value);
        if (!c || sharedKey(c) !== e.key) {
          this.state.known[e.key] = e.version;
          changed = true;
          result.skipped++;
          continue;
        }
        if (await this.apply(c)) {
          this.state.known[e.key] = e.version;
          changed = true;
          result.applied++;
        }
      }
      if (changed) await this.save();
      return result;
    });
  }

  /** The reader keeps their value: it is queued again over the other reader's version. */
  async keepMine(key: string): Promise<void> {
    const c = this.state.conflicts.find((x) => x.key === key);
    if (!c) return;
    this.state.conflicts = this.state.conflicts.filter((x) => x !== c);
    this.state.known[key] = c.theirsVersion;
    this.state.queue.push({ key, value: c.mine, at: Date.now() });
    await this.save();
  }

  /** The reader takes the other reader's value: it is applied locally; nothing is written to the store. */
  async takeTheirs(key: string): Promise<boolean> {
    const c = this.state.conflicts.find((x) => x.key === key);
    if (!c) return false;
    const theirs = asSharedCorrection(c.theirs);
    if (theirs && !(await this.apply(theirs))) return false;
    this.state.conflicts = this.state.conflicts.filter((x) => x !== c);
    this.state.known[key] = Math.max(this.state.known[key] ?? 0, c.theirsVersion);
    await this.save();
    return true;
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private save(): Promise<void> {
    return this.storage.save(this.state);
  }
}
