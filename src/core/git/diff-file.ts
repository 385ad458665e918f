import fs from 'node:fs/promises';
import { resolveContentPath } from '../security/content-path';
import { requireRepo, toRootPath } from './repo-info';
import { execGit, problemFromOutcome } from './run-git';
import { diffTexts, type DiffRow } from './word-diff';

export interface FileDiff {
  /** Root-relative path of the working version. */
  path: string;
  /** Root-relative path the HEAD version was read from (differs for a rename). */
  from: string;
  /** Text in the last commit; '' for a new file. */
  headText: string;
  /** Text on disk; '' for a deleted file. */
  workingText: string;
  existsInHead: boolean;
  existsOnDisk: boolean;
  /** Binary files (images) get no rows. */
  binary: boolean;
  rows: DiffRow[];
  added: number;
  removed: number;
}

const isBinary = (buf: Buffer) => buf.subarray(0, 8000).includes(0);

export interface DiffFileOptions {
  /** The HEAD path to compare with (a rename's old name). */
  from?: string;
  /** How the rows are computed; the app passes one that runs off its main thread. */
  diff?: (before: string, after: string) => DiffRow[] | Promise<DiffRow[]>;
}

/** The committed and the working version of one file, and a line + word diff between them. */
export async function diffFile(root: string, file: string, options: DiffFileOptions = {}): Promise<FileDiff> {
  const info = await requireRepo(root);
  const rel = toRootPath(info.root, file);
  const from = options.from ? toRootPath(info.root, options.from) : rel;

  const head = await readHeadVersion(info.root, from);
  let working: Buffer | null = null;
  try {
    // The working file is read through the site's confinement: a link out of the site is refused.
    working = await fs.readFile(resolveContentPath(info.root, rel));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const binary = (head !== null && head.binary) || (working !== null && isBinary(working));
  const headText = head && !binary ? head.text : '';
  const workingText = working && !binary ? working.toString('utf8') : '';
  const rows = binary ? [] : await (options.diff ?? diffTexts)(headText, workingText);
  let added = 0;
  let removed = 0;
  for (const r of rows) {
    if (r.kind === 'added' || r.kind === 'changed') added++;
    if (r.kind === 'removed' || r.kind === 'changed') removed++;
  }
  return {
    path: rel,
    from,
    headText,
    workingText,
    existsInHead: head !== null,
    existsOnDisk: working !== null,
    binary,
    rows,
    added,
    removed,
  };
}

/** The file as committed in HEAD; null when it is not there (a new file, or no commit yet). */
async function readHeadVersion(root: string, rel: string): Promise<{ text: string; binary: boolean } | null> {
  const args = ['cat-file', '-p', `HEAD:./${rel}`];
  const outcome = await execGit(root, args);
  if (outcome.code === 0) return { text: outcome.stdout, binary: outcome.stdout.includes('\0') };
  if (!outcome.spawnError && /does not exist in|exists on disk, but not in|Not a valid object name|invalid object name|bad revision|ambiguous argument 'HEAD/i.test(outcome.stderr)) {
    return null;
  }
  throw problemFromOutcome(outcome, args, 'read the committed version');
}
