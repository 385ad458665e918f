import { useEffect, useState } from 'react';
import type { RepoStateData } from '../../api/contract/git-schemas';
import type { ConflictStateData, SyncResultData } from '../../api/contract/merge-schemas';
import type { ApiClient } from '../client/api-client';
import { OutboxList } from './OutboxList';
import { ProblemText } from './ProblemText';
import { usePushQueue } from './use-push-queue';

interface SyncBarProps {
  client: ApiClient;
  state: RepoStateData;
  onState(state: RepoStateData): void;
  /** Opens the conflict view (with what a pull just returned, if anything). */
  onShowConflicts(initial: ConflictStateData | null): void;
}

/** Branch, what waits to be pushed or pulled, Pull / Push with progress, and the push queue. */
export function SyncBar({ client, state, onState, onShowConflicts }: SyncBarProps) {
  const [busy, setBusy] = useState<'pull' | 'push' | null>(null);
  const [progress, setProgress] = useState<string>();
  const [result, setResult] = useState<SyncResultData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { outbox } = usePushQueue(client);

  useEffect(() => client.on('git.progress', (p) => setProgress(p.percent !== null ? `${p.phase} ${p.percent}%` : p.line)), [client]);

  async function run(kind: 'pull' | 'push') {
    setBusy(kind);
    setError(null);
    setResult(null);
    setProgress(undefined);
    try {
      const next = await client.call(kind === 'pull' ? 'git.pull' : 'git.push', {});
      setResult(next);
      onState(next.state);
      if (next.status === 'conflict') onShowConflicts(next.conflicts);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
      setProgress(undefined);
    }
  }

  const midOperation = state.operation !== null;
  return (
    <div className="pd-sync">
      <div className="pd-row">
        <strong>{state.detached ? 'Detached HEAD' : (state.branch ?? 'No branch')}</strong>
        <span className="pd-muted" data-testid="sync-summary">
          {state.summary}
        </span>
        <span className="pd-spacer" />
        <button type="button" disabled={busy !== null || !state.upstream || midOperation} onClick={() => void run('pull')}>
          {busy === 'pull' ? 'Pulling…' : 'Pull'}
        </button>
        <button type="button" disabled={busy !== null || !state.upstream || state.ahead === 0 || midOperation} onClick={() => void run('push')}>
          {busy === 'push' ? 'Pushing…' : `Push${state.ahead ? ` (${state.ahead})` : ''}`}
        </button>
      </div>
      {progress && <p role="status">{progress}</p>}
      {result && <p role={result.status === 'conflict' ? 'alert' : 'status'}>{result.message}</p>}
      {midOperation && (
        <p role="alert">
          A {state.operation === 'rebase' ? 'pull (rebase)' : state.operation} is in progress and needs your choices.{' '}
          <button type="button" onClick={() => onShowConflicts(null)}>
            Resolve conflicts
          </button>
        </p>
      )}
      {outbox && <OutboxList client={client} outbox={outbox} onShowConflicts={() => onShowConflicts(null)} />}
      {error !== null && <ProblemText error={error} />}
    </div>
  );
}
