import fs from 'node:fs';
import path from 'node:path';
import { parsePorcelainV2, type FileChange } from './parse-status';
import { findRepo, fromTopPath, type RepoInfo } from './repo-info';
import { runGit } from './run-git';

export type GitOperation = 'merge' | 'rebase' | 'cherry-pick' | 'revert';

export interface RepoState {
  isRepo: boolean;
  /** Current branch; null when detached or not a repository. */
  branch: string | null;
  detached: boolean;
  /** Commit HEAD points at; null before the first commit. */
  head: string | null;
  /** e.g. 'origin/main'; null when the branch tracks nothing. */
  upstream: string | null;
  /** Local commits not on the upstream yet (waiting to be pushed). */
  ahead: number;
  /** Upstream commits not pulled yet (as of the last fetch). */
  behind: number;
  operation: GitOperation | null;
  /** Changed files under the content root, paths relative to it. */
  files: FileChange[];
}

export const notARepo: RepoState = {
  isRepo: false,
  branch: null,
  detached: false,
  head: null,
  upstream: null,
  ahead: 0,
  behind: 0,
  operation: null,
  files: [],
};

export function operationInProgress(info: RepoInfo): GitOperation | null {
  const has = (name: string) => fs.existsSync(path.join(info.gitDir, name));
  if (has('rebase-merge') || has('rebase-apply')) return 'rebase';
  if (has('MERGE_HEAD')) return 'merge';
  if (has('CHERRY_PICK_HEAD')) return 'cherry-pick';
  if (has('REVERT_HEAD')) return 'revert';
  return null;
}

export interface ReadStateOptions {
  /** Only report these files (root-relative); makes the call cheap in a large repository. */
  paths?: string[];
}

/**
 * Branch, sync position and changed files in one `git status` call. Read-only: with
 * GIT_OPTIONAL_LOCKS=0 it never takes the index lock, so it cannot collide with a commit
 * the writer runs in a terminal at the same time.
 */
export async function readRepoState(root: string, options: ReadStateOptions = {}): Promise<RepoState> {
  const info = await findRepo(root);
  if (!info) return { ...notARepo, files: [] };
  return readStateOf(info, options);
}

export async function readStateOf(info: RepoInfo, options: ReadStateOptions = {}): Promise<RepoState> {
  const pathspecs = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const { stdout } = await runGit(
    info.root,
    ['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all', '--', ...pathspecs],
    { env: { GIT_OPTIONAL_LOCKS: '0' }, action: 'read the repository status' },
  );
  const parsed = parsePorcelainV2(stdout);
  const files: FileChange[] = [];
  for (const f of parsed.files) {
    const p = fromTopPath(info, f.path);
    if (p === null) continue;
    const change: FileChange = { ...f, path: p };
    if (f.from !== undefined) {
      const from = fromTopPath(info, f.from);
      if (from === null) {
        change.status = 'new';
        delete change.from;
      } else change.from = from;
    }
    files.push(change);
  }
  return {
    isRepo: true,
    branch: parsed.header.branch,
    detached: parsed.header.detached,
    head: parsed.header.oid,
    upstream: parsed.header.upstream,
    ahead: parsed.header.ahead,
    behind: parsed.header.behind,
    operation: operationInProgress(info),
    files,
  };
}

/** One line for the status bar: what sync would do. */
export function describeSync(state: RepoState): string {
  if (!state.isRepo) return 'Not a git repository';
  if (state.operation) return `A ${state.operation} is in progress`;
  if (state.detached) return 'Not on a branch (detached HEAD)';
  if (!state.upstream) return state.ahead > 0 ? plural(state.ahead, 'local commit') : 'Not connected to a remote branch';
  const parts: string[] = [];
  if (state.ahead > 0) parts.push(`${plural(state.ahead, 'commit')} waiting to be pushed`);
  if (state.behind > 0) parts.push(`${plural(state.behind, 'new commit')} to pull`);
  return parts.length ? parts.join(', ') : 'Up to date';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
