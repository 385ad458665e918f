import type { SourceBlock } from './source-blocks';

/**
 * A cheap guess of where raw HTML opened in block `from` is closed: counts start and end
 * tags (void elements aside) block by block until the count is back to zero. Only a guess
 * for where to start; the sentinel render decides.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?(\/?)>/g;
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const MAX_SCAN = 200;

export function predictUnitEnd(text: string, blocks: readonly SourceBlock[], from: number): number {
  let depth = 0;
  const limit = Math.min(blocks.length, from + MAX_SCAN);
  for (let i = from; i < limit; i++) {
    const block = blocks[i]!;
    const source = text.slice(block.start, block.end);
    if (source.includes('<')) {
      for (const match of source.matchAll(TAG)) {
        const name = match[2]!.toLowerCase();
        if (VOID.has(name) || match[3]) continue;
        depth += match[1] ? -1 : 1;
      }
    }
    if (depth <= 0) return i + 1;
  }
  return from + 1;
}
