import type { SiteProfile } from '../site-profile';
import { astroWindBlogRoutes } from './blog-routes';
import { astroWindPostHeader } from './post-header';
import { astroWindConfigOf } from './theme-config';

/**
 * Whether the site is built on AstroWind: its src/config.yaml (read by the theme's
 * `astrowind:config` integration) with the theme's `site` or `apps` sections.
 */
export function isAstroWindConfig(tree: Record<string, unknown>): boolean {
  return (tree.apps !== undefined && typeof tree.apps === 'object') || (tree.site !== undefined && typeof tree.site === 'object');
}

/** AstroWind: its blog pages (src/pages/[...blog]) route posts by src/config.yaml's permalink pattern. */
export function astroWindProfile(tree: Record<string, unknown>, astroConfigSite: string | undefined): SiteProfile {
  const config = astroWindConfigOf(tree);
  const siteUrl = config.siteUrl ?? astroConfigSite;
  return {
    id: 'astrowind',
    ...(config.siteName !== undefined ? { siteName: config.siteName } : {}),
    ...(siteUrl ? { siteUrl } : {}),
    ownsPage: (segments) => segments[0] === '[...blog]',
    routes: (spec) => (config.blog ? astroWindBlogRoutes(spec, config.blog) : undefined),
    postHeader: (fields, options) => astroWindPostHeader(fields, options, config.language),
  };
}
