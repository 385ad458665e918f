/**
 * Saving an open document safely: refuse to overwrite a file that changed on disk since it
 * was loaded, and let the writer choose what happens then.
 */
import { readFile } from 'node:fs/promises';
import { hasConflictMarkers } from '../git/merge/conflict-markers';
import { contentHash } from './content-hash';
import { decodeUtf8 } from './open-document';
import { lineDiff, type DiffLine } from './line-diff';
import { SaveError, describeWriteError, errorCode } from './save-errors';
import { writeFileAtomic, type AtomicFs } from './write-atomic';

export type SaveResult =
  | { ok: true; hash: string }
  | {
      ok: false;
      reason: 'conflict';
      /** The file as it is on disk now (null: it was deleted). */
      diskText: string | null;
      diskHash: string | null;
      message: string;
    }
  | { ok: false; reason: 'error'; code: string; message: string };

export interface SaveOptions {
  fs?: AtomicFs;
}

async function readDisk(path: string): Promise<{ text: string; hash: string; valid: boolean } | null> {
  try {
    const bytes = await readFile(path);
    const { text, valid } = decodeUtf8(bytes);
    return { text, hash: contentHash(bytes), valid };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Saves `text` if the file on disk is still the one loaded (`expectedHash`; null for a new
 * file that must not exist yet). Never throws for the expected failures: a conflict or a write
 * error comes back as a result with a message for the writer.
 */
export async function saveDocument(path: string, text: string, expectedHash: string | null, options: SaveOptions = {}): Promise<SaveResult> {
  let disk: Awaited<ReturnType<typeof readDisk>>;
  try {
    disk = await readDisk(path);
  } catch (error) {
    const failure = describeWriteError(error, path);
    return { ok: false, reason: 'error', code: failure.code, message: failure.writerMessage };
  }
  const diskHash = disk?.hash ?? null;
  if (disk && hasConflictMarkers(disk.text)) {
    // Mid-merge: writing over it would throw away one side and hide the conflict from git.
    return {
      ok: false,
      reason: 'error',
      code: 'MERGE_CONFLICT',
      message: 'This post is in the middle of a merge (git left conflict markers in it), so it was not saved. Resolve the conflict first (Changes → Resolve conflicts); your text is kept.',
    };
  }
  if (diskHash !== expectedHash) {
    const message =
      disk === null
        ? 'The file was deleted on disk since you opened it. Keep your version (save it again), or close it.'
        : 'The file changed on disk since you opened it (another editor, git pull…). Nothing was overwritten: keep your version, take theirs, or compare.';
    return { ok: false, reason: 'conflict', diskText: disk?.text ?? null, diskHash, message };
  }
  if (disk && !disk.valid) {
    // The buffer holds replacement characters where the file has bytes that are not UTF-8.
    return { ok: false, reason: 'error', code: 'READ_ONLY', message: 'This file is not valid UTF-8 text and is open read-only; saving it would damage it.' };
  }
  try {
    await writeFileAtomic(path, text, { fs: options.fs });
  } catch (error) {
    const failure = error instanceof SaveError ? error : describeWriteError(error, path);
    return { ok: false, reason: 'error', code: failure.code, message: failure.writerMessage };
  }
  return { ok: true, hash: contentHash(text) };
}

export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'compare';

export interface Conflict {
  diskText: string | null;
  diskHash: string | null;
}

export type ConflictResolution =
  | { choice: 'keep-mine'; result: SaveResult }
  | { choice: 'take-theirs'; text: string | null; hash: string | null }
  | { choice: 'compare'; mine: string; theirs: string; diff: DiffLine[] };

/**
 * Acts on the writer's choice after a conflict. Keep mine saves over the version they have
 * now seen (and is refused again if the file changed once more); take theirs hands back the
 * disk text for the buffer; compare returns both texts and their line diff.
 */
export async function resolveConflict(path: string, choice: ConflictChoice, mine: string, conflict: Conflict, options: SaveOptions = {}): Promise<ConflictResolution> {
  switch (choice) {
    case 'keep-mine':
      return { choice, result: await saveDocument(path, mine, conflict.diskHash, options) };
    case 'take-theirs':
      return { choice, text: conflict.diskText, hash: conflict.diskHash };
    case 'compare': {
      const theirs = conflict.diskText ?? '';
      return { choice, mine, theirs, diff: lineDiff(theirs, mine) };
    }
  }
}
