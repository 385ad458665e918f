import type { EntryAnalysis } from '../rules/entry-analysis';
import type { PageRoutes } from './page-routes';
import type { CollectionSpec, SiteSpec } from './site-spec';
import { cleanSlug } from '../../shared/slug';

/** Every path the built site serves, compiled into sets for O(1) link checks. */
export interface RouteTable {
  exact: Set<string>;
  /** Dynamic routes nothing else explains: each parameter matches one path segment. */
  wildcards: RegExp[];
  /** url -> file of the entry published there. */
  entryUrls: Map<string, string>;
  /** url -> file of draft entries (not published). */
  draftUrls: Map<string, string>;
  /** entry slug (and `~slug` without its date prefix, '' when ambiguous) -> url, to point a stale link at the entry's current address. */
  urlBySlug: Map<string, string>;
  /** file -> url. */
  urlByFile: Map<string, string>;
}

/** The blog collection of an AstroWind site. */
export function blogCollection(spec: SiteSpec): CollectionSpec | undefined {
  return (
    spec.collections.find((c) => c.info.name === 'post') ??
    spec.collections.find((c) => /(?:^|\/)(?:post|posts|blog)$/.test(c.info.folder))
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** AstroWind's generatePermalink: %slug% %id% %category% and date parts (UTC), empty segments dropped. */
export function astroWindPermalink(pattern: string, entry: Pick<EntryAnalysis, 'slug' | 'category' | 'date'>): string {
  if (pattern === '/%category%/%slug%' || pattern === '%category%/%slug%') {
    return entry.category ? `/${cleanSlug(entry.category)}/${entry.slug}` : `/${entry.slug}`;
  }
  const date = entry.date ? new Date(entry.date) : undefined;
  const parts: Record<string, string> = {
    '%slug%': entry.slug,
    '%id%': entry.slug,
    '%category%': entry.category ? cleanSlug(entry.category) : '',
    '%year%': date ? String(date.getUTCFullYear()) : '',
    '%month%': date ? pad(date.getUTCMonth() + 1) : '',
    '%day%': date ? pad(date.getUTCDate()) : '',
    '%hour%': date ? pad(date.getUTCHours()) : '',
    '%minute%': date ? pad(date.getUTCMinutes()) : '',
    '%second%': date ? pad(date.getUTCSeconds()) : '',
  };
  const filled = pattern.replace(/%[a-z]+%/g, (token) => parts[token] ?? token);
  return `/${filled.split('/').filter(Boolean).join('/')}`;
}

interface CollectionRoute {
  collection: string;
  prefix: string;
}

/** `blog/[...slug]` where a collection is named like the folder: its entries' URLs are known. */
function collectionRoutes(spec: SiteSpec, pages: PageRoutes): { known: CollectionRoute[]; wildcards: RegExp[] } {
  const known: CollectionRoute[] = [];
  const wildcards: RegExp[] = [];
  for (const segments of pages.dynamic) {
    const last = segments[segments.length - 1] ?? '';
    const prefix = segments.slice(0, -1);
    const staticPrefix = prefix.every((s) => !s.includes('['));
    const folder = prefix[prefix.length - 1];
    const collection = staticPrefix && /^\[(?:\.\.\.)?[^\]]+\]$/.test(last)
      ? spec.collections.find((c) => folder && [c.info.name, `${c.info.name}s`, c.info.name.replace(/s$/, '')].includes(folder))
      : undefined;
    if (collection) {
      known.push({ collection: collection.info.name, prefix: `/${prefix.join('/')}` });
      continue;
    }
    // Nothing better is known: each parameter stands for one path segment.
    const source = segments
      .map((s) => s.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\\?\[(?:\\\.){0,3}\.{0,3}[^\]]*\]/g, '[^/]+'))
      .join('/');
    wildcards.push(new RegExp(`^/${source}$`));
  }
  return { known, wildcards };
}

function addPaged(exact: Set<string>, base: string, count: number, perPage: number): void {
  exact.add(base);
  const pages = Math.ceil(count / perPage);
  for (let page = 2; page <= pages; page++) exact.add(`${base}/${page}`);
}

export function buildRouteTable(spec: SiteSpec, pages: PageRoutes, entries: Iterable<EntryAnalysis>): RouteTable {
  const table: RouteTable = {
    exact: new Set(pages.exact),
    wildcards: [],
    entryUrls: new Map(),
    draftUrls: new Map(),
    urlBySlug: new Map(),
    urlByFile: new Map(),
  };
  const { known, wildcards } = collectionRoutes(spec, pages);
  table.wildcards = wildcards;
  const blog = spec.theme.blog && pages.hasBlogRoutes ? spec.theme.blog : undefined;
  const blogName = blog ? blogCollection(spec)?.info.name : undefined;
  const categories = new Map<string, number>();
  const tags = new Map<string, number>();
  let published = 0;
  for (const entry of entries) {
    let url: string | undefined;
    if (blog && entry.collection === blogName && blog.postEnabled) url = astroWindPermalink(blog.permalink, entry);
    const route = known.find((r) => r.collection === entry.collection);
    if (!url && route) url = `${route.prefix === '/' ? '' : route.prefix}/${entry.slug}`;
    if (!url) continue;
    table.urlByFile.set(entry.file, url);
    table.urlBySlug.set(entry.slug, url);
    // Old links often lack the date prefix of the file name ("/updates/m137-admin-theme").
    const short = entry.slug.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    if (short !== entry.slug) table.urlBySlug.set(`~${short}`, table.urlBySlug.has(`~${short}`) ? '' : url);
    if (entry.draft) {
      table.draftUrls.set(url, entry.file);
      continue;
    }
    table.entryUrls.set(url, entry.file);
    table.exact.add(url);
    if (entry.collection === blogName) {
      published++;
      if (entry.category) categories.set(cleanSlug(entry.category), (categories.get(cleanSlug(entry.category)) ?? 0) + 1);
      for (const tag of entry.tags) tags.set(cleanSlug(tag), (tags.get(cleanSlug(tag)) ?? 0) + 1);
    }
  }
  if (blog) {
    if (blog.listEnabled) addPaged(table.exact, `/${blog.listPathname}`, published, blog.postsPerPage);
    if (blog.categoryEnabled) {
      for (const [slug, count] of categories) addPaged(table.exact, `/${blog.categoryPathname}/${slug}`, count, blog.postsPerPage);
    }
    if (blog.tagEnabled) for (const [slug, count] of tags) addPaged(table.exact, `/${blog.tagPathname}/${slug}`, count, blog.postsPerPage);
  }
  return table;
}

export function routeExists(table: RouteTable, pathname: string): boolean {
  return table.exact.has(pathname) || table.wildcards.some((w) => w.test(pathname));
}
