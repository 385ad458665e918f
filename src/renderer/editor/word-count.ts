import type { Text } from '@codemirror/state';
import { countWords, readingTimeMinutes, scanLines, START, type DocumentStats, type ScanState } from '../../shared/reading-time';

export { countWords, readingTimeMinutes, WORDS_PER_MINUTE, type DocumentStats } from '../../shared/reading-time';

interface NodeCount {
  words: number;
  state: ScanState;
}

const stateKey = (state: ScanState) => `${state.comment ? 'c' : ''}${state.fence ?? ''}`;
const nodeCounts = new WeakMap<Text, Map<string, NodeCount>>();

function countNode(node: Text, entry: ScanState): NodeCount {
  const key = stateKey(entry);
  let counts = nodeCounts.get(node);
  const cached = counts?.get(key);
  if (cached) return cached;
  let result: NodeCount;
  if (node.children) {
    result = { words: 0, state: entry };
    for (const child of node.children) {
      const part = countNode(child, result.state);
      result = { words: result.words + part.words, state: part.state };
    }
  } else {
    result = scanLines(node.iterLines(), entry);
  }
  if (!counts) nodeCounts.set(node, (counts = new Map()));
  counts.set(key, result);
  return result;
}

/**
 * `countWords` of an editor document, remembered per piece of CodeMirror's document tree
 * (children of a Text node hold whole lines). An edit replaces only the pieces on the path
 * to the changed lines, so recounting after a keystroke rescans a few dozen lines.
 */
export function countWordsInDoc(doc: Text): number {
  return countNode(doc, START).words;
}

export function documentStats(markdown: string | Text): DocumentStats {
  const words = typeof markdown === 'string' ? countWords(markdown) : countWordsInDoc(markdown);
  return { words, readingMinutes: readingTimeMinutes(words) };
}
