import { writeFileAtomic } from '../../files/write-atomic';
import { resolveContentPath } from '../../security/content-path';
import type { GitOperation } from '../repo-state';
import type { RepoInfo } from '../repo-info';
import { runGit } from '../run-git';
import { checkoutFlag } from './unmerged';

/** Writes the merged text of a conflicted file (inside the content folder only) and marks it resolved. */
export async function stageText(info: RepoInfo, file: string, text: string): Promise<void> {
  await writeFileAtomic(resolveContentPath(info.root, file), text);
  await runGit(info.root, ['add', '--', file], { action: `mark ${file} as resolved` });
}

/** Takes one side's whole file: its content, or its deletion. */
export async function stageSide(info: RepoInfo, operation: GitOperation, file: string, side: 'mine' | 'theirs', exists: boolean): Promise<void> {
  resolveContentPath(info.root, file);
  if (!exists) {
    await runGit(info.root, ['rm', '-q', '--', file], { action: `remove ${file}` });
    return;
  }
  await runGit(info.root, ['checkout', checkoutFlag(operation, side), '--', file], { action: `take one version of ${file}` });
  await runGit(info.root, ['add', '--', file], { action: `mark ${file} as resolved` });
}

/** The writer resolved the file by hand (in another editor): keep it as it is on disk. */
export async function stageDisk(info: RepoInfo, file: string): Promise<void> {
  resolveContentPath(info.root, file);
  await runGit(info.root, ['add', '--', file], { action: `mark ${file} as resolved` });
}
