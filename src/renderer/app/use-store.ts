import { useSyncExternalStore } from 'react';
import type { DocumentStore, DocumentStoreSnapshot } from '../documents/document-store';

export function useDocuments(store: DocumentStore): DocumentStoreSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
