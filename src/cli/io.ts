/** Where the CLI writes: injected so that tests can run commands in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
