import fs from 'node:fs';
import path from 'node:path';
import { tempPathFor } from '../files/temp-files';
import { resolveWritablePath, type WriteAreas } from '../security/write-policy';
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
 * Writes `data` to `relPath` under the root of `areas` (folders created as needed) and returns
 * the root-relative path actually written (different from `relPath` only with `unique`).
 * Only the site's write areas are written (see resolveWritablePath). Throws a
 * UserError('conflict') when the file exists and `unique` is off.
 */
export function writeNewFile(areas: WriteAreas, relPath: string, data: string | Uint8Array, options: WriteNewFileOptions = {}): string {
  const root = areas.root;
  const target = resolveWritablePath(areas, relPath);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = tempPathFor(target);
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
