// Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a line over the
// limit (a dump pasted by mistake, a missing newline) is skipped to its end and reported with its first bytes
// only, so one bad line cannot take the process's memory. readline would hold the whole line first.

/** One line of the input; `text` is undefined for a line over the limit. */
export interface InputLine {
  /** 1-based, counting blank lines too, so that it matches the line numbers of an editor. */
  number: number;
  text?: string;
  /** The start of an over-long line (HEAD_BYTES at most), where its id may be read. */
  head?: string;
}

/** What is kept of an over-long line: enough for an `"id": …` written first. */
export const HEAD_BYTES = 4096;

const NEWLINE = 0x0a;

/** The bytes of the line being read: kept up to the limit, then only its head. */
class LineBytes {
  private parts: Buffer[] = [];
  private size = 0;
  private head?: Buffer;

  constructor(private readonly max: number) {}

  add(piece: Buffer): void {
    if (!piece.length) return;
    this.size += piece.length;
    if (this.head) return;
    if (this.size <= this.max) {
      this.parts.push(piece);
      return;
    }
    // A copy of the first bytes only (concat truncates to the length given): the line's chunks can go.
    this.head = Buffer.concat([...this.parts, piece], Math.min(HEAD_BYTES, this.size));
    this.parts = [];
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The line read so far, decoded as UTF-8 (here, so that a character split between chunks is whole); then starts the next. */
  take(number: number): InputLine {
    const line: InputLine = this.head
      ? { number, head: this.head.toString('utf8') }
      : { number, text: Buffer.concat(this.parts).toString('utf8').replace(/\r$/, '') };
    if (number === 1 && line.text?.startsWith('\ufeff')) line.text = line.text.slice(1);
    this.parts = [];
    this.size = 0;
    this.head = undefined;
    return line;
  }
}

/**
 * The lines of `chunks` (a Readable, read as an async iterable: the stream is paused while the caller does
 * not ask for the next line, which is how the reader's backpressure reaches the input). A last line without
 * a newline counts; an empty input has no lines.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  const line = new LineBytes(maxLineBytes);
  let number = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(NEWLINE, from); nl !== -1; nl = bytes.indexOf(NEWLINE, from)) {
      line.add(bytes.subarray(from, nl));
      from = nl + 1;
      yield line.take(++number);
    }
    line.add(bytes.subarray(from));
  }
  if (!line.empty) yield line.take(number + 1);
}
