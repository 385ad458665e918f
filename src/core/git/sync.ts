import { GitProblem } from './git-problem';
import { progressSplitter, type GitProgress } from './progress';
import { requireRepo, type RepoInfo } from './repo-info';
import { withRepoLock } from './repo-lock';
import { describeSync, operationInProgress, readStateOf, type RepoState } from './repo-state';
import { execGit, problemFromOutcome, runGit } from './run-git';
import { readConflicts, type ConflictFile } from './conflicts';

export type ProgressListener = (progress: GitProgress) => void;

/** Network operations may take a while on a slow line, but never forever. */
const NETWORK_TIMEOUT_MS = 5 * 60_000;

export type PullResult =
  | { status: 'updated' | 'up-to-date'; state: RepoState; note?: string }
  | { status: 'offline'; message: string; state: RepoState }
  /** The rebase stopped on a conflict; call abortRebase to go back to how things were. */
  | { status: 'conflict'; message: string; files: ConflictFile[]; state: RepoState };

export type PushResult =
  | { status: 'pushed'; pushed: number; state: RepoState }
  | { status: 'up-to-date'; state: RepoState }
  | { status: 'offline'; message: string; state: RepoState };

function assertCanSync(state: RepoState, verb: string): void {
  if (state.operation) {
    throw new GitProblem('operation-in-progress', `A ${state.operation} is in progress. Finish or abort it before you ${verb}.`, '');
  }
  if (state.detached) {
    throw new GitProblem('detached-head', `The repository is not on a branch (detached HEAD), so there is nothing to ${verb}. Switch to a branch first.`, '');
  }
  if (!state.upstream) {
    throw new GitProblem(
      'no-upstream',
      `The branch ${state.branch ?? ''} is not connected to a remote branch, so there is nowhere to ${verb}. Connect it once with git (git push -u origin ${state.branch ?? '<branch>'}).`,
      '',
    );
  }
}

function offlineMessage(state: RepoState): string {
  const waiting = state.ahead > 0 ? ` ${describeSync({ ...state, behind: 0 })}.` : '';
  return `The remote repository cannot be reached (offline?). Nothing was lost: your commits stay on this computer.${waiting}`;
}

/**
 * Brings in the remote's commits: rebase (default) or fast-forward only. Uncommitted edits are
 * set aside and put back (--autostash), so the writer does not have to commit first.
 */
export function pull(root: string, onProgress?: ProgressListener, options: { mode?: 'rebase' | 'ff-only' } = {}): Promise<PullResult> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    const before = await readStateOf(info);
    assertCanSync(before, 'pull');
    const mode = options.mode === 'ff-only' ? ['--ff-only'] : ['--rebase', '--autostash'];
    const args = ['pull', '--progress', ...mode];
    const outcome = await execGit(info.root, args, {
      timeoutMs: NETWORK_TIMEOUT_MS,
      onStderr: onProgress ? progressSplitter(onProgress) : undefined,
      action: 'pull',
    });
    const state = await readStateOf(info);
    if (outcome.code === 0 && !outcome.spawnError) {
      const output = `${outcome.stdout}\n${outcome.stderr}`;
      const note = /Applying autostash resulted in conflicts/i.test(output)
        ? 'Your uncommitted changes could not be put back automatically; they are safe in the git stash (git stash pop).'
        : undefined;
      return { status: state.head === before.head ? 'up-to-date' : 'updated', state, ...(note ? { note } : {}) };
    }
    if (state.operation === 'rebase' || state.operation === 'merge') {
      const files = await readConflicts(info, state);
      return {
        status: 'conflict',
        message: `Your changes and the remote's changes touch the same lines in ${files.map((f) => f.path).join(', ') || 'some files'}. Nothing is lost: abort to go back to how things were before the pull.`,
        files,
        state,
      };
    }
    const problem = problemFromOutcome(outcome, args, 'pull');
    if (problem.code === 'offline') return { status: 'offline', message: offlineMessage(state), state };
    throw problem;
  });
}

/** Sends local commits to the upstream branch. */
export function push(root: string, onProgress?: ProgressListener): Promise<PushResult> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    const before = await readStateOf(info);
    assertCanSync(before, 'push');
    if (before.ahead === 0) return { status: 'up-to-date', state: await readStateOf(info) };
    const args = ['push', '--progress'];
    const outcome = await execGit(info.root, args, {
      timeoutMs: NETWORK_TIMEOUT_MS,
      onStderr: onProgress ? progressSplitter(onProgress) : undefined,
      action: 'push',
    });
    const state = await readStateOf(info);
    if (outcome.code === 0 && !outcome.spawnError) return { status: 'pushed', pushed: before.ahead, state };
    const problem = problemFromOutcome(outcome, args, 'push');
    if (problem.code === 'offline') return { status: 'offline', message: offlineMessage(state), state };
    throw problem;
  });
}

/** Updates what the repository knows of the remote (for "N new commits to pull"). */
export function fetchRemote(root: string, onProgress?: ProgressListener): Promise<{ status: 'fetched' | 'offline'; state: RepoState }> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    const args = ['fetch', '--progress'];
    const outcome = await execGit(info.root, args, {
      timeoutMs: NETWORK_TIMEOUT_MS,
      onStderr: onProgress ? progressSplitter(onProgress) : undefined,
    });
    const state = await readStateOf(info);
    if (outcome.code === 0 && !outcome.spawnError) return { status: 'fetched', state };
    const problem = problemFromOutcome(outcome, args, 'check the remote for changes');
    if (problem.code === 'offline') return { status: 'offline', state };
    throw problem;
  });
}

/**
 * Gives up a stopped pull (rebase), merge or cherry-pick and restores the branch, the index
 * and the uncommitted changes set aside by --autostash, exactly as before.
 */
export function abortRebase(root: string): Promise<RepoState> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    await abortOperation(info);
    return readStateOf(info);
  });
}

async function abortOperation(info: RepoInfo): Promise<void> {
  const op = operationInProgress(info);
  if (!op) return;
  await runGit(info.root, [op, '--abort'], { action: `abort the ${op}` });
}
