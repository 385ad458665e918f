import path from 'node:path';
import { forgetRepo } from './repo-info';
import { runGit } from './run-git';

/** `git init` in the content folder, for a folder that is not a repository yet. */
export async function initRepo(root: string): Promise<void> {
  await runGit(path.resolve(root), ['init', '--quiet'], { action: 'create the repository' });
  forgetRepo(root);
}
