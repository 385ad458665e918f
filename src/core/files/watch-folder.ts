/** Watches a content folder with @parcel/watcher, leaving out node_modules and .git. */
import watcher from '@parcel/watcher';
import { sep } from 'node:path';

export interface FolderChange {
  /** Absolute path. */
  path: string;
  type: 'create' | 'update' | 'delete';
}

export interface FolderWatch {
  dispose(): Promise<void>;
}

const IGNORED = ['node_modules', '.git'];

function isIgnored(path: string): boolean {
  return path.split(sep).some((segment) => IGNORED.includes(segment));
}

export async function watchFolder(
  root: string,
  onChange: (changes: FolderChange[]) => void,
  onError: (error: Error) => void = () => undefined,
): Promise<FolderWatch> {
  const subscription = await watcher.subscribe(
    root,
    (error, events) => {
      if (error) {
        onError(error);
        return;
      }
      const changes = events.filter((e) => !isIgnored(e.path)).map((e): FolderChange => ({ path: e.path, type: e.type }));
      if (changes.length > 0) onChange(changes);
    },
    { ignore: IGNORED.flatMap((name) => [name, `**/${name}`]) },
  );
  return { dispose: () => subscription.unsubscribe() };
}
