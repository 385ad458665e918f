import path from 'node:path';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs git operations that write (commit, pull, push, abort) one at a time per repository:
 * two clicks on "Commit" must not race for git's index lock and fail with a confusing message.
 */
export function withRepoLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(root);
  const prev = tails.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
