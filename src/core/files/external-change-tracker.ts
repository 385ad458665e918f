/**
 * Decides what a change on disk means for an open document. An unmodified buffer reloads
 * silently; a modified one is never overwritten: the writer gets a conflict to resolve.
 * Host-independent: feed it change events from any watcher.
 */
import { errorCode } from './save-errors';
import { openDocument, type OpenedDocument } from './open-document';

export type ExternalChange =
  /** Not an open document. */
  | { kind: 'ignored'; path: string }
  /** Same content as loaded or saved (e.g. the echo of our own save). */
  | { kind: 'unchanged'; path: string }
  /** The buffer had no edits: replace it with the disk version. */
  | { kind: 'reloaded'; path: string; document: OpenedDocument }
  /** The buffer has edits and the disk changed: ask keep mine / take theirs / compare. */
  | { kind: 'conflict'; path: string; diskText: string; diskHash: string }
  | { kind: 'deleted'; path: string; modified: boolean };

export interface ExternalChangeTracker {
  /** Record an opened, reloaded or saved document's hash (as on disk). */
  track(path: string, hash: string, modified?: boolean): void;
  setModified(path: string, modified: boolean): void;
  untrack(path: string): void;
  hashOf(path: string): string | undefined;
  /** Call when a watcher reports that `path` was created, changed or deleted. */
  fileChanged(path: string): Promise<ExternalChange>;
  fileChanges(paths: readonly string[]): Promise<ExternalChange[]>;
}

export interface ExternalChangeTrackerOptions {
  open?: (path: string) => Promise<OpenedDocument>;
}

export function createExternalChangeTracker(options: ExternalChangeTrackerOptions = {}): ExternalChangeTracker {
  const open = options.open ?? openDocument;
  const buffers = new Map<string, { hash: string; modified: boolean }>();

  async function fileChanged(path: string): Promise<ExternalChange> {
    const buffer = buffers.get(path);
    if (!buffer) return { kind: 'ignored', path };
    let document: OpenedDocument;
    try {
      document = await open(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'deleted', path, modified: buffer.modified };
      throw error;
    }
    // The buffer may have been closed while the file was being read.
    const current = buffers.get(path);
    if (!current) return { kind: 'ignored', path };
    if (document.hash === current.hash) return { kind: 'unchanged', path };
    if (!current.modified) {
      current.hash = document.hash;
      return { kind: 'reloaded', path, document };
    }
    // The recorded hash stays the loaded one, so a save is refused until the writer chooses.
    return { kind: 'conflict', path, diskText: document.text, diskHash: document.hash };
  }

  return {
    track(path, hash, modified = false) {
      buffers.set(path, { hash, modified });
    },
    setModified(path, modified) {
      const buffer = buffers.get(path);
      if (buffer) buffer.modified = modified;
    },
    untrack(path) {
      buffers.delete(path);
    },
    hashOf(path) {
      return buffers.get(path)?.hash;
    },
    fileChanged,
    fileChanges(paths) {
      return Promise.all([...new Set(paths)].map(fileChanged));
    },
  };
}
