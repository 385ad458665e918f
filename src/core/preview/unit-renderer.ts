import type { Root, RootContent } from 'mdast';
import type { BlockPipeline } from './block-pipeline';
import type { HeadingInfo } from './heading-ids';
import { joinListPieces, listItemStarts, LONG_LIST_CHARS, parseListItem, type ListPiece } from './long-list';
import { predictUnitEnd } from './html-balance';
import type { SourceBlock } from './source-blocks';

/**
 * Renders a document block by block, caching each rendering by its source.
 *
 * Raw HTML is what makes blocks depend on each other: rehype-raw parses all raw HTML of a
 * post in one HTML parser, so a `<div>` opened in one block wraps the blocks after it. A
 * block holding `<` is therefore rendered with two sentinels after it (a custom element
 * and a paragraph); when they come out untouched at the end, the block left no open
 * element or formatting behind and stands alone. Otherwise it is rendered together with
 * the blocks after it (a "unit") until the sentinels survive.
 */
export interface UnitEntry {
  /** HTML with heading-id placeholders. */
  readonly html: string;
  readonly headings: HeadingInfo[];
  readonly balanced: boolean;
  /** For a list rendered item by item: the wrapper and each item's HTML. */
  readonly parts?: { open: string; items: string[]; close: string };
  used: number;
}

export interface RenderedUnit {
  /** Index of the unit's first block and one past its last. */
  from: number;
  to: number;
  /** The same object while the unit's rendering is reused. */
  entry: UnitEntry;
}

interface ItemEntry {
  loose: boolean;
  tree?: Root;
  pieces: { tight?: ListPiece; loose?: ListPiece };
  used: number;
}

const SENTINEL_TAG = 'pd-sentinel-7f3a';
const SENTINEL_TEXT = 'pdsentinel7f3a';
const SENTINEL_SUFFIX = `<${SENTINEL_TAG}></${SENTINEL_TAG}>\n<p>${SENTINEL_TEXT}</p>`;

function sentinelNodes(): RootContent[] {
  return [
    { type: 'html', value: `<${SENTINEL_TAG}></${SENTINEL_TAG}>` },
    { type: 'paragraph', children: [{ type: 'text', value: SENTINEL_TEXT }] },
  ];
}

function trimNewlines(html: string): string {
  return html.replace(/^\n+|\n+$/g, '');
}

export class UnitRenderer {
  /** By variant (sentinel or not, definitions prepended), then by source: keys stay slices of the text. */
  private readonly cache = new Map<string, Map<string, UnitEntry>>();
  private readonly items = new Map<string, ItemEntry>();
  /** The item entries behind a long list's rendering, kept alive while the list is. */
  private readonly listItems = new WeakMap<UnitEntry, ItemEntry[]>();
  private generation = 0;
  /** Blocks and characters rendered by the last renderAll (the rest came from the cache). */
  stats = { renderedUnits: 0, renderedChars: 0 };

  constructor(private readonly pipeline: BlockPipeline) {}

  /**
   * `definitions`: the source of every top-level link reference definition, prepended to
   * blocks that may use one; `definitionNodes` the same as mdast, for blocks with nodes.
   */
  async renderAll(text: string, blocks: readonly SourceBlock[], definitions: string, definitionNodes: RootContent[]): Promise<RenderedUnit[]> {
    this.generation++;
    this.stats = { renderedUnits: 0, renderedChars: 0 };
    const ctx = { text, blocks, definitions, definitionNodes };
    const units: RenderedUnit[] = [];
    let from = 0;
    while (from < blocks.length) {
      const first = blocks[from]!;
      const source = text.slice(first.start, first.end);
      let to = from + 1;
      let entry: UnitEntry;
      if (!source.includes('<') || to === blocks.length) {
        entry =
          first.type === 'list' && source.length > LONG_LIST_CHARS && !source.includes('<')
            ? await this.renderLongList(source, ctx, from)
            : await this.renderUnit(ctx, from, to, false);
      } else {
        // Start from where the tags seem to balance, then widen until the sentinels survive.
        let span = predictUnitEnd(text, blocks, from) - from;
        for (;;) {
          to = Math.min(from + span, blocks.length);
          const last = to === blocks.length;
          entry = await this.renderUnit(ctx, from, to, !last);
          if (last || entry.balanced) break;
          span *= 2;
        }
      }
      units.push({ from, to, entry });
      from = to;
    }
    for (const variant of this.cache.values()) {
      for (const [key, value] of variant) if (value.used !== this.generation) variant.delete(key);
    }
    for (const [key, value] of this.items) if (value.used !== this.generation) this.items.delete(key);
    return units;
  }

  clear(): void {
    this.cache.clear();
    this.items.clear();
  }

  private async renderUnit(ctx: RenderInput, from: number, to: number, withSentinel: boolean): Promise<UnitEntry> {
    const { text, blocks, definitions, definitionNodes } = ctx;
    const source = text.slice(blocks[from]!.start, blocks[to - 1]!.end);
    const needsDefinitions = definitions.length > 0 && source.includes('[');
    const variant = this.variant(`${withSentinel ? 's' : 'p'}${needsDefinitions ? definitions : ''}`);
    const cached = variant.get(source);
    if (cached) {
      cached.used = this.generation;
      return cached;
    }
    let children: RootContent[];
    const nodes = blocks.slice(from, to).map((block) => block.node);
    if (nodes.every((node) => node !== undefined)) {
      // A whole-document parse: references are resolved already; sentinel renders may be
      // repeated with more blocks, so they work on copies (SmartyPants edits text in place).
      const own = withSentinel ? structuredClone(nodes) : nodes;
      children = needsDefinitions ? [...definitionNodes, ...own] : own;
    } else {
      children = this.pipeline.parse(needsDefinitions ? `${definitions}${source}` : source).children;
    }
    if (withSentinel) children = [...children, ...sentinelNodes()];
    const rendered = await this.pipeline.render(children);
    this.stats.renderedUnits++;
    this.stats.renderedChars += source.length;
    let html = trimNewlines(rendered.html);
    let balanced = true;
    if (withSentinel) {
      balanced = html.endsWith(SENTINEL_SUFFIX);
      if (balanced) html = trimNewlines(html.slice(0, -SENTINEL_SUFFIX.length));
    }
    const entry: UnitEntry = { html, headings: rendered.headings, balanced, used: this.generation };
    variant.set(source, entry);
    return entry;
  }

  private async renderLongList(source: string, ctx: RenderInput, index: number): Promise<UnitEntry> {
    const variant = this.variant(`L${ctx.definitions}`);
    const cached = variant.get(source);
    if (cached) {
      cached.used = this.generation;
      for (const item of this.listItems.get(cached) ?? []) item.used = this.generation;
      return cached;
    }
    const starts = listItemStarts(source);
    const definitions = ctx.definitions.length > 0 && source.includes('[') ? ctx.definitions : '';
    const itemEntries: ItemEntry[] = [];
    for (let i = 0; i < starts.length; i++) {
      const item = source.slice(starts[i], starts[i + 1] ?? source.length);
      const next = starts[i + 1];
      const nextLine = next === undefined ? '' : source.slice(next, (source.indexOf('\n', next) + 1 || source.length + 1) - 1);
      const itemKey = `${definitions}\u0000${item}\u0000${nextLine}`;
      let entry = this.items.get(itemKey);
      if (!entry) {
        const parsed = parseListItem(this.pipeline.parse, definitions, item, nextLine);
        if (!parsed) return this.renderUnit(ctx, index, index + 1, false);
        entry = { loose: parsed.loose, tree: parsed.tree, pieces: {}, used: 0 };
        this.items.set(itemKey, entry);
      }
      entry.used = this.generation;
      itemEntries.push(entry);
    }
    const loose = itemEntries.some((entry) => entry.loose);
    const pieces: ListPiece[] = [];
    for (const [i, entry] of itemEntries.entries()) {
      let piece = loose ? entry.pieces.loose : entry.pieces.tight;
      if (!piece) {
        const item = source.slice(starts[i], starts[i + 1] ?? source.length);
        const tree = entry.tree ?? parseListItem(this.pipeline.parse, definitions, item, '')!.tree;
        entry.tree = undefined;
        for (const node of tree.children) if (node.type === 'list') node.spread = loose;
        const rendered = await this.pipeline.render(tree.children);
        this.stats.renderedUnits++;
        this.stats.renderedChars += item.length;
        piece = { html: trimNewlines(rendered.html), headings: rendered.headings };
        entry.pieces[loose ? 'loose' : 'tight'] = piece;
      }
      pieces.push(piece);
    }
    const joined = joinListPieces(pieces, this.pipeline.token);
    if (!joined) return this.renderUnit(ctx, index, index + 1, false);
    const entry: UnitEntry = { html: joined.html, headings: joined.headings, balanced: true, parts: joined.parts, used: this.generation };
    variant.set(source, entry);
    this.listItems.set(entry, itemEntries);
    return entry;
  }

  private variant(name: string): Map<string, UnitEntry> {
    let variant = this.cache.get(name);
    if (!variant) {
      variant = new Map();
      this.cache.set(name, variant);
    }
    return variant;
  }
}

interface RenderInput {
  text: string;
  blocks: readonly SourceBlock[];
  definitions: string;
  definitionNodes: RootContent[];
}
