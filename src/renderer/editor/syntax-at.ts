import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';

/**
 * The innermost node named `name` that contains the whole range `from..to`.
 *
 * Commands may run before the background parser reached the cursor (a big document just
 * opened), so the tree is forced up to `to`, with a small time budget so a key press never
 * stalls; if the budget runs out the partial tree is used and the text-based fallbacks of
 * the commands take over.
 */
export function enclosingNode(state: EditorState, from: number, to: number, name: string): SyntaxNode | null {
  const tree = ensureSyntaxTree(state, to, 50) ?? syntaxTree(state);
  for (let node: SyntaxNode | null = tree.resolveInner(from, 1); node; node = node.parent) {
    if (node.name === name && node.from <= from && node.to >= to) return node;
  }
  // At the very end of a node (cursor after the closing mark) resolve from the left side too.
  for (let node: SyntaxNode | null = tree.resolveInner(to, -1); node; node = node.parent) {
    if (node.name === name && node.from <= from && node.to >= to) return node;
  }
  return null;
}
