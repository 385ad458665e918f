import { slug as baseSlug } from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Root, Element, Nodes } from 'hast';
import type { VFile } from 'vfile';

/**
 * Heading ids the way @astrojs/markdown-remark's rehypeHeadingIds makes them, split in two
 * so blocks can be rendered apart: the plugin below records each heading's text and puts a
 * placeholder id in the HTML; `HeadingIdAssigner` later runs one document-wide slugger over
 * the texts in document order (ids de-duplicate across the whole post: "intro", "intro-1").
 */

export interface HeadingInfo {
  depth: number;
  text: string;
  /** Set when the heading already had an id (then no slug is made for it). */
  fixedId?: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const rawNodeTypes = new Set(['text', 'raw', 'mdxTextExpression']);
const codeTagNames = new Set(['code', 'pre']);

/** The text rehypeHeadingIds slugs for a heading element (its non-MDX branch, verbatim). */
export function headingText(heading: Element): string {
  let text = '';
  visit(heading, (child: Nodes, _index, parent) => {
    if (child.type === 'element' || parent == null) return;
    if (child.type === 'raw' && /^\n?<.*>\n?$/.test(child.value)) return;
    if (rawNodeTypes.has(child.type) && 'value' in child) {
      const parentTag = (parent as Element).tagName;
      text += codeTagNames.has(parentTag) ? child.value : child.value.replace(/\{/g, '${');
    }
  });
  return text;
}

function headingDepth(node: Element): number | undefined {
  if (node.tagName[0] !== 'h') return undefined;
  const level = /h([0-6])/.exec(node.tagName)?.[1];
  return level ? Number.parseInt(level) : undefined;
}

export function placeholderId(token: string, index: number): string {
  return `${token}${index}x`;
}

/** Same visit as rehypeHeadingIds; ids become `${token}${n}x`, texts go to file.data.headingInfo. */
export function rehypeHeadingPlaceholders(options: { token: string }) {
  return (tree: Root, file: VFile): void => {
    const infos: HeadingInfo[] = [];
    visit(tree, (node) => {
      if (node.type !== 'element') return;
      const depth = headingDepth(node);
      if (depth === undefined) return;
      node.properties = node.properties || {};
      if (typeof node.properties.id === 'string') {
        infos.push({ depth, text: headingText(node), fixedId: node.properties.id });
        return;
      }
      node.properties.id = placeholderId(options.token, infos.length);
      infos.push({ depth, text: headingText(node) });
    });
    (file.data as { headingInfo?: HeadingInfo[] }).headingInfo = infos;
  };
}

const baseSlugs = new Map<string, string>();

/** github-slugger's slug() is regex-heavy; a post re-rendered per keystroke repeats the same texts. */
function cachedBaseSlug(text: string): string {
  let slug = baseSlugs.get(text);
  if (slug === undefined) {
    if (baseSlugs.size > 20_000) baseSlugs.clear();
    slug = baseSlug(text);
    baseSlugs.set(text, slug);
  }
  return slug;
}

/**
 * One per document render: slugs in document order, as a single rehypeHeadingIds pass
 * would. Same de-duplication as github-slugger's BananaSlug.slug().
 */
export class HeadingIdAssigner {
  private readonly occurrences = new Map<string, number>();
  readonly headings: Heading[] = [];

  /** Slugs for one block's headings; blocks must come in document order. */
  assign(infos: readonly HeadingInfo[]): string[] {
    return infos.map((info) => {
      let slug = info.fixedId;
      if (slug === undefined) {
        slug = this.slug(info.text);
        if (slug.endsWith('-')) slug = slug.slice(0, -1);
      }
      this.headings.push({ depth: info.depth, slug, text: info.text });
      return slug;
    });
  }

  private slug(text: string): string {
    const original = cachedBaseSlug(text);
    let result = original;
    while (this.occurrences.has(result)) {
      const count = this.occurrences.get(original)! + 1;
      this.occurrences.set(original, count);
      result = `${original}-${count}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}

const placeholderPatterns = new Map<string, RegExp>();

/** Puts the assigned slugs in place of a block's placeholders. */
export function replacePlaceholders(html: string, slugs: readonly string[], token: string): string {
  if (slugs.length === 0) return html;
  let pattern = placeholderPatterns.get(token);
  if (!pattern) {
    pattern = new RegExp(`${token}(\\d+)x`, 'g');
    placeholderPatterns.set(token, pattern);
  }
  return html.replace(pattern, (whole, n: string) => {
    const slug = slugs[Number(n)];
    return slug === undefined ? whole : escapeAttr(slug);
  });
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');
}
