import type { FieldInfo } from '../../shared/site-model';

/**
 * What the rules need of the site, as interfaces the site implements and passes in: the rules
 * never import the site's modules (the site imports the rules), so the two folders do not
 * depend on each other in a circle. src/layers.test.ts shows the lint rule that keeps it so.
 */

/** The part of a zod schema the rules run: `safeParse` and the issues it reports. */
export interface SchemaIssue {
  code: string;
  path: Array<string | number>;
  message: string;
  expected?: string;
  received?: string;
  options?: unknown[];
}

export interface EntrySchema {
  safeParse?: (value: unknown) => { success: boolean; error?: { issues: SchemaIssue[] } };
}

/** One collection as the rules of a single file see it. */
export interface CollectionRules {
  name: string;
  /** Fields in display order (labels, kinds, relations). */
  fields: FieldInfo[];
  /** The field that dates an entry, if any. */
  dateField?: string;
  /** The collection's own schema, when the site has one. */
  schema?: EntrySchema;
  /** Top-level keys of the schema: a CMS-only field outside them is reported. */
  schemaKeys: ReadonlySet<string>;
  /** The id the site gives the entry in this file (Astro's glob loader: the path below the folder, or a `slug` field). */
  entryId(file: string, data: Record<string, unknown>): string;
}

export type LinkVerdict =
  | { status: 'ok' }
  | { status: 'ignored' }
  | { status: 'redirected'; target: string }
  | { status: 'broken'; reason: string };

export type ImageVerdict = { status: 'ok' } | { status: 'ignored' } | { status: 'missing'; looked: string[] };

/** The values another collection's entries can be named by, for `reference()` and CMS relations. */
export interface RelationTargets {
  exists: boolean;
  values: Set<string>;
  /** Display value (e.g. an author's name), lower-cased -> the value to write instead. */
  byDisplay: Map<string, string>;
}

/** The whole site's lookups the site-wide rules (links, images, references) check an entry against. */
export interface SiteLookup {
  /** Whether a link from the page at `pageUrl` reaches a page (or a file) of the site. */
  checkLink(url: string, pageUrl: string | undefined): LinkVerdict;
  /** Whether an image reference from `fromFile` names a file the site has. */
  checkImage(url: string, fromFile: string): ImageVerdict;
  /** URL of the page an entry is published at (relative links resolve against it). */
  urlOf(file: string): string | undefined;
  relationTargets(collection: string, valueField: string, displayField: string): RelationTargets;
}
