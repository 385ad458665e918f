import type { EntryAnalysis } from '../rules/entry-analysis';
import type { DynamicPage, PageRoutes } from './page-routes';
import type { ParamValue } from './routes/read-static-paths';
import type { SiteSpec } from './site-spec';

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

/** The parameter's value for an entry: its id or its field, as the page reads it; null when Astro could not use it. */
function paramOf(value: ParamValue, entry: EntryAnalysis): string | undefined | null {
  const raw = value.from === 'id' ? entry.slug : entry.data[value.field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw);
  return value.rootWhen === text ? undefined : text;
}

function entryUrl(page: DynamicPage, entry: EntryAnalysis): string | undefined {
  const recipe = page.recipe;
  if (recipe.how !== 'entries' || entry.collection !== recipe.collection) return undefined;
  const value = paramOf(recipe.value, entry);
  return value === null ? undefined : fillPath(page.segments, recipe.param, value);
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
  // The theme's own pages (AstroWind's blog) route its entries before any page that was read.
  const profile = pages.profile.length > 0 ? spec.profile.routes(spec) : undefined;
  const paginated = new Map<DynamicPage, number>();
  const all: EntryAnalysis[] = [];
  for (const entry of entries) {
    all.push(entry);
    for (const page of readPages) if (page.recipe.how === 'paginate' && publishedIn(page, entry)) paginated.set(page, (paginated.get(page) ?? 0) + 1);
    let url = profile?.entryUrl(entry);
    let draft = entry.draft;
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
  }
  for (const page of readPages) addPaginated(table.exact, page, paginated.get(page) ?? 0);
  if (profile) for (const path of profile.listingPaths(all)) table.exact.add(path);
  return table;
}

export function routeExists(table: RouteTable, pathname: string): boolean {
  return table.exact.has(pathname) || table.wildcards.some((w) => w.test(pathname));
}
