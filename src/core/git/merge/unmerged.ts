import { execFile } from 'node:child_process';
import type { GitOperation } from '../repo-state';
import { fromTopPath, type RepoInfo } from '../repo-info';
import { gitEnv, runGit } from '../run-git';

/** A file git could not merge: the blob of each stage it has (1 base, 2 "ours", 3 "theirs"). */
export interface UnmergedFile {
  /** Relative to the content root. */
  path: string;
  stages: { 1?: string; 2?: string; 3?: string };
}

export interface UnmergedList {
  inside: UnmergedFile[];
  /** Conflicted files outside the content folder (repository-relative): Postdesk does not touch them. */
  outside: string[];
}

/** Every unmerged index entry of the repository, grouped by file. */
export async function listUnmerged(info: RepoInfo): Promise<UnmergedList> {
  const { stdout } = await runGit(info.toplevel, ['ls-files', '-u', '-z'], { action: 'list the conflicted files' });
  const byPath = new Map<string, UnmergedFile['stages']>();
  for (const record of stdout.split('\0')) {
    const m = /^\d+ ([0-9a-f]+) ([123])\t(.+)$/s.exec(record);
    if (!m) continue;
    const stages = byPath.get(m[3]!) ?? {};
    stages[Number(m[2]) as 1 | 2 | 3] = m[1]!;
    byPath.set(m[3]!, stages);
  }
  const list: UnmergedList = { inside: [], outside: [] };
  for (const [topPath, stages] of byPath) {
    const path = fromTopPath(info, topPath);
    if (path === null) list.outside.push(topPath);
    else list.inside.push({ path, stages });
  }
  return list;
}

export interface SideBlobs {
  base: string | null;
  mine: string | null;
  theirs: string | null;
}

/**
 * Whose is which. During a rebase git's "ours" (stage 2) is the branch being rebased onto (the
 * remote's commits) and "theirs" (stage 3) the writer's own commit being replayed; during a
 * merge, cherry-pick or revert it is the other way round.
 */
export function sidesOf(operation: GitOperation, file: UnmergedFile): SideBlobs {
  const rebase = operation === 'rebase';
  return {
    base: file.stages[1] ?? null,
    mine: (rebase ? file.stages[3] : file.stages[2]) ?? null,
    theirs: (rebase ? file.stages[2] : file.stages[3]) ?? null,
  };
}

/** The stage checkout calls `--ours` / `--theirs` for the writer's side. */
export function checkoutFlag(operation: GitOperation, side: 'mine' | 'theirs'): '--ours' | '--theirs' {
  const rebase = operation === 'rebase';
  return (side === 'mine') !== rebase ? '--ours' : '--theirs';
}

export function readBlob(info: RepoInfo, oid: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', ['cat-file', 'blob', oid], { cwd: info.root, env: gitEnv(), encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 30_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a blob, or null when it is not UTF-8 text (an image, another encoding). */
export function decodeText(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8000).includes(0)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
