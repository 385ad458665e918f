import type { CollectionInfo } from '../../shared/site-model';

/**
 * What the site's schema lets the app offer: a filter, a wording or a command that needs a
 * field appears only where some collection has that field (a draft filter on a site without
 * drafts would filter nothing, and a command that writes `draft: true` would break its build).
 */
export interface SchemaFeatures {
  drafts: boolean;
  categories: boolean;
  authors: boolean;
  /** A dated collection exists, so there is a month to write an update for. */
  monthlyUpdates: boolean;
}

export function hasField(collection: CollectionInfo | undefined, name: string): boolean {
  return !!collection?.fields.some((f) => f.name === name);
}

export function schemaFeatures(collections: CollectionInfo[]): SchemaFeatures {
  const any = (name: string) => collections.some((c) => hasField(c, name));
  return { drafts: any('draft'), categories: any('category'), authors: any('author'), monthlyUpdates: collections.some((c) => !!c.dateField) };
}

/** The collection a root-relative file belongs to, by folder. */
export function collectionOfFile(collections: CollectionInfo[], file: string): CollectionInfo | undefined {
  return collections.find((c) => c.folder && file.startsWith(`${c.folder}/`));
}
