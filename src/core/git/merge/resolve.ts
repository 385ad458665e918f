import { GitProblem } from '../git-problem';
import { withRepoLock } from '../repo-lock';
import { requireRepo, toRootPath, type RepoInfo } from '../repo-info';
import { operationInProgress } from '../repo-state';
import { readConflictState, type ConflictState } from './conflict-state';
import { analyzeConflict, type AnalyzedConflict } from './file-conflict';
import { renderPlan, type PieceChoices } from './merge-plan';
import { checkResult, type ResultCheck, type ValidateText } from './result-check';
import { settle, type Settled } from './settle';
import { stageDisk, stageSide, stageText } from './stage-resolution';
import { listUnmerged } from './unmerged';

export type Resolution =
  /** A post merged piece by piece with the writer's choices; errors the merge made need `acceptErrors`. */
  | { kind: 'pieces'; choices: PieceChoices; acceptErrors?: boolean }
  /** One side's whole file (or its deletion). */
  | { kind: 'side'; side: 'mine' | 'theirs' }
  /** The file as it is on disk, resolved by hand elsewhere (refused while it holds conflict markers). */
  | { kind: 'disk' };

export interface ResolutionPreview {
  text: string;
  /** Conflicts still without a choice. */
  undecided: string[];
  check: ResultCheck;
}

async function findConflict(info: RepoInfo, file: string, planId: string, validate?: ValidateText): Promise<AnalyzedConflict> {
  const operation = operationInProgress(info);
  if (!operation) throw new GitProblem('nothing-to-commit', 'There is no merge or pull in progress any more: nothing to resolve.', '');
  const rel = toRootPath(info.root, file);
  const entry = (await listUnmerged(info)).inside.find((f) => f.path === rel);
  if (!entry) throw new GitProblem('nothing-to-commit', `${rel} is not in conflict (any more).`, '');
  const analyzed = await analyzeConflict(info, operation, entry, validate);
  if (analyzed.view.planId !== planId) {
    throw new GitProblem('conflict-unresolved', `The versions of ${rel} changed since the conflict view was shown (git was used meanwhile). Look at it again.`, '');
  }
  return analyzed;
}

async function previewOf(analyzed: AnalyzedConflict, choices: PieceChoices, validate?: ValidateText): Promise<ResolutionPreview> {
  if (!analyzed.plan) throw new GitProblem('conflict-unresolved', `${analyzed.view.path} can only be resolved by choosing one whole version.`, '');
  let rendered;
  try {
    rendered = renderPlan(analyzed.plan, choices);
  } catch (error) {
    throw new GitProblem('conflict-unresolved', error instanceof Error ? error.message : String(error), '');
  }
  const sides = [analyzed.view.mine.text, analyzed.view.theirs.text];
  return { text: rendered.text, undecided: rendered.undecided, check: await checkResult(analyzed.view.path, rendered.text, sides, validate) };
}

/** The text a set of choices gives, checked, without writing anything. */
export async function previewResolution(root: string, file: string, planId: string, choices: PieceChoices, validate?: ValidateText): Promise<ResolutionPreview> {
  const info = await requireRepo(root);
  return previewOf(await findConflict(info, file, planId, validate), choices, validate);
}

/** Writes and stages the writer's resolution of one file; returns what is left to resolve. */
export function resolveFile(root: string, file: string, planId: string, resolution: Resolution, validate?: ValidateText): Promise<ConflictState> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    const analyzed = await findConflict(info, file, planId, validate);
    const { path, mine, theirs, disk } = analyzed.view;
    const operation = operationInProgress(info)!;
    if (resolution.kind === 'side') {
      await stageSide(info, operation, path, resolution.side, (resolution.side === 'mine' ? mine : theirs).exists);
    } else if (resolution.kind === 'disk') {
      if (!disk.exists || disk.hasMarkers) throw new GitProblem('conflict-unresolved', `${path} still holds conflict markers on disk: choose a version here instead.`, '');
      await stageDisk(info, path);
    } else {
      const preview = await previewOf(analyzed, resolution.choices, validate);
      if (preview.undecided.length > 0) throw new GitProblem('conflict-unresolved', `Choose a version for every conflict in ${path} first (${preview.undecided.length} left).`, '');
      if (preview.check.problems.length > 0) throw new GitProblem('conflict-unresolved', preview.check.problems.join(' '), '');
      if (preview.check.newErrors.length > 0 && !resolution.acceptErrors) {
        throw new GitProblem('conflict-unresolved', `The result has ${preview.check.newErrors.length === 1 ? 'an error' : 'errors'} neither version had: ${preview.check.newErrors.map((d) => d.message).join('; ')}`, '');
      }
      await stageText(info, path, preview.text);
    }
    return readConflictState(info, validate);
  });
}

/** The conflict view of the repository as it is now (also when it was found mid-operation at open). */
export async function readConflicts(root: string, validate?: ValidateText): Promise<ConflictState> {
  return readConflictState(await requireRepo(root), validate);
}

/**
 * Goes on once the writer resolved every file: git continues, and later stops are merged the
 * same way; it stops again when a file needs the writer.
 */
export function continueOperation(root: string, validate?: ValidateText): Promise<Settled> {
  return withRepoLock(root, async () => {
    const info = await requireRepo(root);
    return settle(info, { validate, autoMerge: false });
  });
}
