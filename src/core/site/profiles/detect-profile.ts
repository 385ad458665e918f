import { astroProfile, siteFromAstroConfig } from './astro-profile';
import { astroWindProfile, isAstroWindConfig } from './astrowind/astrowind-profile';
import { readConfigYaml } from './astrowind/theme-config';
import type { SiteProfile } from './site-profile';

/** The profile of the site at `root`, told from its files (never by running them): AstroWind, else Astro's conventions. */
export function detectSiteProfile(root: string): SiteProfile {
  const tree = readConfigYaml(root);
  if (tree && isAstroWindConfig(tree)) return astroWindProfile(tree, siteFromAstroConfig(root));
  return astroProfile(root);
}

export type { SiteProfile, ProfileRoutes } from './site-profile';
