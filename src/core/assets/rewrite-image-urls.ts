import { existsSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { resolveAssetPath } from './resolve-asset-path';

/** What the preview does with one image source. null: leave it as it is (remote, data:). */
export type ImageTarget = { url: string } | { missing: string } | null;
export type ImageMapper = (src: string) => ImageTarget;

export interface ImageMapperOptions {
  root: string;
  /** The post (absolute or root-relative): relative images resolve from its folder. */
  file?: string;
  /** URL the preview loads a local file from; null when it cannot be served. */
  assetUrl: (absPath: string) => string | null;
  exists?: (absPath: string) => boolean;
}

/** Maps the image sources of a post to the host's asset URLs; missing files become placeholders. */
export function createImageMapper(options: ImageMapperOptions): ImageMapper {
  const exists = options.exists ?? existsSync;
  return (src) => {
    const value = src.trim();
    if (/^https?:\/\//i.test(value) || /^data:image\//i.test(value)) return null;
    const abs = resolveAssetPath(options.root, value, options.file);
    const shown = safeDecode(value);
    if (!abs || !exists(abs)) return { missing: shown };
    const url = options.assetUrl(abs);
    return url ? { url } : { missing: shown };
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** A visible stand-in for an image whose file is not there, naming the path. */
export function missingImageElement(path: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['pd-missing-image'], role: 'img', ariaLabel: `Missing image: ${path}`, title: path },
    children: [{ type: 'text', value: `Missing image: ${path}` }],
  };
}

/** Applies the mapper to one <img>; returns what should stand in its place. */
export function rewriteImageElement(node: Element, map: ImageMapper): Element {
  const src = node.properties.src;
  if (typeof src !== 'string') return missingImageElement('(no source)');
  const target = map(src);
  if (target === null) return node;
  if ('missing' in target) return missingImageElement(target.missing);
  return { ...node, properties: { ...node.properties, src: target.url } };
}

/** Rewrites every <img src> of an HTML fragment (for hosts that do not use the preview renderer). */
export function rewriteImageUrls(html: string, map: ImageMapper): string {
  const tree = fromHtml(html, { fragment: true });
  const walk = (children: (RootContent | ElementContent)[]): void => {
    children.forEach((child, index) => {
      if (child.type !== 'element') return;
      if (child.tagName === 'img') children[index] = rewriteImageElement(child, map);
      else walk(child.children);
    });
  };
  walk((tree as Root).children);
  return toHtml(tree);
}
