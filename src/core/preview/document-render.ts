import { rehypeHeadingIds, rehypeShiki } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { astroExcludeLangs, astroShikiConfig } from './astro-defaults';
import type { Heading } from './heading-ids';
import { remarkSmartypantsFast } from './smartypants';

/**
 * A whole post in one pass through Astro's chain (as block-pipeline, but with Astro's own
 * heading ids and data-line marks), giving the HTML of each top-level element apart, so a
 * one-pass render still has blocks for scroll sync and in-place updates.
 */
export interface DocumentRender {
  html: string;
  blocks: { line: number; html: string }[];
  headings: Heading[];
}

/**
 * Shiki replaces each code block's <pre> by its own, without source position; it replaces
 * in place, so the lines of the top-level children are noted before it and marked after.
 */
function rememberLines() {
  return (tree: HastRoot, file: VFile): void => {
    file.data.topLines = tree.children.map((node) => (node.type === 'element' ? node.position?.start.line : undefined));
  };
}

function markLines() {
  return (tree: HastRoot, file: VFile): void => {
    const lines = (file.data.topLines ?? []) as (number | undefined)[];
    tree.children.forEach((node, index) => {
      const line = lines[index];
      // First attribute, as markFirstElement puts it in block-by-block renders.
      if (node.type === 'element' && line !== undefined) node.properties = { dataLine: line, ...node.properties };
    });
  };
}

type Processor = ReturnType<typeof createProcessor>;
let processor: Processor | undefined;

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypantsFast)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rememberLines)
    .use(rehypeShiki, astroShikiConfig, astroExcludeLangs)
    .use(markLines)
    .use(rehypeHeadingIds, {})
    .use(rehypeRaw)
    .freeze();
}

export async function renderDocument(body: string, lineOffset = 0): Promise<DocumentRender> {
  processor ??= createProcessor();
  const file = new VFile({ value: body });
  const hast = (await processor.run(processor.parse(file), file)) as HastRoot;
  const blocks: { line: number; html: string; nodes: HastContent[] }[] = [];
  for (const node of hast.children) {
    // Marked elements come back from rehype-raw with the mark as a string; elements made
    // from raw HTML have only their position.
    const marked = node.type === 'element' ? Number(node.properties.dataLine ?? node.position?.start.line) : Number.NaN;
    if (node.type === 'element' && Number.isInteger(marked)) {
      const line = marked + lineOffset;
      const { dataLine: _old, ...rest } = node.properties;
      node.properties = { dataLine: line, ...rest };
      blocks.push({ line, html: '', nodes: [node] });
    } else if (blocks.length > 0 && !(node.type === 'text' && node.value === '\n')) {
      blocks[blocks.length - 1]!.nodes.push(node);
    } else if (blocks.length === 0) {
      blocks.push({ line: 1 + lineOffset, html: '', nodes: [node] });
    }
  }
  const out = blocks
    .map((block) => ({ line: block.line, html: toHtml({ type: 'root', children: block.nodes }, { allowDangerousHtml: true }).replace(/^\n+|\n+$/g, '') }))
    .filter((block) => block.html !== '');
  const headings = (file.data as { astro?: { headings?: Heading[] } }).astro?.headings ?? [];
  return { html: out.map((block) => block.html).join('\n'), blocks: out, headings };
}
