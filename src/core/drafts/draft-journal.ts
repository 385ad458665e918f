/**
 * The draft journal: unsaved buffers written to the app's data folder (never the content
 * folder) shortly after the writer stops typing, so a crash or a kill loses nothing.
 */
import { readFile } from 'node:fs/promises';
import { contentHash } from '../files/content-hash';
import { decodeUtf8 } from '../files/open-document';
import { summarizeDiff, type DiffSummary } from '../files/line-diff';
import { resolveContentPath } from '../security/content-path';
import type { AtomicFs } from '../files/write-atomic';
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
  /** Quiet time after the last keystroke before writing (default 750 ms). */
  debounceMs?: number;
  /** Longest a buffer waits while the writer keeps typing (default 1500 ms). */
  maxWaitMs?: number;
  fs?: AtomicFs;
  now?: () => Date;
  /** A draft reached the disk (e.g. to show "draft kept"). */
  onWrite?: (root: string, file: string) => void;
  /** A draft could not be written (disk full…); the message is for the writer. */
  onError?: (error: Error, root: string, file: string) => void;
}

export interface DraftJournal {
  /** Note the current unsaved text of a file; it is written after a short pause in typing. */
  schedule(root: string, file: string, text: string, baseHash: string | null): void;
  /** Write every pending draft now. */
  flush(): Promise<void>;
  /** Forget a file's draft (after a successful save, or when the writer discards it). */
  discard(root: string, file: string): Promise<void>;
  /** Drafts left from an earlier session, with what differs from the files on disk. */
  list(root: string): Promise<RestorableDraft[]>;
  /** Writes what is pending, then stops. */
  dispose(): Promise<void>;
}

interface Pending {
  record: Omit<DraftRecord, 'savedAt'>;
  timer: ReturnType<typeof setTimeout>;
  firstAt: number;
}

export function createDraftJournal(dataDir: string, options: DraftJournalOptions = {}): DraftJournal {
  const debounceMs = options.debounceMs ?? 750;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const now = options.now ?? (() => new Date());
  const pending = new Map<string, Pending>();
  // One chain per draft file, so an older write can never land after a newer one.
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

  function write(key: string): Promise<void> {
    const entry = pending.get(key);
    if (!entry) return chains.get(key) ?? Promise.resolve();
    clearTimeout(entry.timer);
    pending.delete(key);
    const record: DraftRecord = { ...entry.record, savedAt: now().toISOString() };
    return enqueue(key, async () => {
      try {
        await writeDraft(dataDir, record, options.fs);
        options.onWrite?.(record.root, record.file);
      } catch (error) {
        options.onError?.(error as Error, record.root, record.file);
      }
    });
  }

  async function flush(): Promise<void> {
    await Promise.all([...pending.keys()].map(write));
    await Promise.all([...chains.values()]);
  }

  return {
    schedule(root, file, text, baseHash) {
      if (disposed) return;
      const record = { root: normalizeRoot(root), file: relativeFile(root, file), text, baseHash };
      const key = pathFor(dataDir, record.root, record.file);
      const previous = pending.get(key);
      if (previous) clearTimeout(previous.timer);
      const firstAt = previous?.firstAt ?? Date.now();
      const wait = Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - Date.now()));
      pending.set(key, { record, firstAt, timer: setTimeout(() => void write(key), wait) });
    },

    flush,

    async discard(root, file) {
      const key = pathFor(dataDir, root, relativeFile(root, file));
      const entry = pending.get(key);
      if (entry) clearTimeout(entry.timer);
      pending.delete(key);
      await enqueue(key, () => deleteDraft(dataDir, root, relativeFile(root, file)));
    },

    async list(root) {
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
