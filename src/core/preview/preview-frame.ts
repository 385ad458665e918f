/**
 * How a host shows the preview document: two layers stand between a post and script.
 *
 * 1. `sandbox="allow-same-origin"` and nothing else: without allow-scripts nothing inside
 *    the frame runs (no script element, handler attribute or javascript: URL), without
 *    allow-forms nothing submits, without allow-popups and allow-top-navigation nothing
 *    opens or leaves. allow-same-origin is there for the host's own script: it lets the
 *    host listen to clicks in `frame.contentDocument` (a frame without it is opaque, and a
 *    link click would navigate the frame with the app none the wiser), follow its scroll,
 *    and patch `#pd-body` between keystrokes instead of reloading the frame.
 * 2. The document's own CSP (previewCsp), which holds even where the sandbox would not:
 *    `script-src 'none'`, and nothing loads except the asset route and data: images, never
 *    anything remote (the app's CSP is a third layer, not one this relies on).
 *
 * PreviewPane renders exactly this constant, and the XSS suite drives it.
 */
export const PREVIEW_FRAME_SANDBOX = 'allow-same-origin';

export type PreviewLink =
  | { kind: 'anchor'; id: string }
  | { kind: 'internal'; path: string; hash: string }
  | { kind: 'external'; url: string }
  | { kind: 'blocked'; href: string };

/**
 * What a click on a link of the preview should do. `siteUrl` (e.g. https://mage-os.org) makes
 * absolute links to the site itself internal. Internal paths are the site's routes
 * (/updates/2023-09-30-…): the app opens the post; external http(s) and mailto go to the
 * system browser; anything else is refused.
 */
export function classifyPreviewLink(href: string, siteUrl?: string): PreviewLink {
  const value = href.trim();
  if (value.startsWith('#')) return { kind: 'anchor', id: safeDecode(value.slice(1)) };
  let url: URL;
  try {
    url = new URL(value, 'https://postdesk.invalid/');
  } catch {
    return { kind: 'blocked', href };
  }
  const site = siteUrl ? tryUrl(siteUrl) : undefined;
  const local = url.origin === 'https://postdesk.invalid' || (site !== undefined && url.origin === site.origin);
  if (local && (url.protocol === 'https:' || url.protocol === 'http:')) {
    return { kind: 'internal', path: `${url.pathname}${url.search}`, hash: url.hash };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return { kind: 'external', url: url.href };
  return { kind: 'blocked', href };
}

function tryUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
