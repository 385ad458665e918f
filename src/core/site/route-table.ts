import type { EntryAnalysis } from '../rules/entry-analysis';
import type { DynamicPage, PageRoutes } from './page-routes';
import type { CollectionSpec, SiteSpec } from './site-spec';
import { slugifyTerm } from './slugify';

/** Every path the built site serves, compiled into sets for O(1) link checks. */
export interface RouteTable {
  exact: Set<string>;
  /** Dynamic pages whose getStaticPaths Postdesk does not read: any value of their parameters may exist. */
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
    return entry.category ? `/${slugifyTerm(entry.category)}/${entry.slug}` : `/${entry.slug}`;
  }
  const date = entry.date ? new Date(entry.date) : undefined;
  const parts: Record<string, string> = {
    '%slug%': entry.slug,
    '%id%': entry.slug,
    '%category%': entry.category ? slugifyTerm(entry.category) : '',
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

/** A dynamic page's path as a pattern for links: a `[x]` is one segment, a `[...x]` any (or none). */
function wildcardOf(segments: string[]): RegExp {
  const source = segments
    .map((segment) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '(?:/.*)?';
      const escaped = segment.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\\?\[(?:\\\.){0,3}\.{0,3}[^\]]*\]/g, '[^/]+');
      return `/${escaped}`;
    })
    .join('');
  return new RegExp(`^${source || '/'}$`);
}

/** The page's path with its parameter set (undefined leaves a rest parameter out); undefined when Astro would refuse the value. */
function fillPath(segments: string[], param: string, value: string | undefined): string | undefined {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === `[...${param}]`) {
      if (value) out.push(...value.split('/'));
    } else if (segment === `[${param}]`) {
      // A plain parameter is one segment: Astro fails on a value with a slash (or none).
      if (!value || value.includes('/')) return undefined;
      out.push(value);
    } else out.push(segment);
  }
  return `/${out.filter(Boolean).join('/')}`;
}

function publishedIn(page: DynamicPage, entry: EntryAnalysis): boolean {
  const recipe = page.recipe;
  return recipe.how !== 'unread' && entry.collection === recipe.collection && !(entry.draft && recipe.drafts === 'excluded');
}

function entryUrl(page: DynamicPage, entry: EntryAnalysis): string | undefined {
  const recipe = page.recipe;
  if (recipe.how !== 'entries' || entry.collection !== recipe.collection) return undefined;
  const value = recipe.value.rootWhen === entry.slug ? undefined : entry.slug;
  return fillPath(page.segments, recipe.param, value);
}

/** Every page `paginate()` makes: the first without a number for a rest parameter, `/1` for a plain one. */
function addPaginated(exact: Set<string>, page: DynamicPage, count: number): void {
  const recipe = page.recipe;
  if (recipe.how !== 'paginate') return;
  const last = Math.max(1, Math.ceil(count / recipe.pageSize));
  const rest = page.segments.includes(`[...${recipe.param}]`);
  for (let n = 1; n <= last; n++) {
    const path = fillPath(page.segments, recipe.param, n === 1 && rest ? undefined : String(n));
    if (path) exact.add(path.length > 1 ? path.replace(/\/+$/, '') : path);
  }
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
  const readPages = pages.dynamic.filter((p) => p.recipe.how !== 'unread');
  table.wildcards = pages.dynamic.filter((p) => p.recipe.how === 'unread').map((p) => wildcardOf(p.segments));
  const blog = spec.theme.blog && pages.hasBlogRoutes ? spec.theme.blog : undefined;
  const blogName = blog ? blogCollection(spec)?.info.name : undefined;
  const categories = new Map<string, number>();
  const tags = new Map<string, number>();
  const paginated = new Map<DynamicPage, number>();
  let published = 0;
  for (const entry of entries) {
    for (const page of readPages) if (page.recipe.how === 'paginate' && publishedIn(page, entry)) paginated.set(page, (paginated.get(page) ?? 0) + 1);
    let url: string | undefined;
    let draft = entry.draft;
    if (blog && entry.collection === blogName && blog.postEnabled) url = astroWindPermalink(blog.permalink, entry);
    for (const page of readPages) {
      if (url) break;
      url = entryUrl(page, entry);
      // A page that does not leave drafts out publishes them.
      if (url) draft = entry.draft && page.recipe.how === 'entries' && page.recipe.drafts === 'excluded';
    }
    if (!url) continue;
    table.urlByFile.set(entry.file, url);
    table.urlBySlug.set(entry.slug, url);
    // Old links often lack the date prefix of the file name ("/updates/m137-admin-theme").
    const short = entry.slug.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    if (short !== entry.slug) table.urlBySlug.set(`~${short}`, table.urlBySlug.has(`~${short}`) ? '' : url);
    if (draft) {
      table.draftUrls.set(url, entry.file);
      continue;
    }
    table.entryUrls.set(url, entry.file);
    table.exact.add(url);
    if (entry.collection === blogName) {
      published++;
      if (entry.category) categories.set(slugifyTerm(entry.category), (categories.get(slugifyTerm(entry.category)) ?? 0) + 1);
      for (const tag of entry.tags) tags.set(slugifyTerm(tag), (tags.get(slugifyTerm(tag)) ?? 0) + 1);
    }
  }
  for (const page of readPages) addPaginated(table.exact, page, paginated.get(page) ?? 0);
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
