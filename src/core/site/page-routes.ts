import { readSiteText } from '../security/content-path';
import { listFiles } from './list-files';
import type { SiteProfile } from './profiles/site-profile';
import { readPageScript } from './routes/page-script';
import { readStaticPaths, type StaticPathsRecipe } from './routes/read-static-paths';

/** A page whose path has parameters, with what its getStaticPaths was read to do. */
export interface DynamicPage {
  /** Root-relative file, e.g. 'src/pages/blog/[...slug].astro'. */
  file: string;
  /** Its path as segments, e.g. ['blog', '[...slug]']. */
  segments: string[];
  recipe: StaticPathsRecipe;
}

/** Routes of src/pages: static ones from file names, dynamic ones from their getStaticPaths. */
export interface PageRoutes {
  /** Static paths: '/', '/about', '/rss.xml'. */
  exact: Set<string>;
  dynamic: DynamicPage[];
  /** Page files whose paths come from the site's profile (AstroWind's [...blog] pages), not from reading them. */
  profile: string[];
}

const pageExtensions = ['.astro', '.md', '.mdx', '.markdown', '.html'];
const endpointExtensions = ['.ts', '.js', '.mts', '.mjs'];

function routeSegments(relative: string): string[] | undefined {
  const parts = relative.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return undefined;
  const name = parts.pop() ?? '';
  const page = pageExtensions.find((e) => name.endsWith(e));
  const endpoint = endpointExtensions.find((e) => name.endsWith(e));
  if (!page && !endpoint) return undefined;
  let base = name.slice(0, name.length - (page ?? endpoint ?? '').length);
  if (endpoint && !page && base.endsWith('.d')) return undefined;
  if (page && base === 'index') base = '';
  return base ? [...parts, base] : parts;
}

/** The one parameter of a page's path (`[slug]` or `[...slug]` as a whole segment), if it has exactly one. */
export function pageParam(segments: string[]): string | undefined {
  const dynamic = segments.filter((s) => s.includes('['));
  const only = dynamic.length === 1 ? /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(dynamic[0] ?? '') : null;
  return only?.[1];
}

function recipeOf(root: string, file: string, segments: string[]): StaticPathsRecipe {
  const param = pageParam(segments);
  if (!param) {
    const dynamic = segments.filter((s) => s.includes('['));
    const reason = dynamic.length > 1 ? `its path has ${dynamic.length} parameters` : `its parameter is part of a name (${dynamic[0] ?? ''})`;
    return { how: 'unread', reason };
  }
  const source = readSiteText(root, file);
  if (source === undefined) return { how: 'unread', reason: 'the file cannot be read' };
  const script = readPageScript(file, source);
  if (script.status === 'none') return { how: 'unread', reason: 'it has no script to read' };
  if (script.status === 'unreadable') return { how: 'unread', reason: script.reason };
  return readStaticPaths(script.program, param);
}

export function readPageRoutes(root: string, profile: Pick<SiteProfile, 'ownsPage'>): PageRoutes {
  const files = listFiles(root, 'src/pages');
  const routes: PageRoutes = { exact: new Set(), dynamic: [], profile: [] };
  for (const name of files) {
    const segments = routeSegments(name);
    if (!segments) continue;
    const file = `src/pages/${name}`;
    if (profile.ownsPage(segments)) {
      routes.profile.push(file);
      continue;
    }
    if (segments.some((s) => s.includes('['))) routes.dynamic.push({ file, segments, recipe: recipeOf(root, file, segments) });
    else routes.exact.add(`/${segments.join('/')}`);
  }
  return routes;
}

/** Whether a file path (root-relative) is a route file, so the table must be rebuilt when it changes. */
export function isPageFile(file: string): boolean {
  return file.startsWith('src/pages/');
}

/** Collections some page routes by an entry's field (`params: { slug: post.data.slug }`): their entries' data must be kept. */
export function collectionsRoutedByData(pages: PageRoutes): Set<string> {
  const out = new Set<string>();
  for (const page of pages.dynamic) if (page.recipe.how === 'entries' && page.recipe.value.from === 'data') out.add(page.recipe.collection);
  return out;
}
