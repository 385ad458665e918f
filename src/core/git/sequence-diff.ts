import { diffArrays } from 'diff';

export type EditKind = 'equal' | 'insert' | 'delete';

/** A run of equal, inserted or deleted items: a[aStart, aStart+length) or b[bStart, …). */
export interface Edit {
  kind: EditKind;
  aStart: number;
  bStart: number;
  length: number;
}

/** Beyond this many differences the middle is shown as replaced wholesale (bounded time and memory). */
const MAX_EDIT_DISTANCE = 2000;

/**
 * The shortest edit script between two token lists (lines, or a line's words), by the `diff`
 * package's Myers diff. The common head and tail are cut off first: a revision changes a
 * few places of a long post, and they cost nothing then.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): Edit[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const edits: Edit[] = [];
  push(edits, 'equal', 0, 0, pre);
  let x = pre;
  let y = pre;
  const changes = midA.length === 0 || midB.length === 0 ? undefined : diffArrays(midA, midB, { maxEditLength: MAX_EDIT_DISTANCE });
  if (changes) {
    for (const change of changes) {
      const kind: EditKind = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
      push(edits, kind, x, y, change.count);
      if (kind !== 'insert') x += change.count;
      if (kind !== 'delete') y += change.count;
    }
  } else {
    // One side is empty, or the sides differ beyond the limit: the middle is replaced.
    push(edits, 'delete', x, y, midA.length);
    push(edits, 'insert', x + midA.length, y, midB.length);
  }
  push(edits, 'equal', a.length - suf, b.length - suf, suf);
  return edits;
}

function push(edits: Edit[], kind: EditKind, aStart: number, bStart: number, length: number): void {
  if (length <= 0) return;
  const last = edits[edits.length - 1];
  if (last && last.kind === kind && last.aStart + (kind === 'insert' ? 0 : last.length) === aStart && last.bStart + (kind === 'delete' ? 0 : last.length) === bStart) {
    last.length += length;
    return;
  }
  edits.push({ kind, aStart, bStart, length });
}
