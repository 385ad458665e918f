import type { Diagnostic } from '../../../shared/diagnostics';
import type { PageRoutes } from '../page-routes';
import type { RouteInfo } from '../../../shared/site-model';

/**
 * How each dynamic page's paths are known: read from its getStaticPaths, given by the theme's
 * profile (AstroWind's blog pages), or not known at all (a wildcard: any value is accepted).
 */
export function describeRoutes(pages: PageRoutes): RouteInfo[] {
  const read: RouteInfo[] = pages.dynamic.map((page) =>
    page.recipe.how === 'unread' ? { page: page.file, how: 'wildcard', reason: page.recipe.reason } : { page: page.file, how: 'read' },
  );
  return [...pages.profile.map((page): RouteInfo => ({ page, how: 'profile' })), ...read].sort((a, b) => a.page.localeCompare(b.page));
}

/** The readable form of a page's path: src/pages/tags/[tag].astro -> /tags/[tag]. */
function pathOf(page: string): string {
  const inside = page.replace(/^src\/pages\//, '').replace(/\.[^/.]+$/, '').replace(/(?:^|\/)index$/, '');
  return `/${inside}`;
}

/** One note per page whose paths are not known, for the whole-site Problems: said once, not per link. */
export function routeNotes(pages: PageRoutes): Diagnostic[] {
  return describeRoutes(pages)
    .filter((route) => route.how === 'wildcard')
    .map((route) => ({
      file: route.page,
      line: 1,
      column: 1,
      rule: 'routes',
      severity: 'info',
      message: `Links to ${pathOf(route.page)} are not checked: Postdesk does not know which paths this page makes (${route.reason})`,
    }));
}
