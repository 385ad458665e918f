import fs from 'node:fs/promises';
import path from 'node:path';
import { requireRepo } from './repo-info';

/**
 * Removes a lock file left by a git program that crashed. Only call this after the writer
 * confirmed no other git tool is running: removing a live lock can corrupt the index.
 */
export async function removeIndexLock(root: string): Promise<boolean> {
  const info = await requireRepo(root);
  try {
    await fs.unlink(path.join(info.gitDir, 'index.lock'));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
