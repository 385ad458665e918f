import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { frontmatterText, parseSource } from '../roundtrip/split-source';

/**
 * The literal source of each scalar in the frontmatter, by dotted path ("publishDate" ->
 * `"2026-01-20T01:55:25.000Z"`, quotes included), so the form can show what the file says.
 */
export function readRawValues(text: string): Record<string, string> {
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return {};
  const yaml = frontmatterText(text, parts);
  const doc = parseDocument(yaml, { keepSourceTokens: true, uniqueKeys: false });
  const out: Record<string, string> = {};
  const walk = (node: Node | null | undefined, path: string) => {
    if (!node) return;
    if (isScalar(node)) {
      const range = node.range;
      if (range && path) out[path] = yaml.slice(range[0], range[1]).trimEnd();
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        walk(pair.value as Node, path ? `${path}.${key}` : key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node, `${path}.${index}`));
    }
  };
  walk(doc.contents as Node, '');
  return out;
}
