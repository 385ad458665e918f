import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AstroCollection } from './astro-config/load-content-config';
import type { Diagnostic } from '../../shared/diagnostics';
import { readCmsConfig, type CmsCollection, type CmsConfig } from './cms-config';
import { buildFields } from './fields';
import type { CollectionInfo, FieldInfo } from '../../shared/site-model';
import { collectionsRoutedByData, readPageRoutes } from './page-routes';
import { detectSiteProfile, type SiteProfile } from './profiles/detect-profile';
import { isZod, type ZodLike } from './zod-introspect';

/** A collection with what validation needs beyond `CollectionInfo`: the live schema and file patterns. */
export interface CollectionSpec {
  info: CollectionInfo;
  schema?: ZodLike;
  patterns: RegExp[];
  recursive: boolean;
  /** A `file()` collection's data file: its entries are the file's items, not files of their own. */
  dataFile?: string;
  /** An inline loader's entries, read from its source (id -> data): no files of their own either. */
  inlineEntries?: Record<string, Record<string, unknown>>;
}

/** Everything about a site that does not depend on its entries. Built alike in every thread. */
export interface SiteSpec {
  root: string;
  collections: CollectionSpec[];
  /** What the site's theme decides: its own routes, site name and URL, post header. */
  profile: SiteProfile;
  cms?: CmsConfig;
  /** Host names of the site's own URL (bare and www.). */
  siteHosts: string[];
  /** Collections other entries name by a field value (CMS relation, Astro reference()). */
  relationTargets: Set<string>;
  /** Collections a page routes by an entry's field: their entries' data decides their addresses. */
  routedByData: Set<string>;
  mediaFolder?: string;
}

const datePreference = ['publishDate', 'pubDate', 'date', 'eventDate', 'published', 'publishedAt'];

function dateFieldOf(fields: FieldInfo[]): string | undefined {
  const dates = fields.filter((f) => f.kind === 'datetime');
  return datePreference.find((name) => dates.some((f) => f.name === name)) ?? dates[0]?.name;
}

function cmsFor(cms: CmsConfig | undefined, name: string, folder: string): CmsCollection | undefined {
  return cms?.collections.find((c) => c.folder === folder) ?? cms?.collections.find((c) => c.name === name && !c.folder);
}

function specOf(
  name: string,
  folder: string,
  extensions: string[],
  cmsCollection: CmsCollection | undefined,
  schema: ZodLike | undefined,
  patterns: RegExp[],
  recursive: boolean,
): CollectionSpec {
  const fields = buildFields(schema, cmsCollection?.fields);
  const info: CollectionInfo = {
    name,
    label: cmsCollection?.label ?? name.charAt(0).toUpperCase() + name.slice(1),
    folder,
    extensions,
    fields,
    hasSchema: !!schema,
  };
  if (cmsCollection?.slug) info.slugPattern = cmsCollection.slug;
  const dateField = dateFieldOf(fields);
  if (dateField) info.dateField = dateField;
  return { info, schema, patterns, recursive };
}

const markdownPattern = /^[^/]*\.(?:md|mdx|markdown)$/;

/** Whether the analyses of a collection's entries keep their frontmatter data: other entries or the routes depend on it. */
export function keepsData(spec: SiteSpec, collection: string): boolean {
  return spec.relationTargets.has(collection) || spec.routedByData.has(collection);
}

/** Whether a collection's entries are items of one data file or of an inline loader, not entry files. */
export function hasEntryFiles(spec: CollectionSpec): boolean {
  return spec.dataFile === undefined && spec.inlineEntries === undefined;
}

/** Collections from the Astro config, else from the CMS config, else markdown folders. */
export function buildCollections(root: string, astro: AstroCollection[] | undefined, cms: CmsConfig | undefined): CollectionSpec[] {
  if (astro) {
    return astro.map((c) => {
      const spec = specOf(
        c.name,
        c.folder,
        // Items of a data file or of an inline loader: no entry files, so no extensions (New post refuses them).
        c.dataFile !== undefined || c.inlineEntries !== undefined ? [] : c.extensions.length ? c.extensions : ['.md', '.mdx'],
        cmsFor(cms, c.name, c.folder),
        isZod(c.schema) ? c.schema : undefined,
        c.patterns,
        c.recursive,
      );
      if (c.dataFile) spec.dataFile = c.dataFile;
      if (c.inlineEntries) spec.inlineEntries = c.inlineEntries;
      return spec;
    });
  }
  const fromCms = (cms?.collections ?? [])
    .filter((c) => c.folder && existsSync(path.join(root, c.folder)))
    .map((c) => specOf(c.name, c.folder ?? '', [`.${c.extension ?? 'md'}`], c, undefined, [markdownPattern], false));
  if (fromCms.length) return fromCms;
  for (const parent of ['src/content', 'src/data']) {
    const dirs = subfolders(path.join(root, parent));
    if (dirs.length) {
      return dirs.map((d) => specOf(d, `${parent}/${d}`, ['.md', '.mdx'], undefined, undefined, [markdownPattern], false));
    }
  }
  return [specOf(path.basename(root) || 'content', '', ['.md', '.mdx'], undefined, undefined, [markdownPattern], false)];
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

function relationCollections(fields: FieldInfo[]): string[] {
  return fields.flatMap((f) => [...(f.relation ? [f.relation.collection] : []), ...relationCollections(f.fields ?? [])]);
}

export function siteHostsOf(siteUrl: string | undefined): string[] {
  if (!siteUrl) return [];
  try {
    const host = new URL(siteUrl).hostname.replace(/^www\./, '');
    return [host];
  } catch {
    return [];
  }
}

/** Reads the CMS and theme configs and builds the spec; the same call runs in worker threads. */
export function createSiteSpec(root: string, astro: AstroCollection[] | undefined): { spec: SiteSpec; diagnostics: Diagnostic[] } {
  const { config: cms, diagnostics } = readCmsConfig(root);
  const profile = detectSiteProfile(root);
  const collections = buildCollections(root, astro, cms);
  const spec: SiteSpec = {
    root,
    collections,
    profile,
    cms,
    siteHosts: siteHostsOf(profile.siteUrl),
    relationTargets: new Set(collections.flatMap((c) => relationCollections(c.info.fields))),
    routedByData: collectionsRoutedByData(readPageRoutes(root, profile)),
  };
  if (cms?.mediaFolder) spec.mediaFolder = cms.mediaFolder;
  return { spec, diagnostics };
}
