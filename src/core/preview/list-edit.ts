import { listItemStarts, LONG_LIST_CHARS } from './long-list';
import type { Parse, SourceBlock } from './source-blocks';

/**
 * A one-character edit inside a long list should not parse the whole list again. Items
 * that start at column 0 with the list's marker are clean restarting points within the
 * list (see long-list), so the edit is checked by parsing from the item before the edited
 * one to the first line of the first item after it: if that is still one list whose last
 * item starts where the old next item did, the list keeps its shape and only its end moves.
 * Returns undefined when the check does not apply or fails (the caller parses normally).
 */
export function updateWithinLongList(
  previous: string,
  text: string,
  block: SourceBlock,
  change: { start: number; oldEnd: number; delta: number },
  parse: Parse,
): SourceBlock | undefined {
  if (block.type !== 'list' || block.end - block.start <= LONG_LIST_CHARS || change.oldEnd > block.end) return undefined;
  const starts = listItemStarts(previous.slice(block.start, block.end));
  const at = change.start - block.start;
  const oldEnd = change.oldEnd - block.start;
  let edited = -1;
  for (let i = 0; i < starts.length && starts[i]! <= at; i++) edited = i;
  const next = starts.findIndex((start) => start >= oldEnd && start > at);
  if (edited < 1 || next === -1) return undefined;

  const sliceStart = block.start + starts[edited - 1]!;
  const nextStart = block.start + starts[next]! + change.delta;
  const nextLineEnd = text.indexOf('\n', nextStart);
  const tree = parse(text.slice(sliceStart, nextLineEnd === -1 ? text.length : nextLineEnd));
  const list = tree.children[0];
  if (tree.children.length !== 1 || list?.type !== 'list') return undefined;
  const lastItem = list.children[list.children.length - 1];
  if (!lastItem?.position || sliceStart + lastItem.position.start.offset! !== nextStart) return undefined;
  const definitionInside = JSON.stringify(list).includes('"type":"definition"');
  return {
    ...block,
    end: block.end + change.delta,
    nestedDefinition: block.nestedDefinition || definitionInside,
    node: undefined,
  };
}
