// Where a reader's team-mode state (the queue of corrections not yet sent, the versions seen, the open
// conflicts) is kept between sessions: one JSON file (in the extension's workspace storage), written
// atomically, so that a reload or a crash loses nothing queued.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../core/corrections/atomicWrite';
import { checkedSyncState, type TeamStateStore, type TeamSyncState } from './teamSync';

export class TeamStateFile implements TeamStateStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly file: string, private readonly warn: (message: string) => void = () => undefined) {}

  load(): TeamSyncState | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      return checkedSyncState(JSON.parse(text));
    } catch {
      this.warn(`${this.file} could not be read as JSON; team-mode state starts empty`);
      return undefined;
    }
  }

  /** Saves in call order: the text is taken now, the writes follow one another. */
  save(state: TeamSyncState): Promise<void> {
    const text = `${JSON.stringify(state, null, 1)}\n`;
    this.writing = this.writing.then(async () => {
      mkdirSync(dirname(this.file), { recursive: true });
      const r = await writeFileAtomic(this.file, text);
      if (!r.ok) this.warn(`could not save the team-mode queue to ${this.file}: ${r.reason}`);
    });
    return this.writing;
  }
}
