import { assetUrlPath } from '../assets/resolve-asset-path';
import { createImageMapper } from '../assets/rewrite-image-urls';
import { transformMarkdownOnlyHtml } from './markdown-only-html';
import { sanitizePreviewHtml } from './sanitize-preview';

/** Turns Astro's HTML into what the preview frame shows; cached per block. */
export interface PreviewTransform {
  /** `markdownOnly`: the HTML came from markdown without raw HTML (a cheaper path applies). */
  apply(html: string, file: string | undefined, markdownOnly?: boolean): string;
  /** Forget cached results (after images were added or removed). */
  reset(): void;
}

export interface PreviewTransformOptions {
  /** Content root: local images resolve inside it. Without it, images are left as they are. */
  root?: string;
  /** URL for a local file (absolute path), or null when it cannot be served. */
  assetUrl?: (absPath: string) => string | null;
  /** Instead of assetUrl (e.g. across a worker boundary): URL prefix + root-relative path, segments encoded. */
  assetBase?: string;
  exists?: (absPath: string) => boolean;
}

const MAX_ENTRIES = 20_000;

export function createPreviewTransform(options: PreviewTransformOptions = {}): PreviewTransform {
  const cache = new Map<string, string>();
  const { root } = options;
  const assetUrl =
    options.assetUrl ??
    (options.assetBase !== undefined && root ? (abs: string) => `${options.assetBase}${assetUrlPath(root, abs)}` : undefined);
  return {
    apply(html, file, markdownOnly = false) {
      const key = `${file ?? ''}\u0000${html}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        // Refresh its place: the Map's order is the eviction order.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const images = root && assetUrl ? createImageMapper({ root, file, assetUrl, exists: options.exists }) : undefined;
      const out = (markdownOnly ? transformMarkdownOnlyHtml(html, images) : undefined) ?? sanitizePreviewHtml(html, images);
      cache.set(key, out);
      if (cache.size > MAX_ENTRIES) {
        for (const old of [...cache.keys()].slice(0, MAX_ENTRIES / 4)) cache.delete(old);
      }
      return out;
    },
    reset() {
      cache.clear();
    },
  };
}
