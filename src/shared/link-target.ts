/**
 * Where a link in a post points, as the site sees it: one rule for the analysis (which links
 * to keep) and the link checks (which path to look up). Pure: no Node, no DOM.
 */

/** The site-internal path a link points at, or undefined for external and non-page links. */
export function internalTarget(
  url: string,
  siteHosts: string[],
  pageUrl: string | undefined,
): { pathname: string; search: string } | undefined {
  const trimmed = url.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  // Root-relative links are most links: split them without a URL parse.
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !/\/\.\.?(?:[/?#]|$)|[\s\\]/.test(trimmed)) {
    const cut = trimmed.search(/[?#]/);
    const pathname = cut === -1 ? trimmed : trimmed.slice(0, cut);
    const rest = cut === -1 ? '' : trimmed.slice(cut);
    const search = rest.startsWith('?') ? rest.replace(/#.*$/, '') : '';
    return { pathname, search };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return undefined;
  const absolute = /^(?:https?:)?\/\/(?:www\.)?([^/?#:@\s]+)/i.exec(trimmed);
  if (absolute && !siteHosts.includes((absolute[1] ?? '').toLowerCase())) return undefined;
  if (trimmed.startsWith('{') || trimmed.includes('{{')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, `https://postdesk.invalid${pageUrl ?? '/'}`);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
  if (host !== 'postdesk.invalid' && !siteHosts.includes(host)) return undefined;
  return { pathname: parsed.pathname, search: parsed.search };
}

/** Links nothing in the site can break: anchors, mail, phone, other sites, templates. */
export function isForeignLink(url: string, siteHosts: string[]): boolean {
  return internalTarget(url, siteHosts, undefined) === undefined;
}
