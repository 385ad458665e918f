import { commitFiles, readRepoState, type CommitResult } from '../git';
import type { SiteModel } from '../site/site-model';

/** What the gate needs of the open site. */
export type GateSite = Pick<SiteModel, 'collectionFor' | 'checkFile'>;

export interface GatedCommit {
  files: string[];
  message: string;
  /** The writer has seen the warnings and commits anyway. */
  confirmWarnings: boolean;
}

/**
 * Commit with its gate, the one use case the app (git.commit) and `postdesk commit` both run:
 * the content files among `files` are checked as they are on disk, which is what gets
 * committed (each in a worker under the site's time budget); errors block the commit,
 * warnings need the writer's confirmation.
 */
export function commitWithGate(root: string, site: GateSite, request: GatedCommit): Promise<CommitResult> {
  return commitFiles(root, {
    ...request,
    validate: async (paths) => (await Promise.all(paths.filter((p) => site.collectionFor(p)).map((p) => site.checkFile(p)))).flat(),
  });
}

/** What a commit takes when the writer names no files: every changed content file that is not in conflict. */
export async function changedContentFiles(root: string, site: Pick<SiteModel, 'collectionFor'>): Promise<{ isRepo: boolean; files: string[] }> {
  const state = await readRepoState(root);
  return { isRepo: state.isRepo, files: state.files.filter((f) => f.status !== 'conflicted' && site.collectionFor(f.path)).map((f) => f.path) };
}
