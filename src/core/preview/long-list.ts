import type { List, ListItem, Root } from 'mdast';
import type { HeadingInfo } from './heading-ids';

/**
 * A long top-level list (a letter's 1,600 signatures) is one block; rendering it whole on
 * every keystroke would cost as much as a small post. Such a list is rendered item by item:
 * each item is parsed with the first line of the next one (so the blank line between them
 * counts, as in the whole list), rendered as a one-item list with the whole list's
 * looseness, and the items are put back in one list element.
 */

export const LONG_LIST_CHARS = 3000;

const BULLET_ITEM = /^([-*+])[ \t]+\S/;
const ORDERED_ITEM = /^\d{1,9}([.)])[ \t]+\S/;
const THEMATIC_BREAK = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;

function markerOf(line: string): string | undefined {
  if (THEMATIC_BREAK.test(line)) return undefined;
  return BULLET_ITEM.exec(line)?.[1] ?? ORDERED_ITEM.exec(line)?.[1];
}

/**
 * Offsets where items of the list start, at column 0 with the list's own marker: such a
 * line can be neither nested (it is not indented) nor a lazy continuation (an item start
 * interrupts a paragraph). Items indented by 1-3 spaces just stay with the item before.
 */
export function listItemStarts(source: string): number[] {
  const firstLineEnd = source.indexOf('\n');
  const marker = markerOf(source.slice(0, firstLineEnd === -1 ? source.length : firstLineEnd).trimStart());
  if (marker === undefined) return [0];
  const starts = [0];
  for (let at = firstLineEnd; at !== -1; at = source.indexOf('\n', at + 1)) {
    const lineStart = at + 1;
    const code = source.charCodeAt(lineStart);
    if (code === 32 || code === 9 || Number.isNaN(code)) continue;
    const end = source.indexOf('\n', lineStart);
    if (markerOf(source.slice(lineStart, end === -1 ? source.length : end)) === marker) starts.push(lineStart);
  }
  return starts;
}

export interface ListItemParse {
  /** The item as a one-item list (its spread is set by the caller), after any definitions. */
  tree: Root;
  /** This item makes the whole list loose (blank line inside it or before the next item). */
  loose: boolean;
}

function itemLoose(item: ListItem): boolean {
  return item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread;
}

/**
 * `parse` of item + next item's first line, cut back to the item alone. `definitions`
 * (link reference definitions of the post) are parsed before it and kept in the tree.
 */
export function parseListItem(
  parse: (markdown: string) => Root,
  definitions: string,
  item: string,
  nextFirstLine: string,
): ListItemParse | undefined {
  const tree = parse(`${definitions}${item}${nextFirstLine}`);
  const others = tree.children.filter((node) => node.type !== 'definition');
  const list = others[0];
  if (others.length !== 1 || list?.type !== 'list') return undefined;
  if (list.children.length !== (nextFirstLine ? 2 : 1)) return undefined;
  const loose = Boolean(list.spread) || itemLoose(list.children[0]!);
  const single: List = { ...list, children: [list.children[0]!] };
  tree.children = tree.children.map((node) => (node === list ? single : node));
  return { tree, loose };
}

export interface ListPiece {
  html: string;
  headings: HeadingInfo[];
}

/** A joined list: its HTML, and the same in parts (so each item can be post-processed alone). */
export interface JoinedList extends ListPiece {
  parts: { open: string; items: string[]; close: string };
}

/**
 * Joins one-item list renders into the list element the whole list renders to; heading
 * placeholders are renumbered to follow on.
 */
export function joinListPieces(pieces: readonly ListPiece[], token: string): JoinedList | undefined {
  const inner: string[] = [];
  const headings: HeadingInfo[] = [];
  const placeholder = new RegExp(`${token}(\\d+)x`, 'g');
  let open: string | undefined;
  let tag = '';
  let task = false;
  for (const piece of pieces) {
    const match = /^<(ul|ol)((?: start="\d+")?)((?: class="contains-task-list")?)>\n?([\s\S]*?)\n?<\/\1>$/.exec(piece.html);
    if (!match) return undefined;
    if (open === undefined) {
      tag = match[1]!;
      open = match[2]!;
    }
    if (match[3]) task = true;
    const base = headings.length;
    const body = piece.headings.length === 0 ? match[4]! : match[4]!.replace(placeholder, (_m, n: string) => `${token}${Number(n) + base}x`);
    inner.push(body);
    headings.push(...piece.headings);
  }
  const parts = { open: `<${tag}${open ?? ''}${task ? ' class="contains-task-list"' : ''}>`, items: inner, close: `</${tag}>` };
  return { html: `${parts.open}\n${inner.join('\n')}\n${parts.close}`, headings, parts };
}
