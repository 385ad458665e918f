import { useCallback } from 'react';
import type { CollectionInfo } from '../../shared/site-model';
import { useLoadedRecord } from '../app/use-loaded-record';
import type { ApiClient } from '../client/api-client';

/** Values used elsewhere in the collection for its list fields (tags), for suggestions. */
export function useFieldSuggestions(client: ApiClient, collection: CollectionInfo | undefined): Record<string, string[]> {
  return useLoadedRecord<string[]>(
    useCallback(
      () =>
        collection
          ? Promise.all(
              collection.fields
                .filter((f) => f.kind === 'list')
                .map(async (f) => [f.name, await client.call('site.fieldValues', { collection: collection.name, field: f.name })] as const),
            )
          : null,
      [client, collection],
    ),
  );
}
