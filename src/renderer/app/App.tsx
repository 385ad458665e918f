import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppState } from '../../api/contract/calls';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { ApiClient } from '../client/api-client';
import { errorMessage } from './format';
import { OpenFolderForm } from './OpenFolderForm';
import { SiteWorkspace } from './SiteWorkspace';
import { useTheme } from './theme';

interface AppProps {
  client: ApiClient | null;
}

export function App({ client }: AppProps) {
  const [state, setState] = useState<AppState | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [openError, setOpenError] = useState<string>();
  const [showOpenForm, setShowOpenForm] = useState(false);
  const [busy, setBusy] = useState(false);
  const theme = useTheme();
  // Asks about unsaved posts before another folder replaces the open one.
  const leaveGuard = useRef<((what: string) => Promise<boolean>) | null>(null);
  const setLeaveGuard = useCallback((guard: ((what: string) => Promise<boolean>) | null) => {
    leaveGuard.current = guard;
  }, []);

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
    setOpenError(undefined);
    setShowOpenForm(false);
  }, []);

  useEffect(() => client?.on('site.opened', applySite), [client, applySite]);

  const openPath = useCallback(
    async (path: string) => {
      if (!client) return;
      if (leaveGuard.current && !(await leaveGuard.current('opening another folder'))) return;
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
    try {
      const picked = await client.call('host.pickFolder', {});
      if (!picked.supported) return setShowOpenForm(true);
      if (picked.path) await openPath(picked.path);
    } catch (error) {
      setOpenError(errorMessage(error));
      setShowOpenForm(true);
    }
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

  const openForm = showOpenForm && (
    <OpenFolderForm
      recentFolders={state.recentFolders}
      error={openError}
      busy={busy}
      onOpen={(path) => void openPath(path)}
      onCancel={state.site ? () => setShowOpenForm(false) : undefined}
    />
  );

  if (!state.site) {
    return (
      <div className="pd-app">
        <header className="pd-toolbar">
          <h1 className="pd-app-name">Postdesk</h1>
          <span className="pd-spacer" />
          <button type="button" onClick={() => void chooseFolder()}>
            Open folder…
          </button>
        </header>
        {openForm}
      </div>
    );
  }

  return (
    <div className="pd-app">
      <SiteWorkspace
        key={state.site.info.root}
        client={client}
        site={state.site}
        authorSlug={state.authorSlug}
        dark={theme.dark}
        openFolderPanel={openForm || null}
        onOpenFolder={() => void chooseFolder()}
        onLeaveGuard={setLeaveGuard}
        onAuthorChange={(authorSlug) => setState((s) => (s ? { ...s, authorSlug } : s))}
        onToggleTheme={theme.toggle}
      />
    </div>
  );
}
