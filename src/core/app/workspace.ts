import type { SiteModel } from '../site/site-model';
import { UserError } from '../user-error';
import type { SettingsStore } from '../settings/settings-store';
import { openFolderAsSite } from './open-folder';

export interface Workspace {
  /** The open site, if any. */
  current(): SiteModel | null;
  /** The open site, or a writer-facing error saying to open one first. */
  require(): SiteModel;
  /** Opens a folder, replacing the current site only when the new one opened. */
  open(folder: string): Promise<SiteModel>;
  /** Registers a callback run whenever a different site becomes current. */
  onSiteOpened(listener: (site: SiteModel) => void): () => void;
  dispose(): void;
}

export function createWorkspace(deps: { settings: SettingsStore; cwd?: string }): Workspace {
  let site: SiteModel | null = null;
  const listeners = new Set<(site: SiteModel) => void>();

  return {
    current: () => site,
    require() {
      if (!site) throw new UserError('no-site-open', 'Open a content folder first (File → Open Folder…).');
      return site;
    },
    async open(folder) {
      const next = await openFolderAsSite(folder, deps.cwd);
      site?.dispose();
      site = next;
      await deps.settings.rememberFolder(next.info.root);
      for (const listener of listeners) listener(next);
      return next;
    },
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
