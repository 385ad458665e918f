import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeIndexLock } from '../../git/index-lock';
import { edit, isolateGitConfig, makeSiteRepo, postPath, removeTempDirs } from '../../git/test-repo';

/**
 * Fault matrix, item 8 (git lock): `git.removeStaleLock` deleted `index.lock` even while a git
 * process held it. A lock is now removed only when no git process runs in the repository
 * (and the writer confirmed, which the API contract requires).
 */
beforeAll(() => isolateGitConfig());
afterAll(() => removeTempDirs());

/** A `git commit -a` waiting in its editor: it holds index.lock until it ends. */
function commitInEditor(repo: string): ChildProcess {
  return spawn('git', ['commit', '-a'], { cwd: repo, detached: true, stdio: 'ignore', env: { ...process.env, GIT_EDITOR: 'sleep 120; true' } });
}

async function until(check: () => boolean, what: string): Promise<void> {
  const give = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > give) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('fault matrix 8: a live index.lock is never removed', () => {
  it('refuses while git holds the lock; removes it once that git is gone and the lock is stale', async () => {
    const repo = makeSiteRepo();
    edit(postPath(repo, '2023-09-30-september-2023-update.md'), 'title:', 'title: Edited');
    const lock = path.join(repo, '.git/index.lock');
    const committing = commitInEditor(repo);
    try {
      await until(() => existsSync(lock), 'git commit to take the lock');
      await expect(removeIndexLock(repo)).rejects.toMatchObject({ code: 'index-locked', message: expect.stringContaining('still running') });
      expect(existsSync(lock)).toBe(true);
    } finally {
      // Killed like a crashed program: git gets no chance to remove its lock.
      process.kill(-committing.pid!, 'SIGKILL');
    }
    await new Promise((resolve) => committing.once('exit', resolve));
    expect(existsSync(lock)).toBe(true);
    expect(await removeIndexLock(repo)).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });
});
