import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../user-error';

function inside(root: string, full: string): boolean {
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The absolute path of a file inside the content root. Refuses `..`, absolute paths elsewhere
 * and symlinks whose target lies outside the root, so no call can read or write beyond it.
 */
export function resolveContentPath(root: string, file: string): string {
  const full = isAbsolute(file) ? resolve(file) : resolve(root, file);
  if (!inside(resolve(root), full)) throw new UserError('outside-root', `"${file}" is outside the content folder.`);
  const realRoot = realpathOrSelf(root);
  // The file may not exist yet (a new post): check the nearest existing folder instead.
  let probe = full;
  for (;;) {
    try {
      const real = realpathSync(probe);
      if (!inside(realRoot, real)) throw new UserError('outside-root', `"${file}" leads outside the content folder (through a link).`);
      break;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const parent = dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return full;
}

/** Root-relative path with forward slashes. */
export function toContentPath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}
