import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../../api/contract/calls';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { ApiClient } from '../client/api-client';
import { PostList } from '../posts/PostList';
import { newestFirst } from '../posts/sort-entries';
import { defaultCollection } from '../posts/default-collection';
import { errorMessage } from './format';
import { OpenFolderForm } from './OpenFolderForm';

interface AppProps {
  client: ApiClient | null;
}

export function App({ client }: AppProps) {
  const [state, setState] = useState<AppState | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [openError, setOpenError] = useState<string>();
  const [showOpenForm, setShowOpenForm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [collection, setCollection] = useState<string>();

  useEffect(() => {
    if (!client) return;
    client.call('app.state', {}).then(
      (next) => {
        setState(next);
        setOpenError(next.openError);
        setShowOpenForm(!next.site);
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    );
  }, [client]);

  useEffect(() => {
    document.body.dataset.ready = state ? 'true' : 'false';
  }, [state]);

  const applySite = useCallback((site: OpenSite) => {
    setState((current) =>
      current ? { ...current, site, recentFolders: [site.info.root, ...current.recentFolders.filter((f) => f !== site.info.root)] } : current,
    );
    setCollection(undefined);
    setOpenError(undefined);
    setShowOpenForm(false);
  }, []);

  const openPath = useCallback(
    async (path: string) => {
      if (!client) return;
      setBusy(true);
      try {
        applySite(await client.call('site.open', { path }));
      } catch (error) {
        setOpenError(errorMessage(error));
        setShowOpenForm(true);
      } finally {
        setBusy(false);
      }
    },
    [client, applySite],
  );

  const chooseFolder = useCallback(async () => {
    if (!client) return;
    const picked = await client.call('host.pickFolder', {});
    if (!picked.supported) return setShowOpenForm(true);
    if (picked.path) await openPath(picked.path);
  }, [client, openPath]);

  if (!client) {
    return (
      <main className="pd-center">
        <h1>Postdesk</h1>
        <p role="alert">This page is not authorised. Open Postdesk with the URL printed by “npm run serve”.</p>
      </main>
    );
  }
  if (loadError) {
    return (
      <main className="pd-center">
        <h1>Postdesk</h1>
        <p role="alert">{loadError}</p>
      </main>
    );
  }
  if (!state) return <main className="pd-center" aria-busy="true">Loading…</main>;

  const site = state.site;
  const shownCollection = site ? (collection ?? defaultCollection(site.info.collections, site.entries)) : undefined;
  const entries = site ? site.entries.filter((e) => e.collection === shownCollection).sort(newestFirst) : [];

  return (
    <div className="pd-app">
      <header className="pd-toolbar">
        <h1 className="pd-app-name">Postdesk</h1>
        {site && <span className="pd-site-name" title={site.info.root}>{site.info.name}</span>}
        <span className="pd-spacer" />
        <button type="button" onClick={() => void chooseFolder()}>
          Open folder…
        </button>
      </header>
      {showOpenForm && (
        <OpenFolderForm
          recentFolders={state.recentFolders}
          error={openError}
          busy={busy}
          onOpen={(path) => void openPath(path)}
          onCancel={site ? () => setShowOpenForm(false) : undefined}
        />
      )}
      {site && (
        <main className="pd-main">
          <aside className="pd-sidebar" aria-label="Post list">
            <div className="pd-sidebar-head">
              <label htmlFor="pd-collection">Collection</label>
              <select id="pd-collection" value={shownCollection} onChange={(event) => setCollection(event.target.value)}>
                {site.info.collections.map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.label}
                  </option>
                ))}
              </select>
              <span className="pd-count" aria-live="polite">
                {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
              </span>
            </div>
            <PostList entries={entries} />
          </aside>
        </main>
      )}
    </div>
  );
}
