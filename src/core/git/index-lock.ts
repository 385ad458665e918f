import fs from 'node:fs/promises';
import path from 'node:path';
import { GitProblem } from './git-problem';
import { gitProcessesIn } from './git-processes';
import { requireRepo } from './repo-info';

/**
 * Removes a lock file left by a git program that crashed. The writer must have confirmed
 * that no other git tool is running (removing a live lock can corrupt the index), and it is
 * refused while a git process still runs in the repository: then the lock is not stale.
 */
export async function removeIndexLock(root: string): Promise<boolean> {
  const info = await requireRepo(root);
  const running = await gitProcessesIn([info.toplevel, info.gitDir, info.commonDir]);
  if (running.length > 0) {
    const names = running.map((p) => (p.pid ? `${p.command} (process ${p.pid})` : p.command)).join(', ');
    throw new GitProblem(
      'index-locked',
      `A git program is still running in this repository: ${names}. Its lock is in use, not left behind; wait for it to finish or close it, then commit again.`,
      '',
    );
  }
  try {
    await fs.unlink(path.join(info.gitDir, 'index.lock'));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
