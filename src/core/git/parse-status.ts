export type FileStatus = 'new' | 'modified' | 'deleted' | 'renamed' | 'conflicted';

export interface FileChange {
  /** Path relative to the content root, forward slashes. */
  path: string;
  status: FileStatus;
  /** For a rename: the old path, relative to the content root. */
  from?: string;
  /** Part of the change is in the index (git add was run). */
  staged: boolean;
  /** Part of the change is only in the working tree. */
  unstaged: boolean;
  /** Git has never seen this file (not even with `git add -N`). */
  untracked?: boolean;
}

export interface StatusHeader {
  oid: string | null;
  branch: string | null;
  detached: boolean;
  upstream: string | null;
  ahead: number;
  behind: number;
}

export interface ParsedStatus {
  header: StatusHeader;
  /** Paths as git prints them: relative to the repository toplevel. */
  files: FileChange[];
}

function statusOf(x: string, y: string): FileStatus {
  if (x === 'A' || (x === '.' && y === 'A')) return y === 'D' ? 'deleted' : 'new';
  if (x === 'D' || y === 'D') return 'deleted';
  return 'modified';
}

/** Parses `git status --porcelain=v2 --branch -z` output. */
export function parsePorcelainV2(out: string): ParsedStatus {
  const header: StatusHeader = { oid: null, branch: null, detached: false, upstream: null, ahead: 0, behind: 0 };
  const files: FileChange[] = [];
  const records = out.split('\0');
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    if (!rec) continue;
    const kind = rec[0];
    if (kind === '#') {
      const [, key, ...rest] = rec.split(' ');
      const value = rest.join(' ');
      if (key === 'branch.oid') header.oid = value === '(initial)' ? null : value;
      else if (key === 'branch.head') {
        header.detached = value === '(detached)';
        header.branch = header.detached ? null : value;
      } else if (key === 'branch.upstream') header.upstream = value;
      else if (key === 'branch.ab') {
        const m = /^\+(\d+) -(\d+)$/.exec(value);
        if (m) {
          header.ahead = Number(m[1]);
          header.behind = Number(m[2]);
        }
      }
    } else if (kind === '1' || kind === '2' || kind === 'u') {
      const fieldCount = kind === '1' ? 8 : kind === '2' ? 9 : 10;
      const parts = splitFields(rec, fieldCount);
      const xy = parts[1] ?? '..';
      const x = xy[0] ?? '.';
      const y = xy[1] ?? '.';
      const filePath = parts[fieldCount] ?? '';
      if (kind === 'u') {
        files.push({ path: filePath, status: 'conflicted', staged: false, unstaged: true });
      } else if (kind === '2') {
        const from = records[++i] ?? '';
        files.push({ path: filePath, status: 'renamed', from, staged: true, unstaged: y !== '.' });
      } else {
        files.push({ path: filePath, status: statusOf(x, y), staged: x !== '.', unstaged: y !== '.' });
      }
    } else if (kind === '?') {
      files.push({ path: rec.slice(2), status: 'new', staged: false, unstaged: true, untracked: true });
    }
  }
  return { header, files };
}

/** Splits off `count` space-separated fields; the rest (a path, spaces allowed) is the last item. */
function splitFields(rec: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let n = 0; n < count; n++) {
    const next = rec.indexOf(' ', start);
    if (next < 0) break;
    out.push(rec.slice(start, next));
    start = next + 1;
  }
  out.push(rec.slice(start));
  return out;
}
