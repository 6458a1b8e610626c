// The results of a stream in flight, kept in input order within a bounded window (annotate --input jsonl).
import type { Id } from './inputLine';

/** One line's result, in input order: its record as JSON, or its error. */
export interface Outcome {
  line: number;
  id: Id | null;
  record?: string;
  error?: string;
}

/**
 * The outcomes in flight, oldest first, at most `capacity` of them (the one being written included). One
 * producer pushes, one consumer takes them in order; either waits on the other, never on a busy loop.
 */
export class OrderedWindow {
  private readonly slots: Promise<Outcome>[] = [];
  private ended = false;
  private halted = false;
  private wakeProducer?: () => void;
  private wakeConsumer?: () => void;

  constructor(private readonly capacity: number) {}

  get stopped(): boolean {
    return this.halted;
  }

  /** Adds an outcome once there is room (at once when stopped: the caller then stops reading). */
  async push(outcome: Promise<Outcome>): Promise<void> {
    while (this.slots.length >= this.capacity && !this.halted) await new Promise<void>((r) => { this.wakeProducer = r; });
    if (this.halted) return;
    this.slots.push(outcome);
    this.wake('consumer');
  }

  /** The oldest outcome once it is settled; undefined when the producer has ended and all are taken. */
  async next(): Promise<Outcome | undefined> {
    while (!this.slots.length) {
      if (this.ended) return undefined;
      await new Promise<void>((r) => { this.wakeConsumer = r; });
    }
    return this.slots[0];
  }

  /** Frees the oldest slot, once its outcome is written. */
  release(): void {
    this.slots.shift();
    this.wake('producer');
  }

  end(): void {
    this.ended = true;
    this.wake('consumer');
  }

  /** Nothing more will be taken: the producer stops, outcomes still in flight are dropped. */
  stop(): void {
    this.halted = true;
    this.slots.length = 0;
    this.wake('producer');
  }

  private wake(who: 'producer' | 'consumer'): void {
    const wake = who === 'producer' ? this.wakeProducer : this.wakeConsumer;
    if (who === 'producer') this.wakeProducer = undefined;
    else this.wakeConsumer = undefined;
    wake?.();
  }
}
