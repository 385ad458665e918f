import { GitProblem } from '../git-problem';
import { operationInProgress, type GitOperation } from '../repo-state';
import type { RepoInfo } from '../repo-info';
import { execGit, problemFromOutcome } from '../run-git';
import { analyzeAll, type ConflictState } from './conflict-state';
import { describeMerge } from './merge-summary';
import type { ValidateText } from './result-check';
import { stageText } from './stage-resolution';
import { listUnmerged } from './unmerged';

export interface MergedFile {
  path: string;
  /** What was taken from whom, for the writer. */
  summary: string;
}

export type Settled =
  | { status: 'done'; merged: MergedFile[]; note?: string }
  | { status: 'stopped'; merged: MergedFile[]; conflicts: ConflictState };

export interface SettleOptions {
  validate?: ValidateText;
  /**
   * Write the merges that need nobody before asking. Off for the first round when the
   * operation was found in progress: the writer may be halfway through resolving it by hand.
   */
  autoMerge: boolean;
}

const AUTOSTASH_CONFLICT = /Applying autostash resulted in conflicts/i;
export const AUTOSTASH_NOTE = 'Your uncommitted changes could not be put back automatically; they are safe in the git stash (git stash pop).';
const EMPTY_STEP = /No changes|nothing to commit|nothing added to commit|is now empty|allow-empty|The previous cherry-pick is now empty/i;

/**
 * Carries a stopped rebase (or merge, cherry-pick, revert) to its end: at each stop, the
 * conflicted posts the structured merge resolves are written, checked and staged, and git
 * continues; it stops when a file needs the writer, and reports what it merged.
 */
export async function settle(info: RepoInfo, options: SettleOptions): Promise<Settled> {
  const merged: MergedFile[] = [];
  let note: string | undefined;
  let autoMerge = options.autoMerge;
  for (let round = 0; ; round++) {
    const operation = operationInProgress(info);
    if (!operation) return { status: 'done', merged, ...(note ? { note } : {}) };
    if (round > 10_000) throw new GitProblem('unknown', `The ${operation} does not move on. Abort it, or finish it with git.`, '');
    const { analyzed, outside } = await analyzeAll(info, options.validate);
    let waiting = outside.length > 0;
    for (const file of analyzed) {
      if (autoMerge && file.autoText !== null && file.view.notes) {
        await stageText(info, file.view.path, file.autoText);
        merged.push({ path: file.view.path, summary: describeMerge(file.view.notes) });
      } else waiting = true;
    }
    if (waiting) {
      const left = await analyzeAll(info, options.validate);
      return { status: 'stopped', merged, conflicts: { operation, files: left.analyzed.map((a) => a.view), outside: left.outside } };
    }
    autoMerge = true;
    const output = await continueStep(info, operation);
    if (AUTOSTASH_CONFLICT.test(output)) note = AUTOSTASH_NOTE;
  }
}

/** One step on: git's own "--continue" (a merge is concluded by committing it). */
async function continueStep(info: RepoInfo, operation: GitOperation): Promise<string> {
  const args = operation === 'merge' ? ['commit', '--no-edit'] : [operation, '--continue'];
  const outcome = await execGit(info.root, args, { action: `continue the ${operation}` });
  const output = `${outcome.stdout}\n${outcome.stderr}`;
  if (outcome.code === 0 && !outcome.spawnError) return output;
  if (operationInProgress(info) !== operation) return output;
  const unmerged = await listUnmerged(info);
  // It stopped again, at the next commit: the caller's next round looks at it.
  if (unmerged.inside.length + unmerged.outside.length > 0) return output;
  // The writer's choices made this commit empty (the other side already had it): skip it.
  if (EMPTY_STEP.test(output) && operation !== 'merge') {
    const skipped = await execGit(info.root, [operation, '--skip'], { action: `continue the ${operation}` });
    if (skipped.code === 0 || operationInProgress(info) !== operation || (await listUnmerged(info)).inside.length > 0) return `${skipped.stdout}\n${skipped.stderr}`;
    throw problemFromOutcome(skipped, [operation, '--skip'], `continue the ${operation}`);
  }
  throw problemFromOutcome(outcome, args, `continue the ${operation}`);
}
