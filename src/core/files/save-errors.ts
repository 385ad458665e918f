/** Turns file-system failures into sentences a writer can act on. */
import { basename, dirname } from 'node:path';

export class SaveError extends Error {
  constructor(
    /** Node's error code (ENOSPC, EACCES…), or 'UNKNOWN'. */
    readonly code: string,
    /** What to show the writer. */
    readonly writerMessage: string,
    options?: { cause?: unknown },
  ) {
    super(writerMessage, options);
    this.name = 'SaveError';
  }
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

const kept = 'Your text is still in Postdesk and the file on disk was not changed.';

/** A file whose own permission forbids writing: a save must not replace it through its folder. */
export function readOnlyFileError(path: string): SaveError {
  return new SaveError('EACCES', `${basename(path)} is read-only (its permissions do not allow changes), so it was not saved. ${kept}`);
}

export function describeWriteError(error: unknown, path: string): SaveError {
  const code = errorCode(error);
  const file = basename(path);
  const folder = dirname(path);
  const messages: Record<string, string> = {
    ENOSPC: `The disk is full, so ${file} was not saved. Free some space and save again. ${kept}`,
    EDQUOT: `Your disk quota is used up, so ${file} was not saved. Free some space and save again. ${kept}`,
    EACCES: `Postdesk is not allowed to write in ${folder}, so ${file} was not saved. Check the permissions of the file and its folder. ${kept}`,
    EPERM: `Postdesk is not allowed to write in ${folder}, so ${file} was not saved. Check the permissions of the file and its folder. ${kept}`,
    EROFS: `${folder} is on a read-only disk, so ${file} was not saved. ${kept}`,
    ENOENT: `The folder ${folder} no longer exists, so ${file} was not saved. Was it moved or deleted? ${kept}`,
    ENOTDIR: `The folder ${folder} no longer exists, so ${file} was not saved. Was it moved or deleted? ${kept}`,
    EISDIR: `${path} is a folder, not a file, so nothing was saved. ${kept}`,
    EBUSY: `${file} is in use by another program, so it was not saved. Close that program and save again. ${kept}`,
    EMFILE: `Too many files are open right now, so ${file} was not saved. Save again in a moment. ${kept}`,
  };
  const message = messages[code] ?? `${file} could not be saved (${(error as Error)?.message ?? String(error)}). ${kept}`;
  return new SaveError(code, message, { cause: error });
}
