import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ApiClient } from '../client/api-client';
import { DocumentStore } from '../documents/document-store';

/**
 * The open posts of this site: the store, the posts the drafts journal kept from before a
 * crash (reopened and marked), and changes other programs make to open files on disk.
 */
export function useWorkspaceStore(client: ApiClient, showError: (text: string) => void, report: (error: unknown) => void): DocumentStore {
  const onError = useRef(showError);
  useLayoutEffect(() => {
    onError.current = showError;
  });
  // The store lives as long as the client (a new showError does not replace it).
  const store = useMemo(() => new DocumentStore(client, (text) => onError.current(text)), [client]);
  useEffect(() => () => store.dispose(), [store]);

  // Crash recovery: whatever the journal kept is reopened, marked, and announced.
  useEffect(() => {
    client.call('drafts.list', {}).then((drafts) => store.restore(drafts), report);
  }, [client, store, report]);

  useEffect(() => {
    return client.on('file.changedOnDisk', ({ file, hash }) => void store.changedOnDisk(file, hash));
  }, [client, store]);

  return store;
}
