import { rehypeShiki } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root, RootContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { astroExcludeLangs, astroShikiConfig } from './astro-defaults';
import { parseGfmMarkdown } from './gfm-parse';
import { rehypeHeadingPlaceholders, type HeadingInfo } from './heading-ids';
import { rehypeRawWhenNeeded } from './rehype-raw-when-needed';
import { remarkSmartypantsFast } from './smartypants';

/**
 * The unified chain of @astrojs/markdown-remark's createMarkdownProcessor with Astro 5
 * defaults, split into parse and run so a block's mdast can be rendered without parsing
 * twice. Differences, all output-neutral: heading ids are placeholders (see heading-ids),
 * and remarkCollectImages/rehypeImages are left out because they act only when a file URL
 * is given (Astro's image optimisation), which a preview does not do; rehype-raw is skipped
 * for blocks without raw HTML (see rehype-raw-when-needed), and the parse registers only
 * the GFM constructs a text can set off (see gfm-parse).
 */
export interface BlockPipeline {
  readonly token: string;
  parse(markdown: string): Root;
  render(children: RootContent[]): Promise<{ html: string; headings: HeadingInfo[] }>;
}

let shared: BlockPipeline | undefined;

/** One pipeline per process: Shiki's highlighter is meant to be a singleton. */
export function sharedBlockPipeline(): BlockPipeline {
  shared ??= createBlockPipeline();
  return shared;
}

function createBlockPipeline(): BlockPipeline {
  // Random so no text in a post can forge a placeholder.
  const token = `pdh${Math.random().toString(36).slice(2, 10)}n`;
  // The parse (remark-parse with remark-gfm's extensions) is gfm-parse's; the processor runs the rest.
  const processor = unified()
    .use(remarkSmartypantsFast)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeShiki, astroShikiConfig, astroExcludeLangs)
    .use(rehypeHeadingPlaceholders, { token })
    .use(rehypeRawWhenNeeded)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  return {
    token,
    parse: parseGfmMarkdown,
    async render(children) {
      const file = new VFile();
      const tree: Root = { type: 'root', children };
      const hast = (await processor.run(tree, file)) as HastRoot;
      const html = processor.stringify(hast, file);
      return { html, headings: (file.data as { headingInfo?: HeadingInfo[] }).headingInfo ?? [] };
    },
  };
}
