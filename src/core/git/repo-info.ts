import fs from 'node:fs';
import path from 'node:path';
import { GitProblem } from './git-problem';
import { execGit, problemFromOutcome } from './run-git';

/** Where the content root sits in its repository; asked once per root, then cached. */
export interface RepoInfo {
  root: string;
  toplevel: string;
  /** Content root relative to the toplevel, '' or ending in '/'. */
  prefix: string;
  gitDir: string;
  commonDir: string;
  hooksDir: string;
}

const cache = new Map<string, RepoInfo>();

/** Finds the repository of `root`; null when the folder is not in a git repository. */
export async function findRepo(root: string): Promise<RepoInfo | null> {
  const key = path.resolve(root);
  const cached = cache.get(key);
  if (cached && fs.existsSync(cached.gitDir)) return cached;
  cache.delete(key);
  if (!fs.existsSync(key)) throw new GitProblem('bad-path', `The folder ${key} does not exist.`, '');
  const args = ['rev-parse', '--show-toplevel', '--show-prefix', '--absolute-git-dir', '--git-common-dir', '--git-path', 'hooks'];
  const outcome = await execGit(key, args);
  if (outcome.code !== 0 || outcome.spawnError) {
    const problem = problemFromOutcome(outcome, args, 'open the repository');
    if (problem.code === 'not-a-repo') return null;
    throw problem;
  }
  const [toplevel = '', prefix = '', gitDir = '', commonDir = '', hooks = ''] = outcome.stdout.split('\n');
  const info: RepoInfo = {
    root: key,
    toplevel,
    prefix,
    gitDir,
    commonDir: path.resolve(key, commonDir),
    hooksDir: path.resolve(key, hooks),
  };
  cache.set(key, info);
  return info;
}

/** Like findRepo, but a missing repository is a problem the writer is told about. */
export async function requireRepo(root: string): Promise<RepoInfo> {
  const info = await findRepo(root);
  if (!info) {
    throw new GitProblem(
      'not-a-repo',
      'This folder is not a git repository yet. Postdesk can set one up (git init).',
      `fatal: not a git repository: ${path.resolve(root)}`,
    );
  }
  return info;
}

export function forgetRepo(root: string): void {
  cache.delete(path.resolve(root));
}

/** Path relative to the repository toplevel (as git prints it) → relative to the content root. */
export function fromTopPath(info: RepoInfo, topPath: string): string | null {
  if (!info.prefix) return topPath;
  return topPath.startsWith(info.prefix) ? topPath.slice(info.prefix.length) : null;
}

/**
 * Normalises a file given by a caller (relative to the root, or absolute) to a root-relative
 * path with forward slashes; throws when it points outside the content root.
 */
export function toRootPath(root: string, file: string): string {
  const abs = path.resolve(root, file);
  let rel = path.relative(path.resolve(root), abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    // The root may have been opened through a symlink (/tmp → /private/tmp on macOS).
    try {
      rel = path.relative(fs.realpathSync(root), fs.realpathSync(path.dirname(abs)));
      rel = path.join(rel, path.basename(abs));
    } catch {
      /* keep the first answer */
    }
  }
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new GitProblem('bad-path', `${file} is not inside the content folder ${root}.`, '');
  }
  return rel.split(path.sep).join('/');
}
