import type { Root, RootContent } from 'mdast';
import { updateWithinLongList } from './list-edit';

/**
 * The top-level blocks of a markdown body, as remark-parse (micromark, GFM) sees them.
 * Block structure is decided line by line going forward, so after an edit only the blocks
 * around it are parsed again: from the block before the edit until a block boundary after
 * it lines up with an old one (from a top-level block start on, parsing does not depend on
 * what came before).
 */
export interface SourceBlock {
  /** Offset of the start of the block's first line. */
  start: number;
  /** Offset just after the block. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  type: RootContent['type'];
  /** A link reference definition inside a list or quote (definitions are document-wide). */
  nestedDefinition: boolean;
  /** The block's mdast, from a parse that saw the whole document, until it is rendered. */
  node?: RootContent;
}

export type Parse = (markdown: string) => Root;

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function hasNestedDefinition(node: RootContent): boolean {
  if (node.type !== 'blockquote' && node.type !== 'list') return false;
  const stack: unknown[] = [...node.children];
  while (stack.length > 0) {
    const child = stack.pop() as { type: string; children?: unknown[] };
    if (child.type === 'definition') return true;
    if (child.children) stack.push(...child.children);
  }
  return false;
}

/** Blocks of `slice` (a piece of `text` that starts at `base`, on line `baseLine`). */
function blocksOf(tree: Root, text: string, base: number, baseLine: number, keepNodes: boolean): SourceBlock[] {
  return tree.children.map((node) => {
    const position = node.position!;
    const start = lineStart(text, base + position.start.offset!);
    return {
      start,
      end: base + position.end.offset!,
      line: baseLine + position.start.line - 1,
      type: node.type,
      nestedDefinition: hasNestedDefinition(node),
      node: keepNodes ? node : undefined,
    };
  });
}

export function parseBlocks(text: string, parse: Parse): SourceBlock[] {
  return blocksOf(parse(text), text, 0, 1, true);
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function shift(blocks: readonly SourceBlock[], delta: number, lineDelta: number): SourceBlock[] {
  return blocks.map((block) => ({ ...block, start: block.start + delta, end: block.end + delta, line: block.line + lineDelta }));
}

const CHUNK = 4096;

/** Length of the common prefix; whole chunks are compared natively first. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + CHUNK <= limit && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Index of the last block starting at or before `offset` (-1 when none). */
function blockAt(blocks: readonly SourceBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Blocks of `text` given the blocks of `previous`, parsing only around the change.
 * Blocks before the change keep their objects (and cached renders); later ones are shifted.
 */
export function updateBlocks(previous: string, blocks: readonly SourceBlock[], text: string, parse: Parse): SourceBlock[] {
  if (previous === text) return [...blocks];
  const prefix = commonPrefix(previous, text);
  const suffix = commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix);
  const oldChangeEnd = previous.length - suffix;
  const delta = text.length - previous.length;
  const lineDelta = countNewlines(text, prefix, text.length - suffix) - countNewlines(previous, prefix, oldChangeEnd);

  const holder = blockAt(blocks, prefix);
  const inList = holder >= 0 ? updateWithinLongList(previous, text, blocks[holder]!, { start: prefix, oldEnd: oldChangeEnd, delta }, parse) : undefined;
  if (inList) return [...blocks.slice(0, holder), inList, ...shift(blocks.slice(holder + 1), delta, lineDelta)];

  // The block before the one holding the change is parsed again too: the edited line may
  // continue it (lazy continuation, setext underline, list item).
  const first = Math.max(0, blockAt(blocks, prefix) - 1);
  const sliceStart = blocks.length > 0 && blockAt(blocks, prefix) > 0 ? blocks[first]!.start : 0;
  const sliceLine = sliceStart === 0 ? 1 : blocks[first]!.line;
  const keep = sliceStart === 0 ? [] : blocks.slice(0, first);

  let resume = blocks.findIndex((block) => block.start >= oldChangeEnd && block.start >= sliceStart);
  if (resume === -1) resume = blocks.length;
  for (let window = 2; ; window *= 4) {
    const last = resume + window;
    const sliceEnd = last < blocks.length ? blocks[last]!.end + delta : text.length;
    const wholeRest = sliceEnd === text.length;
    // A parse of the whole text resolves references: its nodes can be rendered as they are.
    const whole = sliceStart === 0 && wholeRest;
    const fresh = blocksOf(parse(text.slice(sliceStart, sliceEnd)), text, sliceStart, sliceLine, whole);
    if (wholeRest) return [...keep, ...fresh];
    // Resynchronise at the first old block (after the change) that starts a new block too.
    const starts = new Map(fresh.map((block, index) => [block.start, index]));
    for (let m = resume; m <= last; m++) {
      const old = blocks[m]!;
      const at = starts.get(old.start + delta);
      if (at === undefined) continue;
      return [...keep, ...fresh.slice(0, at), ...shift(blocks.slice(m), delta, lineDelta)];
    }
  }
}
