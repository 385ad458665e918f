import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { contentHash } from '../files/content-hash';
import { resolveContentPath } from '../security/content-path';
import { watchFolder, type FolderWatch } from '../files/watch-folder';
import type { SiteModel } from '../site/site-model';

export interface SiteChangeListener {
  /** A file changed on disk; hash null when it was deleted. */
  fileChanged(file: string, hash: string | null): void;
  /** The index was updated after one or more changes. */
  indexChanged(): void;
}

/**
 * Keeps the open site's index in step with the disk (another editor, git pull) and tells the
 * hosts which files changed, so open buffers can reload or ask the writer.
 */
export async function watchSite(site: SiteModel, listener: SiteChangeListener, onError: (error: Error) => void): Promise<FolderWatch> {
  const root = site.info.root;
  return watchFolder(
    root,
    (changes) => {
      void (async () => {
        for (const change of changes) {
          const file = relative(root, change.path).split(sep).join('/');
          try {
            await site.refreshFile(file);
          } catch (error) {
            onError(error instanceof Error ? error : new Error(String(error)));
          }
          let hash: string | null = null;
          if (change.type !== 'delete') {
            try {
              hash = contentHash(await readFile(resolveContentPath(root, file)));
            } catch {
              hash = null;
            }
          }
          listener.fileChanged(file, hash);
        }
        listener.indexChanged();
      })();
    },
    onError,
  );
}
