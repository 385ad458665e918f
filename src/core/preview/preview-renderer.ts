import type { RootContent } from 'mdast';
import { sharedBlockPipeline } from './block-pipeline';
import { markFirstElement, stripDataLines } from './data-line';
import { renderDocument } from './document-render';
import { HeadingIdAssigner, replacePlaceholders, type Heading } from './heading-ids';
import { createPreviewTransform, type PreviewTransformOptions } from './preview-transform';
import { parseBlocks, updateBlocks, type SourceBlock } from './source-blocks';
import { UnitRenderer, type UnitEntry } from './unit-renderer';

export interface PreviewRendererOptions extends PreviewTransformOptions {
  /** false: every render is one full pass (the naive baseline). Default true. */
  incremental?: boolean;
}

export interface RenderContext {
  /** Added to every data-line: the editor line of the body's first line, minus one. */
  lineOffset?: number;
  /** The post (absolute, or relative to the root): relative images resolve from its folder. */
  file?: string;
}

export interface RenderedBlock {
  /** Source line of the block (1-based, plus lineOffset). */
  line: number;
  /** Astro's HTML for the block, data-line on its first element. */
  html: string;
  /** The block as the preview shows it (sanitised, local image URLs). */
  previewHtml: string;
}

export interface PreviewRender {
  /** Astro's HTML for the body, with data-line attributes (strip them to compare). */
  html: string;
  /** What the preview frame shows. */
  previewHtml: string;
  blocks: RenderedBlock[];
  headings: Heading[];
  /** 'blocks': rendered block by block with the cache; 'full': in one pass (footnotes, or incremental: false). */
  mode: 'blocks' | 'full';
  /** Work done: markdown blocks rendered and their characters (the rest came from the cache). */
  stats: { renderedBlocks: number; renderedChars: number };
}

export interface PreviewRenderer {
  render(body: string, ctx?: RenderContext): Promise<PreviewRender>;
  /** Forget cached renders, e.g. after image files were added or removed. */
  reset(): void;
}

/** Footnotes are numbered across the whole post, so such posts are rendered in one pass. */
function needsFullPass(body: string, blocks: readonly SourceBlock[]): boolean {
  return body.includes('[^') || blocks.some((block) => block.nestedDefinition);
}

interface Assembled {
  key: string;
  html: string;
  previewHtml: string;
}

export function createPreviewRenderer(options: PreviewRendererOptions = {}): PreviewRenderer {
  const incremental = options.incremental ?? true;
  const transform = createPreviewTransform(options);
  const pipeline = sharedBlockPipeline();
  const units = new UnitRenderer(pipeline);
  let assembled = new WeakMap<UnitEntry, Assembled>();
  let previous: { text: string; blocks: SourceBlock[] } | undefined;

  async function renderFull(body: string, ctx: RenderContext): Promise<PreviewRender> {
    const rendered = await renderDocument(body, ctx.lineOffset ?? 0);
    const blocks = rendered.blocks.map((block) => ({
      ...block,
      previewHtml: markFirstElement(transform.apply(stripDataLines(block.html), ctx.file), block.line),
    }));
    return {
      html: rendered.html,
      previewHtml: blocks.map((block) => block.previewHtml).join('\n'),
      blocks,
      headings: rendered.headings,
      mode: 'full',
      stats: { renderedBlocks: 1, renderedChars: body.length },
    };
  }

  async function renderBlocks(body: string, blocks: SourceBlock[], ctx: RenderContext): Promise<PreviewRender> {
    const definitionBlocks = blocks.filter((block) => block.type === 'definition');
    const definitions = definitionBlocks.map((block) => `${body.slice(block.start, block.end)}\n\n`).join('');
    const definitionNodes = definitionBlocks.map((block) => block.node).filter((node): node is RootContent => !!node);
    const rendered = await units.renderAll(body, blocks, definitions, definitionNodes);
    for (const block of blocks) delete block.node;

    const assigner = new HeadingIdAssigner();
    const offset = ctx.lineOffset ?? 0;
    const out: RenderedBlock[] = [];
    for (const unit of rendered) {
      const { entry } = unit;
      if (entry.html === '') continue;
      const line = blocks[unit.from]!.line + offset;
      const slugs = assigner.assign(entry.headings);
      const key = `${line}\u0000${ctx.file ?? ''}\u0000${slugs.join('\u0000')}`;
      let done = assembled.get(entry);
      if (!done || done.key !== key) {
        const html = markFirstElement(replacePlaceholders(entry.html, slugs, pipeline.token), line);
        const { parts } = entry;
        const markdownOnly = !body.slice(blocks[unit.from]!.start, blocks[unit.to - 1]!.end).includes('<');
        const safe = parts
          ? `${parts.open}\n${parts.items.map((item) => transform.apply(item, ctx.file, true)).join('\n')}\n${parts.close}`
          : transform.apply(entry.html, ctx.file, markdownOnly);
        const previewHtml = markFirstElement(replacePlaceholders(safe, slugs, pipeline.token), line);
        done = { key, html, previewHtml };
        assembled.set(entry, done);
      }
      out.push({ line, html: done.html, previewHtml: done.previewHtml });
    }
    return {
      html: out.map((block) => block.html).join('\n'),
      previewHtml: out.map((block) => block.previewHtml).join('\n'),
      blocks: out,
      headings: assigner.headings,
      mode: 'blocks',
      stats: { renderedBlocks: units.stats.renderedUnits, renderedChars: units.stats.renderedChars },
    };
  }

  return {
    async render(body, ctx = {}) {
      if (!incremental) return renderFull(body, ctx);
      const blocks = previous ? updateBlocks(previous.text, previous.blocks, body, pipeline.parse) : parseBlocks(body, pipeline.parse);
      if (needsFullPass(body, blocks)) {
        previous = undefined;
        return renderFull(body, ctx);
      }
      previous = { text: body, blocks };
      return renderBlocks(body, blocks, ctx);
    },
    reset() {
      previous = undefined;
      units.clear();
      transform.reset();
      assembled = new WeakMap();
    },
  };
}
