import path from 'node:path';
import { matchRedirect, type Redirects } from './redirects';
import { routeExists, type RouteTable } from './route-table';
import { internalTarget } from '../../shared/link-target';

export type LinkVerdict =
  | { status: 'ok' }
  | { status: 'ignored' }
  | { status: 'redirected'; target: string }
  | { status: 'broken'; reason: string };

/** Query parameters of WordPress permalinks (`/?p=123`, `/?page_id=5`): the old site is gone. */
const wordPressParams = /^(?:p|page_id|cat|cat_ID|attachment_id|author|tag|m|post_type)$/;

export interface LinkContext {
  routes: RouteTable;
  redirects: Redirects;
  siteHosts: string[];
  /** Whether a root-relative path is a file under public/. */
  publicFile(pathname: string): boolean;
  /** Verdicts of page-independent links, valid as long as the routes are. */
  verdicts?: Map<string, LinkVerdict>;
}

function normalize(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  try {
    return decodeURI(trimmed);
  } catch {
    return trimmed;
  }
}

function resolvesDirectly(ctx: LinkContext, pathname: string): boolean {
  return routeExists(ctx.routes, pathname) || ctx.publicFile(pathname);
}

/** Checks an internal link against the routes, public files and redirects (following up to 5 hops). */
export function checkLink(ctx: LinkContext, url: string, pageUrl: string | undefined): LinkVerdict {
  const shared = ctx.verdicts && (url.startsWith('/') || /^https?:/i.test(url));
  if (!shared) return verdictOf(ctx, url, pageUrl);
  let verdict = ctx.verdicts?.get(url);
  if (!verdict) {
    verdict = verdictOf(ctx, url, pageUrl);
    ctx.verdicts?.set(url, verdict);
  }
  return verdict;
}

function verdictOf(ctx: LinkContext, url: string, pageUrl: string | undefined): LinkVerdict {
  const target = internalTarget(url, ctx.siteHosts, pageUrl);
  if (!target) return { status: 'ignored' };
  const params = new URLSearchParams(target.search);
  if (target.pathname === '/' && [...params.keys()].some((k) => wordPressParams.test(k))) {
    return { status: 'broken', reason: 'is a link to the old WordPress site; that page no longer exists' };
  }
  const pathname = normalize(target.pathname);
  if (/\.mdx?$/.test(pathname)) {
    return { status: 'broken', reason: 'points at a markdown file; the site serves pages, not .md files' };
  }
  if (resolvesDirectly(ctx, pathname)) return { status: 'ok' };
  let current = pathname;
  for (let hop = 0; hop < 5; hop++) {
    const redirect = matchRedirect(ctx.redirects, current);
    if (!redirect) break;
    if (redirect.status === 200) return { status: 'ok' };
    if (redirect.status === 404 || redirect.status === 410) break;
    const next = internalTarget(redirect.to, ctx.siteHosts, current);
    if (!next) return { status: 'redirected', target: redirect.to };
    const nextPath = normalize(next.pathname);
    if (resolvesDirectly(ctx, nextPath)) return { status: 'redirected', target: nextPath };
    if (nextPath === current) break;
    current = nextPath;
    if (hop === 4 || !matchRedirect(ctx.redirects, current)) {
      return { status: 'broken', reason: `redirects to ${nextPath}, which does not exist` };
    }
  }
  const draft = ctx.routes.draftUrls.get(pathname);
  if (draft) return { status: 'broken', reason: `is the address of a draft (${path.posix.basename(draft)}), which is not published` };
  const slug = pathname.slice(pathname.lastIndexOf('/') + 1);
  const moved = ctx.routes.urlBySlug.get(slug) || ctx.routes.urlBySlug.get(`~${slug}`);
  if (moved && moved !== pathname && !ctx.routes.draftUrls.has(moved)) {
    return { status: 'broken', reason: `does not exist; the post is at ${moved}` };
  }
  return { status: 'broken', reason: 'does not exist on the site' };
}
