import { escapeHtml } from './escape-html';
import { isSafeUrl } from './sanitize-preview';
import type { ImageMapper } from '../assets/rewrite-image-urls';

/**
 * Fast preview transform for HTML that remark made from markdown without raw HTML (the
 * block's source has no `<`): such HTML holds no script, handler or frame, and the only
 * things to check are link and image URLs, in the fixed form hast-util-to-html writes them.
 * Returns undefined when a value is entity-encoded (then the full sanitizer runs).
 */
export function transformMarkdownOnlyHtml(html: string, images: ImageMapper | undefined): string | undefined {
  let undecided = false;
  const out = html.replace(/<(a|img)( [^>]*)?>/g, (tag, name: string, attributes: string | undefined) => {
    if (!attributes) return tag;
    const url = /(?:^| )(href|src)="([^"]*)"/.exec(attributes);
    if (!url) return tag;
    const value = url[2]!;
    if (value.includes('&')) {
      undecided = true;
      return tag;
    }
    if (name === 'a') return isSafeUrl(value) ? tag : tag.replace(url[0], '');
    const target = images ? images(value) : null;
    if (target === null) return isSafeUrl(value, true) ? tag : tag.replace(url[0], '');
    if ('url' in target) return tag.replace(url[0], `${url[0].startsWith(' ') ? ' ' : ''}src="${escapeHtml(target.url)}"`);
    const label = escapeHtml(target.missing);
    return `<span class="pd-missing-image" role="img" aria-label="Missing image: ${label}" title="${label}">Missing image: ${label}</span>`;
  });
  return undecided ? undefined : out;
}
