/**
 * The draft journal: unsaved buffers written to the app's data folder (never the content
 * folder) as the writer types, so a crash or a kill loses nothing.
 */
import { readFile } from 'node:fs/promises';
import { contentHash } from '../files/content-hash';
import { decodeUtf8 } from '../files/open-document';
import { summarizeDiff, type DiffSummary } from '../files/line-diff';
import { resolveContentPath } from '../security/content-path';
import type { AtomicFs } from '../files/write-atomic';
import { errorCode, SaveError } from '../files/save-errors';
import { UserError } from '../user-error';
import { deleteDraft, normalizeRoot, pathFor, readDrafts, relativeFile, writeDraft, type DraftRecord } from './draft-store';

export type { DraftRecord } from './draft-store';

export interface RestorableDraft extends DraftRecord {
  /** The file is gone from disk. */
  diskMissing: boolean;
  /** The file on disk is no longer the one the edits started from. */
  diskChanged: boolean;
  /** What the draft changes compared with the file on disk now. */
  diff: DiffSummary;
}

export interface DraftJournalOptions {
  fs?: AtomicFs;
  now?: () => Date;
  /** A draft reached the disk (e.g. to show "draft kept"). */
  onWrite?: (root: string, file: string) => void;
}

export interface DraftJournal {
  /**
   * Writes the current unsaved text of a file now; resolves once it (or a newer text of the
   * same file) is on disk, rejects with a message for the writer when it cannot be (disk full…).
   * The app decides how often to call it: at once on the first edit after a save, then on a debounce.
   */
  keep(root: string, file: string, text: string, baseHash: string | null): Promise<void>;
  /** Waits for every write in progress. */
  flush(): Promise<void>;
  /** Forget a file's draft (after a successful save, or when the writer discards it). */
  discard(root: string, file: string): Promise<void>;
  /** Drafts left from an earlier session, with what differs from the files on disk. */
  list(root: string): Promise<RestorableDraft[]>;
  /** Waits for the writes in progress, then stops. */
  dispose(): Promise<void>;
}

function journalFailure(error: unknown): string {
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'Postdesk may not write in its data folder',
    EPERM: 'Postdesk may not write in its data folder',
    EROFS: 'its data folder is on a read-only disk',
  };
  return reasons[errorCode(error)] ?? (error instanceof SaveError ? error.code : error instanceof Error ? error.message : String(error));
}

export function createDraftJournal(dataDir: string, options: DraftJournalOptions = {}): DraftJournal {
  const now = options.now ?? (() => new Date());
  // The newest text of each draft file not written yet: a write that finds a newer one leaves it to that one's job.
  const newest = new Map<string, DraftRecord>();
  // One chain per draft file, so an older write can never land after a newer one, nor after a discard.
  const chains = new Map<string, Promise<void>>();
  let disposed = false;

  function enqueue(key: string, job: () => Promise<void>): Promise<void> {
    const next = (chains.get(key) ?? Promise.resolve()).then(job);
    const settled = next.catch(() => undefined);
    chains.set(key, settled);
    void settled.then(() => {
      if (chains.get(key) === settled) chains.delete(key);
    });
    return next;
  }

  async function flush(): Promise<void> {
    await Promise.all([...chains.values()]);
  }

  return {
    keep(root, file, text, baseHash) {
      if (disposed) return Promise.reject(new UserError('io', 'Postdesk is closing; the draft was not kept.'));
      const record: DraftRecord = { root: normalizeRoot(root), file: relativeFile(root, file), text, baseHash, savedAt: now().toISOString() };
      const key = pathFor(dataDir, record.root, record.file);
      newest.set(key, record);
      return enqueue(key, async () => {
        if (newest.get(key) !== record) return;
        newest.delete(key);
        try {
          await writeDraft(dataDir, record, options.fs);
        } catch (error) {
          throw new UserError('io', `Your unsaved changes to ${record.file} could not be kept in the draft journal (${journalFailure(error)}). They are still in Postdesk: save them as soon as you can.`);
        }
        options.onWrite?.(record.root, record.file);
      });
    },

    flush,

    async discard(root, file) {
      const key = pathFor(dataDir, root, relativeFile(root, file));
      newest.delete(key);
      await enqueue(key, () => deleteDraft(dataDir, root, relativeFile(root, file)));
    },

    async list(root) {
      // A draft sent as the page went away may still be on its way to the disk.
      await flush();
      const drafts: RestorableDraft[] = [];
      for (const record of await readDrafts(dataDir, root)) {
        const bytes = await Promise.resolve()
          .then(() => readFile(resolveContentPath(normalizeRoot(root), record.file)))
          .catch(() => null);
        const diskText = bytes ? decodeUtf8(bytes).text : null;
        if (diskText === record.text) {
          // Saved after all (or the same text came back): nothing to restore.
          await deleteDraft(dataDir, root, record.file);
          continue;
        }
        drafts.push({
          ...record,
          diskMissing: bytes === null,
          diskChanged: (bytes ? contentHash(bytes) : null) !== record.baseHash,
          diff: summarizeDiff(diskText ?? '', record.text),
        });
      }
      return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async dispose() {
      disposed = true;
      await flush();
    },
  };
}
