import { useEffect, useState } from 'react';
import type { RepoStateData, SyncResultData } from '../../api/contract/git-schemas';
import type { ApiClient } from '../client/api-client';
import { ProblemText } from './ProblemText';

interface SyncBarProps {
  client: ApiClient;
  state: RepoStateData;
  onState(state: RepoStateData): void;
}

/** Branch, what waits to be pushed or pulled, and Pull / Push with progress. */
export function SyncBar({ client, state, onState }: SyncBarProps) {
  const [busy, setBusy] = useState<'pull' | 'push' | null>(null);
  const [progress, setProgress] = useState<string>();
  const [result, setResult] = useState<SyncResultData | null>(null);
  const [error, setError] = useState<unknown>(null);

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
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
      setProgress(undefined);
    }
  }

  async function abort() {
    try {
      onState(await client.call('git.abortRebase', {}));
      setResult(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="pd-sync">
      <div className="pd-row">
        <strong>{state.detached ? 'Detached HEAD' : (state.branch ?? 'No branch')}</strong>
        <span className="pd-muted" data-testid="sync-summary">
          {state.summary}
        </span>
        <span className="pd-spacer" />
        <button type="button" disabled={busy !== null || !state.upstream} onClick={() => void run('pull')}>
          {busy === 'pull' ? 'Pulling…' : 'Pull'}
        </button>
        <button type="button" disabled={busy !== null || !state.upstream || state.ahead === 0} onClick={() => void run('push')}>
          {busy === 'push' ? 'Pushing…' : `Push${state.ahead ? ` (${state.ahead})` : ''}`}
        </button>
      </div>
      {progress && <p role="status">{progress}</p>}
      {result && result.status !== 'conflict' && <p role="status">{result.message}</p>}
      {result?.status === 'conflict' && (
        <div className="pd-gate pd-gate-blocked" role="alert">
          <p>
            <strong>{result.message}</strong>
          </p>
          {result.conflicts.map((c) => (
            <details key={c.path}>
              <summary>{c.path}: both versions</summary>
              <div className="pd-conflict-pair">
                <div>
                  <h4>Yours</h4>
                  <pre>{c.local ?? '(deleted)'}</pre>
                </div>
                <div>
                  <h4>From the remote</h4>
                  <pre>{c.remote ?? '(deleted)'}</pre>
                </div>
              </div>
            </details>
          ))}
          <button type="button" className="pd-primary" onClick={() => void abort()}>
            Abort the pull (back to how it was)
          </button>
        </div>
      )}
      {state.operation === 'rebase' && result?.status !== 'conflict' && (
        <p role="alert">
          A pull (rebase) is in progress.{' '}
          <button type="button" onClick={() => void abort()}>
            Abort it
          </button>
        </p>
      )}
      {error !== null && <ProblemText error={error} />}
    </div>
  );
}
