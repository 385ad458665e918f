import rehypeRaw from 'rehype-raw';
import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * rehype-raw, run only when the tree holds raw HTML. Without raw nodes its parse5 round
 * trip returns the same HTML (markdown alone yields well-nested elements), but it costs a
 * parser per block: most blocks of a post are plain markdown.
 */
function hasRaw(node: Nodes): boolean {
  if (node.type === 'raw') return true;
  if (!('children' in node)) return false;
  for (const child of node.children) if (hasRaw(child)) return true;
  return false;
}

export function rehypeRawWhenNeeded() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root => (hasRaw(tree) ? parseRaw(tree, file) : tree);
}
