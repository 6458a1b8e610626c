// A progress line on stderr at most every few seconds: enough to see a long load move, never a flood.

const EVERY_MS = 2000;

export class Progress {
  private last = Date.now();

  constructor(private readonly err: (line: string) => void) {}

  /** Prints `line()` if the last line is a while ago (the text is only built when printed). */
  tick(line: () => string): void {
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.err(line());
  }
}

/** "12.5" articles a second over `seconds`; "-" before any time has passed. */
export function rate(n: number, seconds: number): string {
  return seconds > 0 ? (n / seconds).toFixed(1) : '-';
}
