import { readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { resolveWritablePath, type WriteAreas } from '../security/write-policy';
import { writeNewFile } from './write-new-file';

/**
 * The images this session copied into a site (pasted or dropped), so that undoing the paste
 * can take the copy away again, and redoing it can bring it back. Only files Postdesk wrote
 * itself in this session are ever removed, and never one that a file on disk still names.
 */
export interface PastedImages {
  /** Remembers a file written by an import (root-relative path). */
  imported(areas: WriteAreas, file: string): void;
  /**
   * Removes the copy if this session made it and `isReferenced` finds no file naming it;
   * keeps its bytes for `restore`. Resolves to whether it was removed.
   */
  discard(areas: WriteAreas, file: string, isReferenced: (name: string) => Promise<boolean>): Promise<boolean>;
  /** Writes a discarded copy back (a redo of the paste). Resolves to whether it was written. */
  restore(areas: WriteAreas, file: string): boolean;
}

export function createPastedImages(): PastedImages {
  const ours = new Set<string>();
  const removed = new Map<string, Uint8Array>();
  // Confined and allowed like any write: a copy is only ever removed where it could be written.
  const keyOf = (areas: WriteAreas, file: string) => resolveWritablePath(areas, file);

  return {
    imported(areas, file) {
      ours.add(keyOf(areas, file));
    },
    async discard(areas, file, isReferenced) {
      let key: string;
      try {
        key = keyOf(areas, file);
      } catch {
        return false;
      }
      if (!ours.has(key)) return false;
      if (await isReferenced(path.posix.basename(file))) return false;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(key);
        unlinkSync(key);
      } catch {
        return false;
      }
      removed.set(key, bytes);
      return true;
    },
    restore(areas, file) {
      let key: string;
      try {
        key = keyOf(areas, file);
      } catch {
        return false;
      }
      const bytes = removed.get(key);
      if (!bytes) return false;
      try {
        writeNewFile(areas, file, bytes);
      } catch {
        // Taken meanwhile by another file: that one stays, and the post names it.
        return false;
      }
      removed.delete(key);
      return true;
    },
  };
}
