/** Finds the content folder (site root) that holds a file, by walking up its folders. */
import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

const SITE_MARKERS = [
  'src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs',
  'src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs',
  'astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts',
  'public/admin/config.yml',
];

export const SITE_ROOT_EXPLANATION =
  'a site root is the nearest folder above the file with an Astro content config (src/content.config.ts or src/content/config.ts), an astro.config file, a CMS config (public/admin/config.yml) or, failing those, a package.json';

/** The nearest folder above `file` that looks like an Astro site; else the nearest with a package.json. */
export function findSiteRoot(file: string): string | undefined {
  let fallback: string | undefined;
  const top = parse(file).root;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (SITE_MARKERS.some((marker) => existsSync(join(dir, marker)))) return dir;
    if (!fallback && existsSync(join(dir, 'package.json'))) fallback = dir;
    if (dir === top) return fallback;
  }
}
