import { GitProblem } from './git-problem';
import { requireRepo } from './repo-info';
import { execGit, runGit } from './run-git';

export interface GitIdentity {
  name: string | null;
  email: string | null;
  /** Both are known: git can commit. */
  complete: boolean;
}

/** The author git will use here (repository, global or system config). */
export async function readIdentity(root: string): Promise<GitIdentity> {
  const info = await requireRepo(root);
  const outcome = await execGit(info.root, ['config', '--get-regexp', '^user\\.(name|email)$']);
  // git prints system, global then local values: the last one wins, as in git itself.
  let name: string | null = null;
  let email: string | null = null;
  for (const line of outcome.stdout.split('\n')) {
    const m = /^user\.(name|email) (.*)$/.exec(line);
    if (!m || !m[2]?.trim()) continue;
    if (m[1] === 'name') name = m[2].trim();
    else email = m[2].trim();
  }
  name = process.env.GIT_AUTHOR_NAME || name;
  email = process.env.GIT_AUTHOR_EMAIL || email;
  return { name, email, complete: Boolean(name && email) };
}

/** Stores the author in the repository's own config (asked once when git has none). */
export async function setIdentity(root: string, name: string, email: string): Promise<void> {
  const cleanName = name.trim();
  const cleanEmail = email.trim();
  if (!cleanName || /[<>\n]/.test(cleanName)) throw new GitProblem('no-identity', 'Please enter your name (without < > or line breaks).', '');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(cleanEmail)) throw new GitProblem('no-identity', 'Please enter a valid email address.', '');
  const info = await requireRepo(root);
  await runGit(info.root, ['config', '--local', 'user.name', cleanName], { action: 'save your name' });
  await runGit(info.root, ['config', '--local', 'user.email', cleanEmail], { action: 'save your email' });
}
