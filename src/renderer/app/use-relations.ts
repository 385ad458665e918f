import { useCallback, useMemo } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { FieldInfo } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';
import { useLoadedRecord } from './use-loaded-record';

type Option = { value: string; label: string };

function relationFields(fields: FieldInfo[]): FieldInfo[] {
  return fields.flatMap((f) => (f.relation ? [f] : f.fields ? relationFields(f.fields) : []));
}

/**
 * Options for every relation field of the site (author pickers show names, store slugs),
 * loaded once per site.
 */
export function useRelations(client: ApiClient, site: OpenSite) {
  const relations = useMemo(() => {
    const seen = new Map<string, NonNullable<FieldInfo['relation']>>();
    for (const c of site.info.collections) for (const f of relationFields(c.fields)) seen.set(f.relation!.collection, f.relation!);
    return [...seen.values()];
  }, [site]);

  const byCollection = useLoadedRecord<Option[]>(
    useCallback(() => Promise.all(relations.map(async (r) => [r.collection, await client.call('site.relationOptions', r)] as const)), [client, relations]),
  );

  const authorCollection = useMemo(() => {
    for (const c of site.info.collections) {
      const author = c.fields.find((f) => f.name === 'author' && f.relation);
      if (author?.relation) return author.relation.collection;
    }
    return relations[0]?.collection;
  }, [site, relations]);

  const options = useCallback((collection: string) => byCollection[collection] ?? [], [byCollection]);
  const authorName = useCallback(
    (slug: string) => (authorCollection ? byCollection[authorCollection]?.find((o) => o.value === slug)?.label : undefined) ?? slug,
    [byCollection, authorCollection],
  );
  return { options, authorName, authorOptions: authorCollection ? options(authorCollection) : [] };
}

export type Relations = ReturnType<typeof useRelations>;
