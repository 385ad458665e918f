export type EditKind = 'equal' | 'insert' | 'delete';

/** A run of equal, inserted or deleted items: a[aStart, aStart+length) or b[bStart, …). */
export interface Edit {
  kind: EditKind;
  aStart: number;
  bStart: number;
  length: number;
}

/** Beyond this many differences the middle is shown as replaced wholesale (bounded memory). */
const MAX_EDIT_DISTANCE = 2000;

/** Myers' O(ND) shortest edit script between two token lists. */
export function diffSequences(a: readonly string[], b: readonly string[]): Edit[] {
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const A = a.map(intern);
  const B = b.map(intern);
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const midA = A.slice(pre, A.length - suf);
  const midB = B.slice(pre, B.length - suf);
  const edits: Edit[] = [];
  push(edits, 'equal', 0, 0, pre);
  for (const e of middle(midA, midB)) push(edits, e.kind, e.aStart + pre, e.bStart + pre, e.length);
  push(edits, 'equal', A.length - suf, B.length - suf, suf);
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

function middle(a: number[], b: number[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    const out: Edit[] = [];
    push(out, 'delete', 0, 0, n);
    push(out, 'insert', n, 0, m);
    return out;
  }
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(off - d, off + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  return [
    { kind: 'delete', aStart: 0, bStart: 0, length: n },
    { kind: 'insert', aStart: n, bStart: 0, length: m },
  ];
}

function backtrack(trace: Int32Array[], n: number, m: number): Edit[] {
  const rev: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    if (x > startX) rev.push({ kind: 'equal', aStart: startX, bStart: startY, length: x - startX });
    if (down) rev.push({ kind: 'insert', aStart: prevX, bStart: prevY, length: 1 });
    else rev.push({ kind: 'delete', aStart: prevX, bStart: prevY, length: 1 });
    x = prevX;
    y = prevY;
  }
  if (x > 0) rev.push({ kind: 'equal', aStart: 0, bStart: 0, length: x });
  const out: Edit[] = [];
  for (let i = rev.length - 1; i >= 0; i--) {
    const e = rev[i]!;
    push(out, e.kind, e.aStart, e.bStart, e.length);
  }
  return out;
}
