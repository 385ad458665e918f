/**
 * AstroWind's `cleanSlug` (limax) for categories and tags: lower case, accents dropped,
 * every run of other characters one hyphen ("eCommerce Insights" -> "ecommerce-insights").
 */
const termCache = new Map<string, string>();

export function slugifyTerm(text: string): string {
  let slug = termCache.get(text);
  if (slug === undefined) {
    slug = computeTermSlug(text);
    // Categories and tags repeat across thousands of posts; the cache stays small.
    if (termCache.size < 10000) termCache.set(text, slug);
  }
  return slug;
}

function computeTermSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/♥/g, ' love ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
