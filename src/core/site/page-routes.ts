import { listFiles } from './list-files';

/** Routes of src/pages, from file names only. */
export interface PageRoutes {
  /** Static paths: '/', '/about', '/rss.xml'. */
  exact: Set<string>;
  /** Dynamic routes as path segments, e.g. ['blog', '[...slug]']. */
  dynamic: string[][];
  /** AstroWind's [...blog] route folder is present. */
  hasBlogRoutes: boolean;
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

export function readPageRoutes(root: string): PageRoutes {
  const files = listFiles(root, 'src/pages');
  const routes: PageRoutes = { exact: new Set(), dynamic: [], hasBlogRoutes: false };
  for (const file of files) {
    const segments = routeSegments(file);
    if (!segments) continue;
    if (segments[0] === '[...blog]') {
      routes.hasBlogRoutes = true;
      continue;
    }
    if (segments.some((s) => s.includes('['))) routes.dynamic.push(segments);
    else routes.exact.add(`/${segments.join('/')}`);
  }
  return routes;
}

/** Whether a file path (root-relative) is a route file, so the table must be rebuilt when it changes. */
export function isPageFile(file: string): boolean {
  return file.startsWith('src/pages/');
}
