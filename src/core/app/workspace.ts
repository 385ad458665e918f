import type { SiteSession, SiteSessionOptions } from '../site/site-session';
import { UserError } from '../user-error';
import type { SettingsStore } from '../settings/settings-store';
import { openFolderAsSite } from './open-folder';

export interface Workspace {
  /** The open site, if any. */
  current(): SiteSession | null;
  /** The open site, or a writer-facing error saying to open one first. */
  require(): SiteSession;
  /** Opens a folder, replacing the current site only when the new one opened. */
  open(folder: string): Promise<SiteSession>;
  /** Resolves once no folder is being opened (whether it opened or not). */
  settled(): Promise<void>;
  /** Registers a callback run whenever a different site becomes current. */
  onSiteOpened(listener: (site: SiteSession) => void): () => void;
  dispose(): void;
}

/** `session`: how sites are opened (index cache folder, progress); the callbacks get the site they are about. */
export interface WorkspaceDeps {
  settings: SettingsStore;
  cwd?: string;
  session?: (folder: string) => SiteSessionOptions;
}

export function createWorkspace(deps: WorkspaceDeps): Workspace {
  let site: SiteSession | null = null;
  let opening: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(site: SiteSession) => void>();

  return {
    current: () => site,
    require() {
      if (!site) throw new UserError('no-site-open', 'Open a content folder first (File → Open Folder…).');
      return site;
    },
    open(folder) {
      const run = (async () => {
        const next = await openFolderAsSite(folder, deps.cwd, deps.session?.(folder));
        site?.dispose();
        site = next;
        await deps.settings.rememberFolder(next.info.root);
        for (const listener of listeners) listener(next);
        return next;
      })();
      opening = run.catch(() => undefined);
      return run;
    },
    settled: () => opening.then(() => undefined),
    onSiteOpened(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      site?.dispose();
      site = null;
      listeners.clear();
    },
  };
}
