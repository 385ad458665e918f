import type { Workspace } from '../../core/app/workspace';
import { createWorkspace } from '../../core/app/workspace';
import { isUserError } from '../../core/user-error';
import { openSettingsStore, type SettingsStore } from '../../core/settings/settings-store';
import { isTrustedExternalUrl } from '../../core/security/trusted-url';
import { createEventBus, type EventBus } from './event-bus';
import type { HostCapabilities } from './host-capabilities';
import { createRouter, type Handlers, type Router } from './router';
import { gateUntilIndexed } from './index-gate';
import { describeSite, siteHandlers } from './site-handlers';
import { docHandlers } from './doc-handlers';
import { draftHandlers } from './draft-handlers';
import { gitHandlers } from './git-handlers';
import { createPushQueueService } from './push-queue-service';
import { syncHandlers } from './sync-handlers';
import { previewHandlers } from './preview-handlers';
import { createDraftJournal } from '../../core/drafts';
import { watchSite } from '../../core/app/site-watch';
import type { FolderWatch } from '../../core/files/watch-folder';
import { join } from 'node:path';
import { shutdownAnalyzePool } from '../../core/site/workers/analyze-pool';
import { useBuiltWorkers } from '../../core/site/workers/worker-files';

export interface BackendOptions {
  /** The app's own data folder (settings, draft journal); never inside a content folder. */
  dataDir: string;
  /** Opened on first run, when the writer has not chosen a folder yet. */
  sampleSiteDir: string;
  /** A folder given at launch (command line); wins over the remembered one. */
  initialFolder?: string;
  host: HostCapabilities;
  log?: (message: string, error?: unknown) => void;
}

export interface Backend {
  router: Router;
  /** Settles once the start folder is open (or could not be opened). */
  started: Promise<void>;
  events: EventBus;
  workspace: Workspace;
  settings: SettingsStore;
  /** Writes pending drafts and stops watching. */
  dispose(): Promise<void>;
}

/** The composition root: every service is built here, once, with its dependencies passed in. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  if (options.host.workerDir) useBuiltWorkers(options.host.workerDir);
  const settings = await openSettingsStore(options.dataDir);
  const events = createEventBus();
  let lastProgress = 0;
  const workspace: Workspace = createWorkspace({
    settings,
    session: () => ({
      cacheDir: join(options.dataDir, 'index-cache'),
      onProgress: (progress) => {
        // A few updates a second are enough for a progress line.
        const now = Date.now();
        if (now - lastProgress < 200 && progress.checked < progress.total) return;
        lastProgress = now;
        events.emit('site.indexProgress', progress);
      },
      onIndexed: () => {
        const site = workspace.current();
        if (site && site.progress() === null) events.emit('site.entriesChanged', { entries: site.entries() });
      },
      onError: (message, error) => log(message, error),
    }),
  });
  const pushQueue = createPushQueueService({ workspace, events });
  const preview = previewHandlers({ workspace, host: options.host });
  const journal = createDraftJournal(join(options.dataDir, 'journal'));

  // One watcher for the open site: the index follows the disk, and open buffers hear of it.
  let watch: Promise<FolderWatch | null> = Promise.resolve(null);
  workspace.onSiteOpened((site) => {
    const previous = watch;
    watch = previous
      .then((w) => w?.dispose())
      .then(() =>
        watchSite(
          site,
          {
            fileChanged: (file, hash) => events.emit('file.changedOnDisk', { file, hash }),
            indexChanged: () => {
              if (workspace.current() !== site) return;
              preview.filesChanged();
              events.emit('site.entriesChanged', { entries: site.entries() });
              events.emit('git.changed', {});
            },
          },
          (error) => log('watching the content folder failed', error),
        ),
      )
      .catch((error: unknown) => {
        log('the content folder cannot be watched; changes on disk are seen on reload only', error);
        return null;
      });
    preview.siteOpened();
    events.emit('site.opened', describeSite(site));
  });

  // Launch folder, else the last one, else the sample site; a failure is shown, not thrown.
  // Not awaited: the host starts serving at once, and app.state waits for the folder.
  let openError: string | undefined;
  const startFolder = options.initialFolder ?? settings.get().lastFolder ?? options.sampleSiteDir;
  const started = workspace.open(startFolder).then(
    () => undefined,
    (error: unknown) => {
      openError = isUserError(error) ? error.message : `Could not open "${startFolder}".`;
      if (!isUserError(error)) log('opening the start folder failed', error);
    },
  );

  const handlers: Handlers = {
    'app.state': async () => {
      await started;
      const site = workspace.current();
      return {
        host: options.host.kind,
        site: site ? describeSite(site) : null,
        openError: site ? undefined : openError,
        recentFolders: settings.get().recentFolders,
        sampleSite: options.sampleSiteDir,
        authorSlug: settings.get().authorSlug ?? null,
      };
    },
    ...siteHandlers({ workspace, settings }),
    ...docHandlers({ workspace, settings, journal }),
    ...draftHandlers({ workspace, journal }),
    ...gitHandlers({ workspace, events, queue: pushQueue }),
    ...syncHandlers({ workspace, events, queue: pushQueue }),
    ...preview.handlers,
    'host.pickFolder': async () => {
      if (!options.host.pickFolder) return { path: null, supported: false };
      return { path: await options.host.pickFolder(), supported: true };
    },
    'host.closeWindow': () => {
      if (!options.host.closeWindow) return { closed: false };
      options.host.closeWindow();
      return { closed: true };
    },
    'host.openExternal': async ({ url }) => ({
      opened: isTrustedExternalUrl(url) ? await options.host.openExternal(url) : false,
    }),
  };

  return {
    router: createRouter(gateUntilIndexed(handlers, workspace), (error) => log('internal error', error)),
    started,
    events,
    workspace,
    settings,
    async dispose() {
      pushQueue.dispose();
      await journal.dispose();
      await preview.dispose();
      await shutdownAnalyzePool();
      await (await watch)?.dispose();
      workspace.dispose();
    },
  };
}
