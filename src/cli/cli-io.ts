/** What a command may touch of the outside world, so commands can be run from tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}
