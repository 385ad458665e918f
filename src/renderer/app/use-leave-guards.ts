import { useCallback } from 'react';
import type { DocumentStore } from '../documents/document-store';
import { isDirty } from '../documents/document-state';
import type { UnsavedQuestion, UnsavedChoice } from './UnsavedChangesDialog';

interface LeaveGuardDeps {
  store: DocumentStore;
  /** Hands the editor's and the form's pending edits to the store (they may be a keystroke old). */
  flush(): void;
  ask(question: UnsavedQuestion): Promise<UnsavedChoice>;
  titleOf(file: string): string;
  /** A post was saved (lists and git state follow). */
  onSaved(): void;
}

const quoted = (title: string) => `“${title}”`;

/**
 * Everything that would drop an open post asks first, with what the writer sees: pending
 * edits are applied, then Save / Don't save / Cancel. Save keeps the post open when it
 * fails (the reason shows in its tab); Don't save also drops its draft from the journal.
 */
export function useLeaveGuards({ store, flush, ask, titleOf, onSaved }: LeaveGuardDeps) {
  const settledDirty = useCallback(
    async (files: string[]) => {
      flush();
      await Promise.all(files.map((file) => store.settled(file)));
      return files.filter((file) => {
        const doc = store.get(file);
        return doc && !doc.readOnly && isDirty(doc);
      });
    },
    [store, flush],
  );

  const saveAll = useCallback(
    async (files: string[]) => {
      let saved = true;
      for (const file of files) {
        if ((await store.save(file)) !== 'saved') saved = false;
      }
      onSaved();
      return saved;
    },
    [store, onSaved],
  );

  /** Closes one tab, asking first when it has unsaved changes. */
  const closeTab = useCallback(
    async (file: string) => {
      const [dirty] = await settledDirty([file]);
      if (!dirty) return store.close(file);
      const choice = await ask({
        title: `Save changes to ${quoted(titleOf(file))}?`,
        detail: 'Your changes will be lost if you close without saving.',
      });
      if (choice === 'save' && (await saveAll([file]))) store.close(file);
      else if (choice === 'discard') await store.discard(file);
    },
    [settledDirty, store, ask, titleOf, saveAll],
  );

  /**
   * Before the open posts go away (another folder, the window closing): resolves to true when
   * they may, after saving or discarding as the writer chose.
   */
  const leaveAll = useCallback(
    async (what: string) => {
      const dirty = await settledDirty(store.getSnapshot().docs.map((d) => d.file));
      if (dirty.length === 0) return true;
      const names = dirty.length === 1 ? quoted(titleOf(dirty[0]!)) : `${dirty.length} posts (${dirty.map((f) => quoted(titleOf(f))).join(', ')})`;
      const choice = await ask({
        title: `Save changes before ${what}?`,
        detail: `${names} ${dirty.length === 1 ? 'has' : 'have'} unsaved changes, which will be lost if you do not save them.`,
      });
      if (choice === 'cancel') return false;
      if (choice === 'save') return saveAll(dirty);
      for (const file of dirty) await store.discard(file);
      return true;
    },
    [settledDirty, store, ask, titleOf, saveAll],
  );

  /** Before a commit: open posts among `files` with unsaved changes are saved first, or committed as they are on disk. */
  const beforeCommit = useCallback(
    async (files: string[]) => {
      const dirty = await settledDirty(files.filter((f) => store.get(f)));
      if (dirty.length === 0) return true;
      const names = dirty.map((f) => quoted(titleOf(f))).join(', ');
      const choice = await ask({
        title: 'Save before committing?',
        detail: `${names} ${dirty.length === 1 ? 'has' : 'have'} unsaved changes. Save them to commit what you see, or commit the version on disk without them.`,
      });
      if (choice === 'cancel') return false;
      if (choice === 'save') return saveAll(dirty);
      return true;
    },
    [settledDirty, store, ask, titleOf, saveAll],
  );

  return { closeTab, leaveAll, beforeCommit };
}
