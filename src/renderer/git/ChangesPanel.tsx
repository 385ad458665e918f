import { useEffect, useMemo, useState } from 'react';
import type { CommitResultData, FileDiffData } from '../../api/contract/git-schemas';
import type { ConflictStateData } from '../../api/contract/merge-schemas';
import type { Diagnostic } from '../../core/diagnostics';
import type { EntrySummary } from '../../core/site/site-model';
import type { ApiClient } from '../client/api-client';
import { CommitGate } from './CommitGate';
import { DiffView } from './DiffView';
import { HookSetting } from './HookSetting';
import { IdentityForm } from './IdentityForm';
import { ProblemText } from './ProblemText';
import { SyncBar } from './SyncBar';
import type { RepoStateHandle } from './use-repo-state';

interface ChangesPanelProps {
  client: ApiClient;
  repo: RepoStateHandle;
  entries: EntrySummary[];
  onOpenPost(file: string): void;
  onOpenProblem(diagnostic: Diagnostic): void;
  /** Asked before committing: open posts among the files may have unsaved changes. False cancels. */
  beforeCommit?(files: string[]): Promise<boolean>;
  onCommitted(): void;
  onShowConflicts(initial: ConflictStateData | null): void;
}

const statusLabel = { new: 'New', modified: 'Modified', deleted: 'Deleted', renamed: 'Renamed', conflicted: 'Conflict' } as const;

/** The "Changes" view: what changed since the last commit, the diff, and a gated commit. */
export function ChangesPanel({ client, repo, entries, onOpenPost, onOpenProblem, beforeCommit, onCommitted, onShowConflicts }: ChangesPanelProps) {
  const { state, setState, error, refresh } = repo;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deselected, setDeselected] = useState<Set<string>>(new Set());
  const [shownDiff, setShownDiff] = useState<FileDiffData | null>(null);
  const [message, setMessage] = useState('');
  const [messageEdited, setMessageEdited] = useState(false);
  const [gate, setGate] = useState<CommitResultData | null>(null);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [committed, setCommitted] = useState<string>();
  const [needsIdentity, setNeedsIdentity] = useState(false);
  const [busy, setBusy] = useState(false);

  const files = useMemo(() => state?.files ?? [], [state]);
  // Every changed file is selected unless the writer unticked it.
  useEffect(() => setSelected(new Set(files.map((f) => f.path).filter((p) => !deselected.has(p)))), [files, deselected]);

  useEffect(() => {
    if (messageEdited || selected.size === 0) return;
    client.call('git.suggestMessage', { files: [...selected] }).then((r) => setMessage(r.message), () => {});
  }, [client, selected, messageEdited]);

  useEffect(() => {
    client.call('git.identity', {}).then((r) => setNeedsIdentity(r.identity === null), () => {});
  }, [client]);

  const titleOf = (path: string) => entries.find((e) => e.file === path)?.title;

  async function showDiff(path: string) {
    try {
      setShownDiff(await client.call('git.diff', { file: path }));
    } catch (e) {
      setCommitError(e);
    }
  }

  async function commit(confirmWarnings: boolean) {
    if (beforeCommit && !(await beforeCommit([...selected]))) return;
    setBusy(true);
    setGate(null);
    setCommitError(null);
    setCommitted(undefined);
    try {
      const result = await client.call('git.commit', { files: [...selected], message, confirmWarnings });
      if (result.status === 'committed') {
        setCommitted(`Committed ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'} (${result.commit.slice(0, 7)}).`);
        setMessageEdited(false);
        setDeselected(new Set());
        setShownDiff(null);
        onCommitted();
        refresh();
      } else setGate(result);
    } catch (e) {
      setCommitError(e);
      refresh();
    } finally {
      setBusy(false);
    }
  }

  if (error) return <section className="pd-changes" role="region" aria-label="Changes"><ProblemText error={new Error(error)} /></section>;
  if (!state) return <section className="pd-changes" role="region" aria-label="Changes" aria-busy="true">Reading the repository…</section>;
  if (!state.isRepo) {
    return (
      <section className="pd-changes" role="region" aria-label="Changes">
        <p>This folder is not a git repository, so changes cannot be committed.</p>
        <button type="button" onClick={() => client.call('git.init', {}).then(setState, setCommitError)}>
          Start a git repository here
        </button>
        {commitError !== null && <ProblemText error={commitError} />}
      </section>
    );
  }

  return (
    <section className="pd-changes" role="region" aria-label="Changes">
      <SyncBar client={client} state={state} onState={setState} onShowConflicts={onShowConflicts} />
      {needsIdentity && (
        <IdentityForm
          onSave={async (name, email) => {
            await client.call('git.setIdentity', { name, email });
            setNeedsIdentity(false);
          }}
        />
      )}
      <div className="pd-changes-body">
        <div className="pd-changes-list">
          {files.length === 0 ? (
            <p className="pd-muted" role="status">
              No changes: everything is committed.
            </p>
          ) : (
            <ul aria-label="Changed files">
              {files.map((f) => (
                <li key={f.path} className="pd-change">
                  <input
                    type="checkbox"
                    aria-label={`Include ${f.path} in the commit`}
                    checked={selected.has(f.path)}
                    onChange={(e) => {
                      const next = new Set(deselected);
                      if (e.target.checked) next.delete(f.path);
                      else next.add(f.path);
                      setDeselected(next);
                    }}
                  />
                  <span className={`pd-change-status pd-change-${f.status}`}>{statusLabel[f.status]}</span>
                  <button type="button" className="pd-link-button" onClick={() => void showDiff(f.path)} title={f.path}>
                    {titleOf(f.path) ?? f.path}
                  </button>
                  {titleOf(f.path) && (
                    <button type="button" className="pd-link-button pd-muted" onClick={() => onOpenPost(f.path)} aria-label={`Open ${f.path}`}>
                      open
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {files.length > 0 && (
            <form
              className="pd-commit"
              onSubmit={(e) => {
                e.preventDefault();
                void commit(false);
              }}
            >
              <label htmlFor="pd-commit-message">Commit message</label>
              <textarea
                id="pd-commit-message"
                rows={2}
                value={message}
                onChange={(e) => {
                  setMessage(e.target.value);
                  setMessageEdited(true);
                }}
              />
              {state.operation && <p className="pd-muted">Commits wait until the {state.operation === 'rebase' ? 'pull' : state.operation} in progress is finished or aborted.</p>}
              <button type="submit" className="pd-primary" disabled={busy || selected.size === 0 || !message.trim() || state.operation !== null}>
                {busy ? 'Committing…' : `Commit ${selected.size} ${selected.size === 1 ? 'file' : 'files'}`}
              </button>
            </form>
          )}
          {committed && <p role="status">{committed}</p>}
          {gate && gate.status !== 'committed' && (
            <CommitGate diagnostics={gate.diagnostics} blocked={gate.status === 'blocked'} onOpenProblem={onOpenProblem} onConfirm={() => void commit(true)} />
          )}
          {commitError !== null && (
            <ProblemText
              error={commitError}
              onRemoveLock={() =>
                client.call('git.removeStaleLock', { confirmed: true }).then((next) => {
                  setState(next);
                  setCommitError(null);
                }, setCommitError)
              }
            />
          )}
          <HookSetting client={client} />
        </div>
        {shownDiff && (
          <div className="pd-changes-diff">
            <h3>
              {shownDiff.path} <span className="pd-muted">+{shownDiff.added} −{shownDiff.removed}</span>
            </h3>
            {shownDiff.binary ? <p>Binary file (an image): no text to compare.</p> : <DiffView rows={shownDiff.rows} label={`Changes in ${shownDiff.path}`} />}
          </div>
        )}
      </div>
    </section>
  );
}
