import type { Diagnostic } from './diagnostics';

/**
 * The shape of an opened content folder as every layer sees it: the site's collections and
 * fields, and one summary per entry. Built by the core's `loadSite`, sent through the contract,
 * shown by the renderer.
 */

/** What a form widget a field gets: the kinds the site's schema and CMS config can describe. */
export const FIELD_KINDS = [
  'string',
  'text',
  'markdown',
  'datetime',
  'boolean',
  'number',
  'select',
  'list',
  'relation',
  'image',
  'object',
  'unknown',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldInfo {
  /** Key in the frontmatter. */
  name: string;
  /** What the writer sees: the CMS label, else the name in words ("publishDate" -> "Publish date"). */
  label: string;
  kind: FieldKind;
  /** Required by the zod schema (the site build fails without it). */
  required: boolean;
  /** Required only by the CMS config. */
  cmsRequired: boolean;
  hint?: string;
  default?: unknown;
  /** Select options (CMS `options` or a zod enum). */
  options?: string[];
  /** For `relation`: the collection and the field whose value is stored. */
  relation?: { collection: string; valueField: string; displayField: string };
  /** For `list`: the kind of each item. */
  itemKind?: FieldKind;
  /** For `object`: nested fields, and whether the CMS shows it collapsed. */
  fields?: FieldInfo[];
  collapsed?: boolean;
}

export interface CollectionInfo {
  name: string;
  label: string;
  /** Folder relative to the root, forward slashes, no trailing slash. */
  folder: string;
  /** File extensions the collection holds, e.g. ['.md', '.mdx']. */
  extensions: string[];
  /** Fields in display order: CMS order first, then the remaining schema keys. */
  fields: FieldInfo[];
  /** CMS slug pattern, e.g. '{{year}}-{{month}}-{{day}}-{{slug}}'. */
  slugPattern?: string;
  /** The field that dates an entry (publishDate, eventDate…), if any. */
  dateField?: string;
  hasSchema: boolean;
}

/** What the post list shows of an entry, read from its frontmatter alone. */
export interface EntryListing {
  /** Path relative to the root, forward slashes. */
  file: string;
  collection: string;
  /** Entry id as Astro's glob() loader makes it: the path below the collection's folder, slugified (or the `slug` field). */
  slug: string;
  title: string;
  /** The date field's value as an ISO string (UTC), if it parses. */
  date?: string;
  draft: boolean;
  category?: string;
  author?: string;
  tags: string[];
}

export interface EntrySummary extends EntryListing {
  /** Public URL of the entry, when the site routes it (e.g. /updates/2023-09-30-september-2023-update). */
  url?: string;
  errors: number;
  warnings: number;
}

/** How a dynamic page's paths are known (`postdesk validate --format json` lists them). */
export interface RouteInfo {
  /** Root-relative page file. */
  page: string;
  how: 'read' | 'profile' | 'wildcard';
  /** For a wildcard: why its paths could not be read. */
  reason?: string;
}

export interface SiteInfo {
  root: string;
  name: string;
  siteUrl?: string;
  /** CMS media folder relative to root (e.g. 'src/assets/images'), if known. */
  mediaFolder?: string;
  collections: CollectionInfo[];
  /** Problems with the site itself (a config that fails to load…). */
  diagnostics: Diagnostic[];
}

/** The field at a dotted path (list items are skipped over: `tags.2` -> the `tags` field). */
export function fieldAt(fields: FieldInfo[], path: ReadonlyArray<string | number>): FieldInfo | undefined {
  let list: FieldInfo[] | undefined = fields;
  let found: FieldInfo | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    found = list?.find((f) => f.name === segment);
    if (!found) return undefined;
    list = found.fields;
  }
  return found;
}
