import { useCallback } from 'react';
import type { CollectionInfo } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';
import { fromDocumentData } from '../documents/document-state';
import type { DocumentStore } from '../documents/document-store';
import { collectionOfFile, hasField } from './schema-features';

/** New posts and monthly updates: created by the core, opened in a tab, added to the list. */
export function usePostCreation(
  client: ApiClient,
  store: DocumentStore,
  collections: CollectionInfo[],
  refreshEntries: () => void,
  announce: (text: string) => void,
  report: (error: unknown) => void,
) {
  const createPost = useCallback(
    async (collection: string, title: string) => {
      const data = await client.call('post.create', { collection, title });
      store.adopt(fromDocumentData(data));
      refreshEntries();
    },
    [client, store, refreshEntries],
  );

  const createMonthlyUpdate = useCallback(async () => {
    try {
      const data = await client.call('post.createMonthlyUpdate', {});
      store.adopt(fromDocumentData(data));
      refreshEntries();
      const draft = hasField(collectionOfFile(collections, data.file), 'draft') ? ' It is a draft until you publish it.' : '';
      announce(`Created ${data.file} with last month's outline.${draft}`);
    } catch (error) {
      report(error);
    }
  }, [client, store, refreshEntries, announce, report, collections]);

  return { createPost, createMonthlyUpdate };
}
