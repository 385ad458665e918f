import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { resolveContentPath } from '../../security/content-path';
import type { GitOperation } from '../repo-state';
import type { RepoInfo } from '../repo-info';
import { hasConflictMarkers } from './conflict-markers';
import { conflictsOf, renderPlan, type ConflictPiece, type MergeNotes, type MergePlan } from './merge-plan';
import { planPostMerge } from './post-merge';
import { checkPasses, checkResult, isPost, type ResultCheck, type ValidateText } from './result-check';
import { decodeText, readBlob, sidesOf, type UnmergedFile } from './unmerged';

export interface ConflictSide {
  exists: boolean;
  /** Not UTF-8 text (an image): only the whole file can be chosen. */
  binary: boolean;
  /** The text, when it is text and not too large to show. */
  text: string | null;
}

/** One conflicted file as the conflict view shows it. */
export interface FileConflict {
  path: string;
  kind: 'post' | 'file';
  /** Identifies the three versions; a resolution names it, so it never applies to other versions. */
  planId: string;
  base: ConflictSide;
  mine: ConflictSide;
  theirs: ConflictSide;
  /** Why only the whole file can be chosen (deleted on one side, not a post, not text); null for a post merged piece by piece. */
  wholeFileReason: string | null;
  /** The fields and blocks that need the writer (posts merged piece by piece). */
  conflicts: ConflictPiece[];
  notes: MergeNotes | null;
  /** With no conflicts left: why the merged text was not written by itself. */
  check: ResultCheck | null;
  disk: { exists: boolean; hasMarkers: boolean };
}

export interface AnalyzedConflict {
  view: FileConflict;
  plan: MergePlan | null;
  /** The merged text, when it needs nobody: no conflict and it passes the checks. */
  autoText: string | null;
}

const SHOWN_LIMIT = 512 * 1024;

async function side(info: RepoInfo, oid: string | null): Promise<{ summary: ConflictSide; text: string | null }> {
  if (!oid) return { summary: { exists: false, binary: false, text: null }, text: null };
  const bytes = await readBlob(info, oid);
  const text = decodeText(bytes);
  return { summary: { exists: true, binary: text === null, text: text !== null && text.length <= SHOWN_LIMIT ? text : null }, text };
}

async function diskState(info: RepoInfo, file: string): Promise<FileConflict['disk']> {
  try {
    const text = await fs.readFile(resolveContentPath(info.root, file), 'utf8');
    return { exists: true, hasMarkers: hasConflictMarkers(text) };
  } catch {
    return { exists: false, hasMarkers: false };
  }
}

export function planIdOf(file: UnmergedFile): string {
  const { 1: base = '-', 2: ours = '-', 3: theirs = '-' } = file.stages;
  return crypto.createHash('sha1').update(`${file.path}\0${base}\0${ours}\0${theirs}`).digest('hex').slice(0, 16);
}

function wholeFileReason(file: string, base: ConflictSide, mine: ConflictSide, theirs: ConflictSide): string | null {
  if (!mine.exists) return 'You deleted this file; the other side changed it.';
  if (!theirs.exists) return 'The other side deleted this file; you changed it.';
  if (mine.binary || theirs.binary || base.binary) return 'This file is not text (an image or another binary file).';
  if (!isPost(file)) return 'This file is not a post: choose one version of the whole file.';
  return null;
}

/** Reads the versions of one conflicted file and plans its merge. */
export async function analyzeConflict(info: RepoInfo, operation: GitOperation, file: UnmergedFile, validate?: ValidateText): Promise<AnalyzedConflict> {
  const blobs = sidesOf(operation, file);
  const [base, mine, theirs, disk] = await Promise.all([side(info, blobs.base), side(info, blobs.mine), side(info, blobs.theirs), diskState(info, file.path)]);
  const reason = wholeFileReason(file.path, base.summary, mine.summary, theirs.summary);
  const view: FileConflict = {
    path: file.path,
    kind: isPost(file.path) ? 'post' : 'file',
    planId: planIdOf(file),
    base: base.summary,
    mine: mine.summary,
    theirs: theirs.summary,
    wholeFileReason: reason,
    conflicts: [],
    notes: null,
    check: null,
    disk,
  };
  if (reason !== null || mine.text === null || theirs.text === null) return { view, plan: null, autoText: null };
  const plan = await planPostMerge(base.text, mine.text, theirs.text);
  view.conflicts = conflictsOf(plan);
  view.notes = plan.notes;
  if (view.conflicts.length > 0) return { view, plan, autoText: null };
  const text = renderPlan(plan).text;
  const check = await checkResult(file.path, text, [mine.text, theirs.text], validate);
  view.check = check;
  return { view, plan, autoText: checkPasses(check) ? text : null };
}
