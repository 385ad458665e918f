import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../user-error';
import { uniqueFileName } from './file-name-pattern';

/**
 * Creates a file that did not exist, atomically and without ever replacing another one:
 * the content goes to a temp file first, which is then hard-linked to its name (a link
 * fails when the name is taken, where a rename would silently replace it). A reader never
 * sees a half-written file, and a crash leaves at most a stray temp file.
 */

export interface WriteNewFileOptions {
  /** When the name is taken, use name-2.ext, name-3.ext… instead of failing. */
  unique?: boolean;
}

/** Resolves a root-relative path, refusing anything that would land outside the root. */
export function resolveInsideRoot(root: string, relPath: string): string {
  const absRoot = path.resolve(root);
  const abs = path.resolve(absRoot, relPath);
  const rel = path.relative(absRoot, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UserError('outside-root', `"${relPath}" is outside the content folder.`);
  }
  return abs;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function linkNoClobber(temp: string, target: string): boolean {
  try {
    fs.linkSync(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some file systems (FAT, some network shares) have no hard links: fall back to an
    // exclusive check and a rename, which is atomic but has a tiny race window.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') {
      if (fs.existsSync(target)) return false;
      fs.renameSync(temp, target);
      return true;
    }
    throw error;
  }
}

/**
 * Writes `data` to `relPath` under `root` (folders created as needed) and returns the
 * root-relative path actually written (different from `relPath` only with `unique`).
 * Throws a UserError('conflict') when the file exists and `unique` is off.
 */
export function writeNewFile(root: string, relPath: string, data: string | Uint8Array, options: WriteNewFileOptions = {}): string {
  const target = resolveInsideRoot(root, relPath);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temp, data, { flag: 'wx' });
  try {
    const ext = path.extname(target);
    const base = path.basename(target, ext);
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = attempt === 0 ? path.basename(target) : uniqueFileName(base, ext, fs.readdirSync(dir));
      const candidate = path.join(dir, name);
      if (linkNoClobber(temp, candidate)) return toPosix(path.relative(path.resolve(root), candidate));
      if (!options.unique) {
        throw new UserError('conflict', `"${relPath}" already exists; Postdesk never replaces an existing file.`);
      }
    }
    throw new UserError('conflict', `Could not find a free name for "${relPath}".`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
