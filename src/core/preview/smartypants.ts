import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Root, Nodes, Parent } from 'mdast';

/**
 * remark-smartypants 3.0.3 (what Astro 5 runs), with identical output but two shortcuts:
 * the second pass (dashes, ellipses, backticks) is skipped for text that holds none of
 * their triggers, and the quote pass is skipped when there is no straight quote at all.
 * The original re-parses every text node with retext, which dominated render time.
 */

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** Anything the second pass could change: `--`, three dots (spaced or not), `` or ''. */
const SECOND_PASS_TRIGGER = /--|``|''|\.\s*\.\s*\./;

type Literal = Nodes & { value: string };

function isLiteral(node: Nodes): node is Literal {
  return 'value' in node && typeof node.value === 'string';
}

function isBlock(node: Nodes): boolean {
  return BLOCK_NODES.has(node.type);
}

function check(node: Nodes, _index: number | undefined, parent: Parent | undefined): boolean {
  if (!parent) return false;
  const name = (parent as { type: string; name?: unknown }).name;
  const parentOk =
    parent.type !== ('mdxJsxTextElement' as string) || (typeof name === 'string' && !IGNORED_HTML_ELEMENTS.has(name));
  return parentOk && VISITED_NODES.has(node.type) && (isLiteral(node) || isBlock(node));
}

export function remarkSmartypantsFast() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root): void => {
    let allText = '';
    const nodes: Nodes[] = [];
    visit(tree, check as never, (node: Nodes) => {
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else allText += ' ';
      nodes.push(node);
    });
    if (allText.includes('"') || allText.includes("'")) allText = quotes.processSync(allText).toString();
    let startIndex = 0;
    for (const node of nodes) {
      if (isLiteral(node)) {
        const endIndex = startIndex + node.value.length;
        if (node.type === 'text') {
          const processed = allText.slice(startIndex, endIndex);
          node.value = SECOND_PASS_TRIGGER.test(processed) ? rest.processSync(processed).toString() : processed;
        }
        startIndex = endIndex;
      } else {
        startIndex += 1;
      }
    }
  };
}
