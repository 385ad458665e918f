import fs from 'node:fs';
import path from 'node:path';
import type { RepoInfo } from './repo-info';

/** Names of the commit-time hooks that are installed and executable. */
export function commitHooks(info: RepoInfo): string[] {
  return ['pre-commit', 'prepare-commit-msg', 'commit-msg'].filter((name) => {
    try {
      fs.accessSync(path.join(info.hooksDir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
