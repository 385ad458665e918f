import type { SiteInfo } from '../../shared/site-model';

interface WorkspaceToolbarProps {
  site: SiteInfo;
  dark: boolean;
  /** Whether the site has monthly update posts (the button is shown only then). */
  monthlyUpdates: boolean;
  onNewPost(): void;
  onNewMonthlyUpdate(): void;
  onOpenFolder(): void;
  onSettings(): void;
  onHelp(): void;
  onToggleTheme(): void;
}

/** The bar at the top: the app, the open site, and the workspace's buttons. */
export function WorkspaceToolbar({ site, dark, monthlyUpdates, onNewPost, onNewMonthlyUpdate, onOpenFolder, onSettings, onHelp, onToggleTheme }: WorkspaceToolbarProps) {
  return (
    <header className="pd-toolbar">
      <h1 className="pd-app-name">Postdesk</h1>
      <span className="pd-site-name" title={site.root}>
        {site.name}
      </span>
      <span className="pd-spacer" />
      <button type="button" onClick={onNewPost}>
        New post
      </button>
      {monthlyUpdates && (
        <button type="button" onClick={onNewMonthlyUpdate}>
          New monthly update
        </button>
      )}
      <button type="button" onClick={onOpenFolder}>
        Open folder…
      </button>
      <button type="button" onClick={onSettings}>
        Settings
      </button>
      <button type="button" onClick={onHelp} title="Help (F1)">
        Help
      </button>
      <button type="button" aria-label={dark ? 'Switch to light mode' : 'Switch to dark mode'} onClick={onToggleTheme}>
        {dark ? '☀' : '☾'}
      </button>
    </header>
  );
}
