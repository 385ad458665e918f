import { loadYaml } from '../../../frontmatter/load-yaml';
import { readSiteText } from '../../../security/content-path';
import { cleanSlug } from './clean-slug';

/** AstroWind's blog settings (`apps.blog` in src/config.yaml), with the theme's defaults. */
export interface AstroWindBlog {
  postEnabled: boolean;
  /** POST_PERMALINK_PATTERN: `%slug%`, `%id%`, `%category%` and date parts. */
  permalink: string;
  listEnabled: boolean;
  listPathname: string;
  categoryEnabled: boolean;
  categoryPathname: string;
  tagEnabled: boolean;
  tagPathname: string;
  postsPerPage: number;
}

/** What AstroWind's src/config.yaml says about the site. */
export interface AstroWindConfig {
  siteName?: string;
  siteUrl?: string;
  /** `i18n.language`, the language dates are printed in. */
  language?: string;
  /** Present when the theme's blog is enabled. */
  blog?: AstroWindBlog;
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

function trimSlash(text: string): string {
  return text.replace(/^\/+|\/+$/g, '');
}

function blogOf(blog: unknown): AstroWindBlog {
  // As src/utils/permalinks.ts derives BLOG_BASE, CATEGORY_BASE, TAG_BASE and the post pattern.
  const listPathname = cleanSlug(str(at(blog, 'list', 'pathname'), 'blog'));
  return {
    postEnabled: enabled(at(blog, 'post', 'isEnabled')),
    permalink: trimSlash(str(at(blog, 'post', 'permalink'), '') || `${listPathname}/%slug%`),
    listEnabled: enabled(at(blog, 'list', 'isEnabled')),
    listPathname,
    categoryEnabled: enabled(at(blog, 'category', 'isEnabled')),
    categoryPathname: cleanSlug(str(at(blog, 'category', 'pathname'), 'category')),
    tagEnabled: enabled(at(blog, 'tag', 'isEnabled')),
    tagPathname: cleanSlug(str(at(blog, 'tag', 'pathname'), 'tag')) || 'tag',
    postsPerPage: Number(at(blog, 'postsPerPage')) || 6,
  };
}

/** The parsed src/config.yaml when it is a mapping, else undefined (absent, unreadable or not YAML). */
export function readConfigYaml(root: string): Tree | undefined {
  const text = readSiteText(root, 'src/config.yaml');
  if (text === undefined) return undefined;
  try {
    const tree = loadYaml(text);
    return tree && typeof tree === 'object' && !Array.isArray(tree) ? (tree as Tree) : undefined;
  } catch {
    return undefined;
  }
}

export function astroWindConfigOf(tree: Tree): AstroWindConfig {
  const out: AstroWindConfig = {};
  const site = at(tree, 'site', 'site');
  if (typeof site === 'string' && site) out.siteUrl = site;
  const name = at(tree, 'site', 'name');
  if (typeof name === 'string') out.siteName = name;
  const language = at(tree, 'i18n', 'language');
  if (typeof language === 'string' && language) out.language = language;
  const blog = at(tree, 'apps', 'blog');
  if (blog && typeof blog === 'object' && enabled(at(blog, 'isEnabled'))) out.blog = blogOf(blog);
  return out;
}
