/**
 * A small line diff for "what differs" summaries (draft restore, conflict compare).
 * Common leading and trailing lines are trimmed first, so a typical edit costs little.
 */

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface DiffSummary {
  added: number;
  removed: number;
  /** Changed lines shown as "- old" / "+ new", at most `limit` of them. */
  preview: string[];
}

/** Larger middles are reported as "all removed, all added" instead of being aligned. */
const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n/g, '\n').split('\n');
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (lines: string[]) => lines.map((text): DiffLine => ({ kind: 'same', text }));
  return [...same(a.slice(0, head)), ...diffMiddle(midA, midB), ...same(a.slice(a.length - tail))];
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ kind: 'removed', text })), ...b.map((text): DiffLine => ({ kind: 'added', text }))];
  }
  // Longest common subsequence table, filled from the end.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      out.push({ kind: 'added', text: b[j]! });
      j += 1;
    } else {
      out.push({ kind: 'removed', text: a[i]! });
      i += 1;
    }
  }
  return out;
}

export function summarizeDiff(before: string, after: string, limit = 20): DiffSummary {
  const lines = lineDiff(before, after);
  const changed = lines.filter((l) => l.kind !== 'same');
  return {
    added: changed.filter((l) => l.kind === 'added').length,
    removed: changed.filter((l) => l.kind === 'removed').length,
    preview: changed.slice(0, limit).map((l) => `${l.kind === 'added' ? '+' : '-'} ${l.text}`),
  };
}
