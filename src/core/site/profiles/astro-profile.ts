import { readSiteText } from '../../security/content-path';
import { astroPostHeader } from './astro-post-header';
import type { SiteProfile } from './site-profile';

/** `site: 'https://…'` in astro.config.*, read as text: evaluating it would load the site's integrations. */
export function siteFromAstroConfig(root: string): string | undefined {
  for (const name of ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js']) {
    const text = readSiteText(root, name);
    if (text === undefined) continue;
    const m = /\bsite\s*:\s*['"`](https?:\/\/[^'"`]+)['"`]/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Astro's own conventions: every route read from the page files, a plain post header. */
export function astroProfile(root: string): SiteProfile {
  const siteUrl = siteFromAstroConfig(root);
  return {
    id: 'astro',
    ...(siteUrl ? { siteUrl } : {}),
    ownsPage: () => false,
    routes: () => undefined,
    postHeader: astroPostHeader,
  };
}
