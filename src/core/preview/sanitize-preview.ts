import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { rewriteImageElement, type ImageMapper } from '../assets/rewrite-image-urls';

/**
 * Makes Astro's HTML safe to show in the preview frame: raw HTML in a post is kept for
 * fidelity, but nothing in it may run script, navigate, submit, load frames or steal focus.
 * This is one layer; the frame's sandbox and CSP are the others (see preview-document).
 */

/** Removed with their content. */
const DROP = new Set([
  'script', 'noscript', 'template', 'base', 'meta', 'link', 'title', 'head', 'param', 'frameset',
  'set', 'animate', 'animatemotion', 'animatetransform', 'discard', 'handler', 'listener',
]);
/** Replaced by a visible note: the site shows them, the preview cannot. */
const EMBEDS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
/** Properties that hold a URL (hast names). */
const URL_PROPERTIES = new Set([
  'href', 'src', 'xLinkHref', 'xlinkHref', 'poster', 'cite', 'background', 'data', 'codeBase', 'longDesc',
  'lowsrc', 'dynsrc', 'manifest', 'profile', 'action', 'formAction',
]);
/** Properties removed outright (navigation, submission, focus, frames). */
const REMOVE_PROPERTIES = new Set([
  'action', 'formAction', 'formTarget', 'formMethod', 'formEncType', 'target', 'ping', 'srcDoc', 'srcSet',
  'imageSrcSet', 'httpEquiv', 'autoFocus', 'autoPlay', 'download', 'is', 'popoverTarget', 'commandFor',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const MEDIA = new Set(['video', 'audio', 'source', 'track']);

/** Whether a URL may stay: relative, http(s), mailto, tel; data: only for images. */
export function isSafeUrl(value: string, allowDataImage = false): boolean {
  // Browsers drop control characters and spaces around a scheme: so does the check.
  // eslint-disable-next-line no-control-regex -- the control characters are what is being removed
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact)?.[1]?.toLowerCase();
  // No scheme: a path or a network path; both load over the page's own scheme.
  if (scheme === undefined) return true;
  if (SAFE_SCHEMES.has(scheme)) return true;
  return allowDataImage && scheme === 'data' && /^data:image\/(png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,]/i.test(compact);
}

function cleanProperties(tagName: string, properties: Properties): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (/^on/i.test(name) || REMOVE_PROPERTIES.has(name)) continue;
    if (URL_PROPERTIES.has(name) || /href$/i.test(name)) {
      if (typeof value !== 'string' || !isSafeUrl(value, tagName === 'img')) continue;
      // SVG <use> may only point into the document itself.
      if (tagName === 'use' && !value.startsWith('#')) continue;
    }
    out[name] = value;
  }
  return out;
}

function embedNote(node: Element): Element {
  const src = node.properties.src ?? node.properties.data ?? '';
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['pd-embed'] },
    children: [{ type: 'text', value: `Embedded content (${node.tagName}) is not shown in the preview${src ? `: ${String(src)}` : ''}` }],
  };
}

function sanitizeChildren(children: ElementContent[], images: ImageMapper | undefined): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const tag = child.tagName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (EMBEDS.has(tag)) {
      out.push(embedNote(child));
      continue;
    }
    if (tag === 'img' && images) {
      // Mapped before cleaning, so a refused source (file:, javascript:) is named in the placeholder.
      const mapped = rewriteImageElement(child, images);
      if (mapped.tagName !== 'img') {
        out.push(mapped);
        continue;
      }
      // The mapped source is the host's own asset URL (its scheme may be custom): kept as is.
      const mappedSrc = mapped === child ? undefined : mapped.properties.src;
      const properties = cleanProperties(tag, mapped.properties);
      if (mappedSrc !== undefined) properties.src = mappedSrc;
      out.push({ ...mapped, properties });
      continue;
    }
    let node: Element = { ...child, properties: cleanProperties(tag, child.properties) };
    if (tag === 'form') node = { ...node, tagName: 'div', properties: node.properties.className ? { className: node.properties.className } : {} };
    if (MEDIA.has(tag) && images) node = rewriteMediaSource(node, images);
    out.push({ ...node, children: sanitizeChildren(node.children, images) });
  }
  return out;
}

function rewriteMediaSource(node: Element, images: ImageMapper): Element {
  const properties = { ...node.properties };
  for (const name of ['src', 'poster'] as const) {
    const value = properties[name];
    if (typeof value !== 'string') continue;
    const target = images(value);
    if (target === null) continue;
    if ('url' in target) properties[name] = target.url;
    else delete properties[name];
  }
  return { ...node, properties };
}

export function sanitizePreviewHtml(html: string, images?: ImageMapper): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const children = sanitizeChildren(tree.children as ElementContent[], images);
  return toHtml({ type: 'root', children });
}
