import type { RepoInfo } from './repo-info';
import type { RepoState } from './repo-state';
import { execGit } from './run-git';

export interface ConflictFile {
  /** Root-relative path. */
  path: string;
  /** The writer's version (the local commit being replayed); null if they deleted the file. */
  local: string | null;
  /** The remote's version; null if it was deleted there. */
  remote: string | null;
  /** The common ancestor's version; null if the file is new on both sides. */
  base: string | null;
}

async function stage(info: RepoInfo, n: 1 | 2 | 3, file: string): Promise<string | null> {
  const outcome = await execGit(info.root, ['cat-file', '-p', `:${n}:./${file}`]);
  return outcome.code === 0 ? outcome.stdout : null;
}

/**
 * Both versions of each conflicted file. During a rebase git's "ours" (stage 2) is the
 * remote branch being rebased onto and "theirs" (stage 3) the writer's own commit; during a
 * merge it is the other way round. The names here say whose it is.
 */
export async function readConflicts(info: RepoInfo, state: RepoState): Promise<ConflictFile[]> {
  const rebase = state.operation === 'rebase';
  const files = state.files.filter((f) => f.status === 'conflicted');
  return Promise.all(
    files.map(async (f) => {
      const [base, ours, theirs] = await Promise.all([stage(info, 1, f.path), stage(info, 2, f.path), stage(info, 3, f.path)]);
      return { path: f.path, local: rebase ? theirs : ours, remote: rebase ? ours : theirs, base };
    }),
  );
}
