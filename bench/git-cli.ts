import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Git on the command line, as the benchmarks' floor and for their setup. */
export const git = (cwd: string, ...args: string[]) => exec('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });

export async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
