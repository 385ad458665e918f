import { readSiteText } from '../security/content-path';
import { loadYaml } from '../frontmatter/load-yaml';

/** What AstroWind's src/config.yaml (and astro.config's `site`) say about URLs. */
export interface ThemeConfig {
  siteUrl?: string;
  siteName?: string;
  trailingSlash?: boolean;
  /** Present when the site uses AstroWind's blog. */
  blog?: {
    postEnabled: boolean;
    permalink: string;
    listEnabled: boolean;
    listPathname: string;
    categoryEnabled: boolean;
    categoryPathname: string;
    tagEnabled: boolean;
    tagPathname: string;
    postsPerPage: number;
  };
}

type Tree = Record<string, unknown>;

function at(tree: unknown, ...keys: string[]): unknown {
  let value = tree;
  for (const key of keys) value = value && typeof value === 'object' ? (value as Tree)[key] : undefined;
  return value;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function enabled(value: unknown): boolean {
  return value !== false;
}

export function readThemeConfig(root: string): ThemeConfig {
  const out: ThemeConfig = { siteUrl: siteFromAstroConfig(root) };
  const text = readSiteText(root, 'src/config.yaml');
  if (text === undefined) return out;
  let tree: unknown;
  try {
    tree = loadYaml(text);
  } catch {
    return out;
  }
  const site = at(tree, 'site', 'site');
  if (typeof site === 'string' && site) out.siteUrl = site;
  const name = at(tree, 'site', 'name');
  if (typeof name === 'string') out.siteName = name;
  out.trailingSlash = at(tree, 'site', 'trailingSlash') === true;
  const blog = at(tree, 'apps', 'blog');
  if (blog && typeof blog === 'object' && enabled(at(blog, 'isEnabled'))) {
    out.blog = {
      postEnabled: enabled(at(blog, 'post', 'isEnabled')),
      permalink: str(at(blog, 'post', 'permalink'), '/%slug%'),
      listEnabled: enabled(at(blog, 'list', 'isEnabled')),
      listPathname: str(at(blog, 'list', 'pathname'), 'blog'),
      categoryEnabled: enabled(at(blog, 'category', 'isEnabled')),
      categoryPathname: str(at(blog, 'category', 'pathname'), 'category'),
      tagEnabled: enabled(at(blog, 'tag', 'isEnabled')),
      tagPathname: str(at(blog, 'tag', 'pathname'), 'tag'),
      postsPerPage: Number(at(blog, 'postsPerPage')) || 6,
    };
  }
  return out;
}

/** `site: 'https://…'` in astro.config.*, read as text: evaluating it would load the site's integrations. */
function siteFromAstroConfig(root: string): string | undefined {
  for (const name of ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js']) {
    const text = readSiteText(root, name);
    if (text === undefined) continue;
    const m = /\bsite\s*:\s*['"`](https?:\/\/[^'"`]+)['"`]/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}
