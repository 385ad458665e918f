import { useEffect, useState } from 'react';
import type { CollectionInfo } from '../../core/site/site-model';
import type { ApiClient } from '../client/api-client';

/** Values used elsewhere in the collection for its list fields (tags), for suggestions. */
export function useFieldSuggestions(client: ApiClient, collection: CollectionInfo | undefined): Record<string, string[]> {
  const [suggestions, setSuggestions] = useState<Record<string, string[]>>({});
  useEffect(() => {
    if (!collection) return;
    let cancelled = false;
    Promise.all(
      collection.fields.filter((f) => f.kind === 'list').map(async (f) => [f.name, await client.call('site.fieldValues', { collection: collection.name, field: f.name })] as const),
    ).then(
      (pairs) => !cancelled && setSuggestions(Object.fromEntries(pairs)),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [client, collection]);
  return suggestions;
}
