import { operationInProgress, type GitOperation } from '../repo-state';
import type { RepoInfo } from '../repo-info';
import { analyzeConflict, type AnalyzedConflict, type FileConflict } from './file-conflict';
import type { ValidateText } from './result-check';
import { listUnmerged } from './unmerged';

/** What the conflict view shows: the operation under way and every file it stopped on. */
export interface ConflictState {
  operation: GitOperation | null;
  files: FileConflict[];
  /** Conflicted files outside the content folder: resolve them with git, or abort. */
  outside: string[];
}

export async function analyzeAll(info: RepoInfo, validate?: ValidateText): Promise<{ operation: GitOperation | null; analyzed: AnalyzedConflict[]; outside: string[] }> {
  const operation = operationInProgress(info);
  if (!operation) return { operation, analyzed: [], outside: [] };
  const unmerged = await listUnmerged(info);
  const analyzed: AnalyzedConflict[] = [];
  // One file at a time: each may start git a few times, and a big merge must not start hundreds at once.
  for (const file of unmerged.inside) analyzed.push(await analyzeConflict(info, operation, file, validate));
  return { operation, analyzed, outside: unmerged.outside };
}

export async function readConflictState(info: RepoInfo, validate?: ValidateText): Promise<ConflictState> {
  const { operation, analyzed, outside } = await analyzeAll(info, validate);
  return { operation, files: analyzed.map((a) => a.view), outside };
}
