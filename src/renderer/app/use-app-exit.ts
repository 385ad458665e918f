import { useEffect } from 'react';
import type { ApiClient } from '../client/api-client';
import type { DocumentStore } from '../documents/document-store';
import { isDirty } from '../documents/document-state';

interface AppExitDeps {
  client: ApiClient;
  store: DocumentStore;
  /** Hands the editor's and the form's pending edits to the store. */
  flush(): void;
  /** Asks about unsaved posts; resolves to true when they may go. */
  leaveAll(what: string): Promise<boolean>;
  /** Gives the app the question to ask before another folder replaces this one. */
  onLeaveGuard(guard: ((what: string) => Promise<boolean>) | null): void;
}

/**
 * The ways the open posts can go away with the app: another folder, the Electron window
 * closing (or the app quitting), the browser page reloading or closing. The first two ask
 * Save / Don't save / Cancel; a browser page can only ask through its own beforeunload
 * prompt, so it also sends its last text (form edits included) to the journal as it goes.
 */
export function useAppExit({ client, store, flush, leaveAll, onLeaveGuard }: AppExitDeps): void {
  useEffect(() => {
    onLeaveGuard(leaveAll);
    return () => onLeaveGuard(null);
  }, [onLeaveGuard, leaveAll]);

  useEffect(
    () =>
      client.on('window.closeRequested', () => {
        void leaveAll('closing Postdesk').then(async (leave) => {
          if (leave) await client.call('host.closeWindow', {});
        });
      }),
    [client, leaveAll],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      flush();
      if (!store.getSnapshot().docs.some(isDirty)) return;
      store.keepDraftsOnExit((input) => client.callOnExit('doc.keepDraft', input));
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [client, store, flush]);
}
