import type { CollectionInfo, EntrySummary } from '../../shared/site-model';

/** The collection a writer most likely came for: one named like posts, else the biggest dated one. */
export function defaultCollection(collections: CollectionInfo[], entries: EntrySummary[]): string | undefined {
  const named = collections.find((c) => /^(post|posts|blog)$/i.test(c.name));
  if (named) return named.name;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
  const ranked = [...collections].sort(
    (a, b) => Number(Boolean(b.dateField)) - Number(Boolean(a.dateField)) || (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0),
  );
  return ranked[0]?.name;
}
