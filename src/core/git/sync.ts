import { GitProblem, isGitProblem } from './git-problem';
import type { ConflictState } from './merge/conflict-state';
import type { ValidateText } from './merge/result-check';
import { AUTOSTASH_NOTE, settle, type MergedFile } from './merge/settle';
import { progressSplitter, type GitProgress } from './progress';
import { requireRepo, type RepoInfo } from './repo-info';
import { withRepoLock } from './repo-lock';
import { describeSync, operationInProgress, readStateOf, type RepoState } from './repo-state';
import { execGit, problemFromOutcome, runGit } from './run-git';

export type ProgressListener = (progress: GitProgress) => void;

/** Network operations may take a while on a slow line, but never forever. */
const NETWORK_TIMEOUT_MS = 5 * 60_000;

export type PullResult =
  /** `merged`: conflicted posts the structured merge resolved on the way. */
  | { status: 'updated' | 'up-to-date'; state: RepoState; merged: MergedFile[]; note?: string }
  | { status: 'offline'; message: string; state: RepoState }
  /** The pull stopped on files that need the writer: resolve them, or abort to go back. */
  | { status: 'conflict'; message: string; merged: MergedFile[]; conflicts: ConflictState; state: RepoState };

export type PushResult =
  | { status: 'pushed'; pushed: number; state: RepoState; merged?: MergedFile[] }
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

export interface PullOptions {
  mode?: 'rebase' | 'ff-only';
  /** The site's validator: a merged post must not gain errors neither side had. */
  validate?: ValidateText;
}

/**
 * Brings in the remote's commits: rebase (default) or fast-forward only. Uncommitted edits are
 * set aside and put back (--autostash), so the writer does not have to commit first. When the
 * rebase stops on a conflict, the posts the structured merge resolves are merged and it goes
 * on; it stops only on what needs the writer.
 */
export function pull(root: string, onProgress?: ProgressListener, options: PullOptions = {}): Promise<PullResult> {
  return withRepoLock(root, () => pullLocked(root, onProgress, options));
}

async function pullLocked(root: string, onProgress: ProgressListener | undefined, options: PullOptions): Promise<PullResult> {
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
  if (outcome.code === 0 && !outcome.spawnError) {
    const state = await readStateOf(info);
    const note = /Applying autostash resulted in conflicts/i.test(`${outcome.stdout}\n${outcome.stderr}`) ? AUTOSTASH_NOTE : undefined;
    return { status: state.head === before.head ? 'up-to-date' : 'updated', state, merged: [], ...(note ? { note } : {}) };
  }
  if (operationInProgress(info)) {
    const settled = await settle(info, { validate: options.validate, autoMerge: true });
    const state = await readStateOf(info);
    if (settled.status === 'done') return { status: 'updated', state, merged: settled.merged, ...(settled.note ? { note: settled.note } : {}) };
    const files = settled.conflicts.files.map((f) => f.path).concat(settled.conflicts.outside);
    return {
      status: 'conflict',
      message: `Your changes and the remote's changes meet in ${files.join(', ') || 'some files'}: choose what to keep. Nothing is lost: abort to go back to how things were before the pull.`,
      merged: settled.merged,
      conflicts: settled.conflicts,
      state,
    };
  }
  const state = await readStateOf(info);
  const problem = problemFromOutcome(outcome, args, 'pull');
  if (problem.code === 'offline') return { status: 'offline', message: offlineMessage(state), state };
  throw problem;
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

export type PushOrMergeResult = PushResult | Extract<PullResult, { status: 'conflict' }>;

/**
 * Push; when the remote moved on (the push is rejected), pull with the structured merge and,
 * when that finishes by itself, push again. A merge that needs the writer stops there.
 */
export async function pushMerging(root: string, onProgress?: ProgressListener, options: { validate?: ValidateText } = {}): Promise<PushOrMergeResult> {
  try {
    return await push(root, onProgress);
  } catch (error) {
    if (!isGitProblem(error) || error.code !== 'push-rejected') throw error;
  }
  const pulled = await pull(root, onProgress, { validate: options.validate });
  if (pulled.status === 'conflict' || pulled.status === 'offline') return pulled;
  const pushed = await push(root, onProgress);
  return pushed.status === 'pushed' ? { ...pushed, merged: pulled.merged } : pushed;
}
