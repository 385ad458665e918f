import { isGitProblem } from '../../core/git';
import { UserError } from '../../core/user-error';

/** Git failures reach the writer as one clear sentence, with git's own words as detail. */
export async function explained<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isGitProblem(error)) throw new UserError('git', error.message, error.gitOutput || undefined, error.code);
    throw error;
  }
}
