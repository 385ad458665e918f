import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import { commandForKey, type Command } from '../../shared/commands';
import type { Diagnostic } from '../../shared/diagnostics';
import type { ApiClient } from '../client/api-client';
import { DocumentStore } from '../documents/document-store';
import { fromDocumentData, isDirty } from '../documents/document-state';
import { defaultCollection } from '../posts/default-collection';
import { emptyFilter, filterEntries, filterOptions, type EntryFilter } from '../posts/filter-entries';
import { PostFilters } from '../posts/PostFilters';
import { PostList, type PostListHandle } from '../posts/PostList';
import { useSiteSearch } from '../posts/use-site-search';
import { useEntries } from '../posts/use-entries';
import { collectionOfFile, hasField, schemaFeatures } from './schema-features';
import { EditorArea, type EditorAreaHandle } from '../workspace/EditorArea';
import { ProblemsPanel } from '../workspace/ProblemsPanel';
import { Tabs } from '../workspace/Tabs';
import { AboutDialog } from './AboutDialog';
import { errorMessage } from './format';
import { performCommand } from './perform-command';
import { NewPostDialog } from './NewPostDialog';
import { QuickOpen } from './QuickOpen';
import { SettingsDialog } from './SettingsDialog';
import { useDocuments } from './use-store';
import { useRelations } from './use-relations';
import { ChangesPanel } from '../git/ChangesPanel';
import { ConflictGate } from '../git/ConflictGate';
import { useConflictView } from '../git/use-conflict-view';
import { useRepoState } from '../git/use-repo-state';
import { flushPendingDrafts } from '../form/pending-drafts';
import { useAppExit } from './use-app-exit';
import { useLeaveGuards } from './use-leave-guards';
import { useUnsavedChangesDialog } from './UnsavedChangesDialog';

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

type Dialog = 'none' | 'quick-open' | 'new-post' | 'settings' | 'about';

const NO_PROBLEMS: Diagnostic[] = [];

export function SiteWorkspace({ client, site, authorSlug, dark, openFolderPanel, onOpenFolder, onLeaveGuard, onAuthorChange, onToggleTheme }: SiteWorkspaceProps) {
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const store = useMemo(() => new DocumentStore(client, (text) => setNotice({ kind: 'error', text })), [client]);
  useEffect(() => () => store.dispose(), [store]);
  const { docs, active } = useDocuments(store);
  const activeDoc = docs.find((d) => d.file === active);

  const { entries, checking, refreshEntries } = useEntries(client, site);
  const [filter, setFilter] = useState<EntryFilter>(() => ({ ...emptyFilter, collection: defaultCollection(site.info.collections, site.entries) }));
  const search = useSiteSearch(client, filter.query);
  const postList = useRef<PostListHandle>(null);
  const features = useMemo(() => schemaFeatures(site.info.collections), [site.info.collections]);
  const [dialog, setDialog] = useState<Dialog>('none');
  const [bottomPanel, setBottomPanel] = useState<'problems' | 'changes' | null>('problems');
  const [problemScope, setProblemScope] = useState<'post' | 'site'>('post');
  const [siteProblems, setSiteProblems] = useState<Diagnostic[] | null>(null);
  const [restoredNoticeShown, setRestoredNoticeShown] = useState(true);
  const unsaved = useUnsavedChangesDialog();
  const editorArea = useRef<EditorAreaHandle>(null);
  const relations = useRelations(client, site);
  const repo = useRepoState(client);
  const refreshRepo = repo.refresh;
  const conflictView = useConflictView(repo.state);
  const gitStatus = useMemo(() => new Map((repo.state?.files ?? []).map((f) => [f.path, f.status])), [repo.state]);

  const titleOf = useCallback((file: string) => entries.find((e) => e.file === file)?.title || file.split('/').pop() || file, [entries]);
  const report = useCallback((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }), []);

  // Crash recovery: whatever the journal kept is reopened, marked, and announced.
  useEffect(() => {
    client.call('drafts.list', {}).then((drafts) => store.restore(drafts), report);
  }, [client, store, report]);
  const restored = docs.filter((d) => d.restoredAt).map((d) => d.file);

  useEffect(() => {
    return client.on('file.changedOnDisk', ({ file, hash }) => void store.changedOnDisk(file, hash));
  }, [client, store]);

  const openFile = useCallback(
    (file: string) => {
      store.open(file).catch(report);
    },
    [store, report],
  );

  const afterSave = useCallback(() => {
    refreshEntries();
    refreshRepo();
    setSiteProblems(null);
  }, [refreshEntries, refreshRepo]);

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

  const createPost = useCallback(
    async (collection: string, title: string) => {
      const data = await client.call('post.create', { collection, title });
      store.adopt(fromDocumentData(data));
      refreshEntries();
    },
    [client, store, refreshEntries],
  );

  const createMonthlyUpdate = useCallback(async () => {
    try {
      const data = await client.call('post.createMonthlyUpdate', {});
      store.adopt(fromDocumentData(data));
      refreshEntries();
      const draft = hasField(collectionOfFile(site.info.collections, data.file), 'draft') ? ' It is a draft until you publish it.' : '';
      setNotice({ kind: 'info', text: `Created ${data.file} with last month's outline.${draft}` });
    } catch (error) {
      report(error);
    }
  }, [client, store, refreshEntries, report, site.info.collections]);

  const loadSiteProblems = useCallback(() => {
    setSiteProblems(null);
    client.call('site.validateAll', {}).then((d) => setSiteProblems(d), report);
  }, [client, report]);

  const runCommand = useCallback(
    (command: Command) => {
      // A menu accelerator may never reach the editor or a field as a key: hand over their pending edits first.
      flush();
      performCommand(command, {
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
    },
    [flush, save, onOpenFolder, createMonthlyUpdate, active, closeTab],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = client.on('menu.command', ({ command }) => runCommand(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [client, runCommand]);

  const shown = useMemo(() => filterEntries(entries, filter, search.answer), [entries, filter, search.answer]);
  const collectionEntries = useMemo(() => entries.filter((e) => e.collection === filter.collection), [entries, filter.collection]);
  const options = useMemo(() => filterOptions(collectionEntries), [collectionEntries]);
  // Keyed by the list of unsaved files, so typing does not give the list a new set each time.
  const dirtyKey = docs.filter(isDirty).map((d) => d.file).join('\n');
  const dirtyFiles = useMemo(() => new Set(dirtyKey ? dirtyKey.split('\n') : []), [dirtyKey]);
  const problems = problemScope === 'site' ? (siteProblems ?? NO_PROBLEMS) : (activeDoc?.diagnostics ?? NO_PROBLEMS);

  const selectProblem = useCallback(
    (d: Diagnostic) => {
      const go = () => editorArea.current?.reveal(d);
      if (d.file === store.getSnapshot().active) go();
      else store.open(d.file).then(() => setTimeout(go, 50), report);
    },
    [store, report],
  );
  const changeScope = useCallback(
    (scope: 'post' | 'site') => {
      setProblemScope(scope);
      if (scope === 'site' && siteProblems === null) loadSiteProblems();
    },
    [siteProblems, loadSiteProblems],
  );

  return (
    <>
      <header className="pd-toolbar">
        <h1 className="pd-app-name">Postdesk</h1>
        <span className="pd-site-name" title={site.info.root}>
          {site.info.name}
        </span>
        <span className="pd-spacer" />
        <button type="button" onClick={() => setDialog('new-post')}>
          New post
        </button>
        {features.monthlyUpdates && (
          <button type="button" onClick={() => void createMonthlyUpdate()}>
            New monthly update
          </button>
        )}
        <button type="button" onClick={onOpenFolder}>
          Open folder…
        </button>
        <button type="button" onClick={() => setDialog('settings')}>
          Settings
        </button>
        <button type="button" onClick={() => setDialog('about')} title="Help (F1)">
          Help
        </button>
        <button type="button" aria-label={dark ? 'Switch to light mode' : 'Switch to dark mode'} onClick={onToggleTheme}>
          {dark ? '☀' : '☾'}
        </button>
      </header>
      {openFolderPanel}
      {notice && (
        <div className={`pd-banner pd-banner-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {restored.length > 0 && restoredNoticeShown && (
        <div className="pd-banner pd-banner-info" role="status">
          <span>
            Restored unsaved changes to {restored.length === 1 ? titleOf(restored[0]!) : `${restored.length} posts`} from before Postdesk
            closed. Review and save them, or discard them in their tab.
          </span>
          <button type="button" aria-label="Dismiss restored notice" onClick={() => setRestoredNoticeShown(false)}>
            ×
          </button>
        </div>
      )}
      <main className="pd-main">
        <aside className="pd-sidebar" aria-label="Post list">
          <PostFilters
            filter={filter}
            collections={site.info.collections}
            features={features}
            options={options}
            authorName={relations.authorName}
            onChange={setFilter}
            onLeaveDown={() => postList.current?.focus()}
          />
          <p className="pd-count" aria-live="polite" data-testid="post-count">
            {shown.length} of {collectionEntries.length}
            {checking && (
              <span className="pd-checking" role="status">
                {' '}
                · checking {checking.checked.toLocaleString('en')} of {checking.total.toLocaleString('en')}…
              </span>
            )}
          </p>
          <PostList
            ref={postList}
            entries={shown}
            selected={active ?? undefined}
            dirtyFiles={dirtyFiles}
            gitStatus={gitStatus}
            highlight={search.highlight}
            answers={search.answers}
            emptyText={filter.query.trim() ? 'No post matches this search.' : 'No posts in this collection yet.'}
            onOpen={openFile}
          />
        </aside>
        <section className="pd-work" aria-label="Editor" data-conflicts={conflictView.open ? 'open' : undefined}>
          <ConflictGate client={client} entries={entries} repo={repo} view={conflictView} onFinished={(text) => (setNotice({ kind: 'info', text }), refreshEntries())} />
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
            <div className="pd-bottom">
              <div className="pd-bottom-tabs">
                <div role="tablist" aria-label="Panels">
                  <button type="button" role="tab" aria-selected={bottomPanel === 'problems'} onClick={() => setBottomPanel('problems')}>
                    Problems
                  </button>
                  <button type="button" role="tab" aria-selected={bottomPanel === 'changes'} onClick={() => setBottomPanel('changes')}>
                    Changes
                  </button>
                </div>
                <span className="pd-spacer" />
                <button type="button" aria-label="Hide panel" onClick={() => setBottomPanel(null)}>
                  ▾
                </button>
              </div>
              {bottomPanel === 'problems' ? (
                <ProblemsPanel
                  diagnostics={problems}
                  scope={problemScope}
                  loading={problemScope === 'site' && siteProblems === null}
                  onScopeChange={changeScope}
                  onSelect={selectProblem}
                />
              ) : (
                <ChangesPanel
                  client={client}
                  repo={repo}
                  entries={entries}
                  onOpenPost={openFile}
                  onOpenProblem={selectProblem}
                  beforeCommit={guards.beforeCommit}
                  onCommitted={refreshEntries}
                  onShowConflicts={conflictView.show}
                />
              )}
            </div>
          )}
        </section>
      </main>
      {unsaved.dialog}
      {dialog === 'quick-open' && (
        <QuickOpen
          entries={entries}
          onOpen={(file) => {
            setDialog('none');
            openFile(file);
          }}
          onClose={() => setDialog('none')}
        />
      )}
      {dialog === 'new-post' && (
        <NewPostDialog
          collections={site.info.collections}
          initialCollection={filter.collection}
          authorLabel={authorSlug ? relations.authorName(authorSlug) : null}
          onCreate={createPost}
          onClose={() => setDialog('none')}
        />
      )}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog('none')} />}
      {dialog === 'settings' && (
        <SettingsDialog
          authors={relations.authorOptions}
          authorSlug={authorSlug}
          onSave={async (slug) => {
            const result = await client.call('settings.setAuthor', { slug });
            onAuthorChange(result.authorSlug);
          }}
          onClose={() => setDialog('none')}
        />
      )}
    </>
  );
}
