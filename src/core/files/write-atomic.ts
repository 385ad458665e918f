/**
 * Atomic replacement of a file: write a temp file in the same folder, fsync it, rename it over
 * the target. A reader (or a crash) sees the old file or the new one, never half of either.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeWriteError, readOnlyFileError } from './save-errors';
import { tempPathFor } from './temp-files';

/** The file-system calls the writer uses, so tests can make any one of them fail. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  realpath(path: string): Promise<string>;
  access(path: string, mode: number): Promise<void>;
}

export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export const realFs: AtomicFs = nodeFs;

export interface WriteAtomicOptions {
  fs?: AtomicFs;
}

/** Writes `data` to `path` atomically; throws SaveError (with a writer-facing message) and leaves the original untouched on failure. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const fs = options.fs ?? realFs;
  // Write through a symlink to its target instead of replacing the link with a file.
  const target = await fs.realpath(path).catch(() => path);
  const mode = await fs.stat(target).then((s) => s.mode & 0o7777, () => undefined);
  // Replacing goes through the folder (temp file + rename), which would ignore the file's own
  // permission: a file this user may not change is refused instead.
  if (mode !== undefined && !(await fileWritable(fs, target))) throw readOnlyFileError(path);
  const temp = tempPathFor(target);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw describeWriteError(error, path);
  }
  await syncFolder(fs, dirname(target));
}

/** Whether the file's permission lets this user change it, as the system decides (root may change anything). */
export async function fileWritable(fs: Pick<AtomicFs, 'access'>, file: string): Promise<boolean> {
  return fs.access(file, constants.W_OK).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'EACCES' && error.code !== 'EPERM' && error.code !== 'EROFS',
  );
}

/** Makes the rename itself durable; some platforms cannot open folders, which is fine. */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the data itself is already synced and renamed.
  }
}
