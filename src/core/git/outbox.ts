import { requireRepo } from './repo-info';
import { execGit } from './run-git';

/** A local commit the remote does not have yet. */
export interface WaitingCommit {
  hash: string;
  subject: string;
  /** ISO date the commit was made. */
  date: string;
}

const LIMIT = 100;

/** The commits waiting to be pushed, newest first (at most 100). */
export async function listWaitingCommits(root: string): Promise<WaitingCommit[]> {
  const info = await requireRepo(root);
  const format = ['log', `-n${LIMIT}`, '--format=%H%x1f%s%x1f%cI'];
  let outcome = await execGit(info.root, [...format, '@{upstream}..HEAD'], { env: { GIT_OPTIONAL_LOCKS: '0' } });
  // Without an upstream (or before the first fetch), what no remote branch has.
  if (outcome.code !== 0) outcome = await execGit(info.root, [...format, 'HEAD', '--not', '--remotes'], { env: { GIT_OPTIONAL_LOCKS: '0' } });
  if (outcome.code !== 0) return [];
  return outcome.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash = '', subject = '', date = ''] = line.split('\x1f');
      return { hash, subject, date };
    });
}
