import slugify from 'limax';

const slugCache = new Map<string, string>();

/**
 * AstroWind's `cleanSlug` (src/utils/permalinks.ts), with the same `limax` the theme uses: the
 * text without leading or trailing slashes, each path segment slugified ("eCommerce Insights"
 * -> "ecommerce-insights", "Café" -> "cafe"). The theme applies it to categories, tags and to
 * the entry id for a post's `%slug%`, which is why a post's address can differ from its id.
 */
export function cleanSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = text
      .replace(/^[\s/]+|[\s/]+$/g, '')
      .split('/')
      .map((segment) => slugify(segment))
      .join('/');
    // Categories and tags repeat across thousands of posts; the cache stays small.
    if (slugCache.size < 10000) slugCache.set(text, slug);
  }
  return slug;
}
