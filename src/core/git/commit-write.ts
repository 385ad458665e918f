import { GitProblem, type GitProblemCode } from './git-problem';
import { commitHooks } from './hooks-present';
import type { FileChange } from './parse-status';
import type { RepoInfo } from './repo-info';
import { execGit, problemFromOutcome, runGit, type GitOutcome } from './run-git';

/**
 * Records the working-tree content of `files` as one commit on HEAD and nothing else.
 *
 * When nothing else is staged, `git add` + `git commit` is the fastest correct way (about
 * half the cost of `commit --only` in a 10,000-file repository: --only writes two full
 * indexes). Otherwise `git commit --only` leaves the writer's other staged work alone.
 * Either way a failed commit is undone, so the index is as it was.
 */
export async function writeCommit(
  info: RepoInfo,
  files: FileChange[],
  message: string,
  stagedElsewhere: boolean,
): Promise<{ commit: string; files: string[] }> {
  const pathspecs = [...new Set(files.flatMap((f) => (f.from ? [f.path, f.from] : [f.path])))];
  const intentToAdd = files.some((f) => f.status === 'new' && !f.untracked && !f.staged);
  const simple = !stagedElsewhere && !intentToAdd && files.every((f) => !f.staged);
  const outcome = simple ? await addAndCommit(info, pathspecs, message) : await commitOnly(info, files, pathspecs, message);
  if ('problem' in outcome) throw outcome.problem;
  const { stdout } = await runGit(info.root, ['rev-parse', 'HEAD']);
  return { commit: stdout.trim(), files: pathspecs };
}

type Attempt = { ok: true } | { problem: GitProblem };

async function addAndCommit(info: RepoInfo, pathspecs: string[], message: string): Promise<Attempt> {
  await runGit(info.root, ['add', '--all', '--', ...pathspecs], { action: 'prepare the files' });
  const args = ['commit', '--quiet', '--cleanup=whitespace', '-m', message];
  const outcome = await execGit(info.root, args, { timeoutMs: COMMIT_TIMEOUT_MS });
  if (outcome.code === 0 && !outcome.spawnError) return { ok: true };
  // Nothing was staged for these paths before, so un-staging them restores the index exactly.
  await execGit(info.root, ['reset', '--quiet', '--', ...pathspecs]);
  return { problem: commitProblem(info, outcome, args) };
}

async function commitOnly(info: RepoInfo, files: FileChange[], pathspecs: string[], message: string): Promise<Attempt> {
  // `commit --only` refuses paths git has never seen; intent-to-add makes new files known
  // without staging their content, and is undone if the commit fails.
  const untracked = files.filter((f) => f.untracked).map((f) => f.path);
  if (untracked.length > 0) await runGit(info.root, ['add', '--intent-to-add', '--', ...untracked], { action: 'prepare the new files' });
  const args = ['commit', '--quiet', '--only', '--cleanup=whitespace', '-m', message, '--', ...pathspecs];
  const outcome = await execGit(info.root, args, { timeoutMs: COMMIT_TIMEOUT_MS });
  if (outcome.code === 0 && !outcome.spawnError) return { ok: true };
  if (untracked.length > 0) await execGit(info.root, ['update-index', '--force-remove', '--', ...untracked]);
  return { problem: commitProblem(info, outcome, args) };
}

/** Hooks may run a whole-site check (postdesk validate); give them time. */
const COMMIT_TIMEOUT_MS = 120_000;

const gitOwnFailures = new Set<GitProblemCode>(['git-missing', 'timeout', 'index-locked', 'no-identity', 'operation-in-progress', 'dubious-ownership', 'not-a-repo']);

function commitProblem(info: RepoInfo, outcome: GitOutcome, args: string[]): GitProblem {
  const problem = problemFromOutcome(outcome, args, 'commit');
  const hooks = commitHooks(info);
  // A hook prints whatever it likes (even words our patterns know), so with a hook present
  // only git's own failures keep their code.
  if (hooks.length > 0 && !gitOwnFailures.has(problem.code)) {
    const said = `${outcome.stderr}\n${outcome.stdout}`.trim().split('\n').slice(0, 12).join('\n');
    return new GitProblem(
      'hook-failed',
      `A check that runs before each commit in this repository (git hook: ${hooks.join(', ')}) refused the commit. Nothing was committed.${said ? `\n${said}` : ''}`,
      problem.gitOutput,
    );
  }
  return problem;
}
