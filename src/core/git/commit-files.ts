import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics';
import { writeCommit } from './commit-write';
import { GitProblem } from './git-problem';
import type { FileChange } from './parse-status';
import { fromTopPath, requireRepo, toRootPath, type RepoInfo } from './repo-info';
import { withRepoLock } from './repo-lock';
import { readStateOf } from './repo-state';
import { problemFromOutcome, runGit } from './run-git';

/** The validation gate; the site model's `validateFile`, injected so git does not depend on it. */
export type Validate = (files: string[]) => Diagnostic[] | Promise<Diagnostic[]>;

export interface CommitRequest {
  /** Root-relative or absolute paths. For a staged rename, the old path is added automatically. */
  files: string[];
  message: string;
  validate?: Validate;
  /** The writer has seen the warnings and wants to commit anyway. */
  confirmWarnings?: boolean;
}

export type CommitResult =
  | { status: 'committed'; commit: string; files: string[]; warnings: Diagnostic[] }
  /** Some files have errors: nothing was committed. `diagnostics` holds errors and warnings. */
  | { status: 'blocked'; diagnostics: Diagnostic[] }
  /** Only warnings: commit again with `confirmWarnings: true`. */
  | { status: 'needs-confirmation'; diagnostics: Diagnostic[] };

/**
 * Commits exactly the selected files (their working-tree content), whatever else is staged,
 * once they pass the validation gate. Git problems are thrown as GitProblem, and leave HEAD,
 * the index and the working tree as they were.
 */
export function commitFiles(root: string, request: CommitRequest): Promise<CommitResult> {
  return withRepoLock(root, () => commitLocked(root, request));
}

async function commitLocked(root: string, request: CommitRequest): Promise<CommitResult> {
  const info = await requireRepo(root);
  const message = request.message.trim();
  if (!message) throw new GitProblem('empty-message', 'Please write a commit message: one line saying what changed.', '');
  const selected = [...new Set(request.files.map((f) => toRootPath(info.root, f)))];
  if (selected.length === 0) throw new GitProblem('nothing-to-commit', 'Select at least one changed file to commit.', '');

  const changes = await changesFor(info, selected);
  const state = changes.state;
  if (state.operation) {
    throw new GitProblem(
      'operation-in-progress',
      `A ${state.operation} is in progress in this repository. Finish it or abort it before committing.`,
      '',
    );
  }
  if (state.detached) {
    throw new GitProblem(
      'detached-head',
      'The repository is not on a branch (detached HEAD), so a commit would not belong to any branch. Switch to a branch first (git switch main).',
      '',
    );
  }
  if (fs.existsSync(path.join(info.gitDir, 'index.lock'))) {
    throw problemFromOutcome({ stdout: '', stderr: `fatal: Unable to create '${path.join(info.gitDir, 'index.lock')}': File exists.`, code: 128 }, []);
  }
  const toCommit = changes.files;
  if (toCommit.length === 0) {
    throw new GitProblem('nothing-to-commit', 'The selected files have no changes to commit.', '');
  }
  const conflicted = toCommit.filter((f) => f.status === 'conflicted');
  if (conflicted.length > 0) {
    throw new GitProblem('operation-in-progress', `Resolve the conflict in ${conflicted.map((f) => f.path).join(', ')} first.`, '');
  }

  const present = toCommit.filter((f) => f.status !== 'deleted').map((f) => f.path);
  const diagnostics = request.validate && present.length > 0 ? await request.validate(present) : [];
  if (diagnostics.some((d) => d.severity === 'error')) return { status: 'blocked', diagnostics };
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0 && !request.confirmWarnings) return { status: 'needs-confirmation', diagnostics: warnings };

  const written = await writeCommit(info, toCommit, message, changes.stagedElsewhere);
  return { status: 'committed', commit: written.commit, files: written.files, warnings };
}

interface Changes {
  state: Awaited<ReturnType<typeof readStateOf>>;
  files: FileChange[];
  /** Something other than the selected files is in the index (staged by the writer). */
  stagedElsewhere: boolean;
}

/** Status of just the selected files, and what else is staged: cheap even with 10,000 posts. */
async function changesFor(info: RepoInfo, selected: string[]): Promise<Changes> {
  const [limited, staged] = await Promise.all([
    readStateOf(info, { paths: selected }),
    runGit(info.root, ['diff', '--cached', '--name-only', '--no-renames', '-z'], { env: { GIT_OPTIONAL_LOCKS: '0' } }),
  ]);
  let state = limited;
  // A staged new file may be the new name of a rename, which git only pairs up when it sees
  // both paths: look at the whole tree in that (rare) case.
  if (state.files.some((f) => f.status === 'new' && f.staged)) state = await readStateOf(info);
  const wanted = new Set(selected);
  const files = state.files.filter((f) => wanted.has(f.path) || (f.from !== undefined && wanted.has(f.from)));
  const stagedElsewhere = staged.stdout.split('\0').some((p) => p !== '' && !wanted.has(fromTopPath(info, p) ?? '\0'));
  return { state, files, stagedElsewhere };
}
