import { randomBytes } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Saves write a temp file beside their target and rename it over the target; a save killed
 * halfway leaves the temp file behind. Its name says whose it is: the target's name, the id
 * of the process that wrote it, a random part, and a suffix no other program uses.
 */
const SUFFIX = '.postdesk-tmp';
const TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.postdesk-tmp$/;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}${SUFFIX}`);
}

/** The process id in one of our temp file names, or undefined for any other name. */
export function tempFileOwner(name: string): number | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[2]) : undefined;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StaleTempOptions {
  /** Folder names not to enter (node_modules). */
  skip?: (name: string) => boolean;
}

/**
 * Removes the temp files that interrupted saves left in `folders` (absolute) and below: only
 * regular files named like ours, written by a process that is no longer running (a live one
 * may be saving right now). Returns the paths removed. Never throws: cleaning is a courtesy.
 */
export async function removeStaleTempFiles(folders: string[], options: StaleTempOptions = {}): Promise<string[]> {
  const removed: string[] = [];
  const seen = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    if (seen.has(folder)) return;
    seen.add(folder);
    let items;
    try {
      items = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      const full = join(folder, item.name);
      if (item.isDirectory()) {
        if (!item.name.startsWith('.') && !options.skip?.(item.name)) await walk(full);
        continue;
      }
      const owner = tempFileOwner(item.name);
      if (owner === undefined || isRunning(owner)) continue;
      try {
        if (!(await lstat(full)).isFile()) continue;
        await unlink(full);
        removed.push(full);
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  };
  for (const folder of folders) await walk(folder);
  return removed;
}
