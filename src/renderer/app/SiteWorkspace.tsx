import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { ApiClient } from '../client/api-client';
import { flushPendingDrafts } from '../form/pending-drafts';
import { ConflictGate } from '../git/ConflictGate';
import { useConflictView } from '../git/use-conflict-view';
import { useRepoState } from '../git/use-repo-state';
import { defaultCollection } from '../posts/default-collection';
import { emptyFilter, type EntryFilter } from '../posts/filter-entries';
import { useEntries } from '../posts/use-entries';
import { EditorArea, type EditorAreaHandle } from '../workspace/EditorArea';
import { Tabs } from '../workspace/Tabs';
import { schemaFeatures } from './schema-features';
import { useUnsavedChangesDialog } from './UnsavedChangesDialog';
import { useAppCommands } from './use-app-commands';
import { useAppExit } from './use-app-exit';
import { useLeaveGuards } from './use-leave-guards';
import { useNotice } from './use-notice';
import { usePostCreation } from './use-post-creation';
import { useRelations } from './use-relations';
import { useSiteProblems } from './use-site-problems';
import { useDocuments } from './use-store';
import { useWorkspaceStore } from './use-workspace-store';
import { WorkspaceBanners } from './WorkspaceBanners';
import { WorkspaceBottomPanel, type BottomPanel } from './WorkspaceBottomPanel';
import { WorkspaceDialogs, type WorkspaceDialog } from './WorkspaceDialogs';
import { WorkspaceSidebar } from './WorkspaceSidebar';
import { WorkspaceToolbar } from './WorkspaceToolbar';

interface SiteWorkspaceProps {
  client: ApiClient;
  site: OpenSite;
  authorSlug: string | null;
  dark: boolean;
  /** The open-folder form of the browser host, shown above the workspace when open. */
  openFolderPanel: ReactNode;
  onOpenFolder(): void;
  /** Gives the app what to ask before the open posts go away (another folder is opened). */
  onLeaveGuard(guard: ((what: string) => Promise<boolean>) | null): void;
  onAuthorChange(slug: string | null): void;
  onToggleTheme(): void;
}

/** One open site: the state its regions share, and the regions (toolbar, post list, editor, panels, dialogs). */
export function SiteWorkspace({ client, site, authorSlug, dark, openFolderPanel, onOpenFolder, onLeaveGuard, onAuthorChange, onToggleTheme }: SiteWorkspaceProps) {
  const { notice, showError, announce, report, dismiss } = useNotice();
  const store = useWorkspaceStore(client, showError, report);
  const { docs, active } = useDocuments(store);
  const activeDoc = docs.find((d) => d.file === active);

  const { entries, checking, refreshEntries } = useEntries(client, site);
  const [filter, setFilter] = useState<EntryFilter>(() => ({ ...emptyFilter, collection: defaultCollection(site.info.collections, site.entries) }));
  const features = useMemo(() => schemaFeatures(site.info.collections), [site.info.collections]);
  const [dialog, setDialog] = useState<WorkspaceDialog>('none');
  const closeDialog = useCallback(() => setDialog('none'), []);
  const [bottomPanel, setBottomPanel] = useState<BottomPanel | null>('problems');
  const unsaved = useUnsavedChangesDialog();
  const editorArea = useRef<EditorAreaHandle>(null);
  const problems = useSiteProblems(client, store, activeDoc?.diagnostics, editorArea, report);
  const relations = useRelations(client, site);
  const repo = useRepoState(client);
  const refreshRepo = repo.refresh;
  const conflictView = useConflictView(repo.state);

  const titleOf = useCallback((file: string) => entries.find((e) => e.file === file)?.title || file.split('/').pop() || file, [entries]);
  const restored = docs.filter((d) => d.restoredAt).map((d) => d.file);

  const openFile = useCallback(
    (file: string) => {
      store.open(file).catch(report);
    },
    [store, report],
  );

  const { forgetSiteProblems } = problems;
  const afterSave = useCallback(() => {
    refreshEntries();
    refreshRepo();
    forgetSiteProblems();
  }, [refreshEntries, refreshRepo, forgetSiteProblems]);

  const save = useCallback(async () => {
    if (!active) return;
    if ((await store.save(active)) === 'saved') afterSave();
  }, [active, store, afterSave]);

  const flush = useCallback(() => {
    editorArea.current?.flush();
    flushPendingDrafts();
  }, []);
  const guards = useLeaveGuards({ store, flush, ask: unsaved.ask, titleOf, onSaved: afterSave });
  const { leaveAll, closeTab } = guards;

  useAppExit({ client, store, flush, leaveAll, onLeaveGuard });

  const { createPost, createMonthlyUpdate } = usePostCreation(client, store, site.info.collections, refreshEntries, announce, report);

  useAppCommands(client, {
    flush,
    save: () => void save(),
    quickOpen: () => setDialog('quick-open'),
    openFolder: onOpenFolder,
    newPost: () => setDialog('new-post'),
    newMonthlyUpdate: () => void createMonthlyUpdate(),
    showProblems: () => setBottomPanel('problems'),
    showChanges: () => setBottomPanel('changes'),
    closeTab: () => {
      if (active) void closeTab(active);
    },
    togglePreview: () => editorArea.current?.togglePreview(),
    help: () => setDialog('about'),
  });

  return (
    <>
      <WorkspaceToolbar
        site={site.info}
        dark={dark}
        monthlyUpdates={features.monthlyUpdates}
        onNewPost={() => setDialog('new-post')}
        onNewMonthlyUpdate={() => void createMonthlyUpdate()}
        onOpenFolder={onOpenFolder}
        onSettings={() => setDialog('settings')}
        onHelp={() => setDialog('about')}
        onToggleTheme={onToggleTheme}
      />
      {openFolderPanel}
      <WorkspaceBanners notice={notice} onDismissNotice={dismiss} restored={restored} titleOf={titleOf} />
      <main className="pd-main">
        <WorkspaceSidebar
          client={client}
          site={site}
          entries={entries}
          checking={checking}
          filter={filter}
          onFilterChange={setFilter}
          features={features}
          authorName={relations.authorName}
          docs={docs}
          active={active}
          repoState={repo.state}
          onOpen={openFile}
        />
        <section className="pd-work" aria-label="Editor" data-conflicts={conflictView.open ? 'open' : undefined}>
          <ConflictGate client={client} entries={entries} repo={repo} view={conflictView} onFinished={(text) => (announce(text), refreshEntries())} />
          <Tabs docs={docs} active={active} titleOf={titleOf} onActivate={(f) => store.activate(f)} onClose={(f) => void closeTab(f)} />
          {activeDoc ? (
            <EditorArea
              ref={editorArea}
              key={activeDoc.file}
              client={client}
              store={store}
              doc={activeDoc}
              site={site}
              entries={entries}
              relations={relations}
              dark={dark}
              onSave={() => void save()}
              onOpenPost={openFile}
              onError={report}
            />
          ) : (
            <div className="pd-placeholder">
              <p>Pick a post on the left, or press Ctrl+P to find one by title.</p>
            </div>
          )}
          {bottomPanel && (
            <WorkspaceBottomPanel
              panel={bottomPanel}
              onPanelChange={setBottomPanel}
              problems={problems}
              client={client}
              repo={repo}
              entries={entries}
              onOpenPost={openFile}
              beforeCommit={guards.beforeCommit}
              onCommitted={refreshEntries}
              onShowConflicts={conflictView.show}
            />
          )}
        </section>
      </main>
      {unsaved.dialog}
      <WorkspaceDialogs
        dialog={dialog}
        onClose={closeDialog}
        client={client}
        entries={entries}
        collections={site.info.collections}
        currentCollection={filter.collection}
        authorSlug={authorSlug}
        relations={relations}
        onOpenPost={openFile}
        onCreatePost={createPost}
        onAuthorChange={onAuthorChange}
      />
    </>
  );
}
