import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../user-error';

function inside(root: string, full: string): boolean {
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

export interface ConfinedPath {
  /** The absolute path as asked for (inside the root as written). */
  full: string;
  /**
   * Where it really leads: every existing part with its links resolved, the rest (a file not
   * written yet) appended. This is the file a read or a write touches.
   */
  real: string;
  /** The real root. */
  realRoot: string;
}

/**
 * The one gate for every path Postdesk reads, lists, diffs, searches or writes in a site.
 * Refuses `..`, absolute paths elsewhere, NUL, and links whose target lies outside the root
 * (or nowhere: a dangling link would let a write create a file wherever it points).
 */
export function confinePath(root: string, file: string): ConfinedPath {
  if (file.includes('\0')) throw new UserError('outside-root', `"${file.replace(/\0/g, '\\0')}" is not a file name.`);
  const full = isAbsolute(file) ? resolve(file) : resolve(root, file);
  if (!inside(resolve(root), full)) throw new UserError('outside-root', `"${file}" is outside the content folder.`);
  const realRoot = realpathOrSelf(resolve(root));
  // The file may not exist yet (a new post): resolve its nearest existing folder instead.
  const missing: string[] = [];
  let probe = full;
  for (;;) {
    let real: string | undefined;
    try {
      real = realpathSync.native(probe);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP') throw new UserError('io', `"${file}" could not be read (${code ?? 'unknown error'}).`);
      if (code === 'ELOOP' || isLink(probe)) throw new UserError('outside-root', `"${file}" leads through a link that points nowhere.`);
    }
    if (real !== undefined) {
      if (!inside(realRoot, real)) throw new UserError('outside-root', `"${file}" leads outside the content folder (through a link).`);
      return { full, real: missing.length ? join(real, ...missing.reverse()) : real, realRoot };
    }
    const parent = dirname(probe);
    if (parent === probe) return { full, real: full, realRoot };
    missing.push(basename(probe));
    probe = parent;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The absolute path of a file inside the content root (see confinePath); throws a UserError otherwise. */
export function resolveContentPath(root: string, file: string): string {
  return confinePath(root, file).full;
}

/** Whether `file` stays inside the root once its links are followed; never throws. */
export function staysInside(root: string, file: string): boolean {
  try {
    confinePath(root, file);
    return true;
  } catch {
    return false;
  }
}

/** A site file's text read through confinePath; undefined when it is missing, unreadable or leads out of the site. */
export function readSiteText(root: string, file: string): string | undefined {
  try {
    return readFileSync(resolveContentPath(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Root-relative path with forward slashes. */
export function toContentPath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}
