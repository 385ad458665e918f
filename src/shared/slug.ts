/**
 * AstroWind's `cleanSlug`, the one slug rule for categories and tags (their URLs, the preview
 * header's links, the route table): the text without leading or trailing slashes, each path
 * segment slugified as limax does for Latin text (lower case, accents dropped, `&` read as
 * "and", every run of other characters one hyphen): "eCommerce Insights" -> "ecommerce-insights".
 */
const slugCache = new Map<string, string>();

export function cleanSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = text
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .map(slugifySegment)
      .join('/');
    // Categories and tags repeat across thousands of posts; the cache stays small.
    if (slugCache.size < 10000) slugCache.set(text, slug);
  }
  return slug;
}

function slugifySegment(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/♥/g, ' love ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
