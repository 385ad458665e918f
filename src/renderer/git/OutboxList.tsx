import type { OutboxData } from '../../api/contract/merge-schemas';
import type { ApiClient } from '../client/api-client';
import { useSecondsUntil } from './use-push-queue';

interface OutboxListProps {
  client: ApiClient;
  outbox: OutboxData;
  onShowConflicts(): void;
}

/** The offline queue, visible: what waits to be pushed, when Postdesk tries again, what it pushed. */
export function OutboxList({ client, outbox, onShowConflicts }: OutboxListProps) {
  const { commits, queue } = outbox;
  const seconds = useSecondsUntil(queue.state === 'waiting' ? queue.nextRetryAt : null);
  const last = queue.lastPushed;
  return (
    <div className="pd-outbox-panel">
      {queue.state === 'pushing' && <p role="status">Pushing…</p>}
      {queue.state === 'waiting' && (
        <p role="status">
          The remote cannot be reached (offline?).{' '}
          {queue.armed && seconds !== null ? `Trying again in ${seconds} s, and when Postdesk gets the focus. ` : 'Not trying again by itself. '}
          <button type="button" onClick={() => void client.call('git.retryPush', { reason: 'demand' })}>
            Retry now
          </button>{' '}
          {queue.armed && (
            <button type="button" onClick={() => void client.call('git.stopRetrying', {})}>
              Stop retrying
            </button>
          )}
        </p>
      )}
      {queue.state === 'needs-resolution' && (
        <p role="alert">
          {queue.message}{' '}
          <button type="button" onClick={onShowConflicts}>
            Resolve conflicts
          </button>
        </p>
      )}
      {queue.state === 'failed' && <p role="alert">Push failed: {queue.message}</p>}
      {queue.state === 'idle' && last && (
        <p role="status">
          Pushed {last.count} {last.count === 1 ? 'commit' : 'commits'}
          {last.subjects.length ? `: ${last.subjects.map((s) => `“${s}”`).join(', ')}` : ''}
          {last.merged.length ? ` (after merging the remote’s changes to ${last.merged.map((m) => m.path).join(', ')})` : ''}.
        </p>
      )}
      {commits.length > 0 && (
        <details open={queue.state === 'waiting'}>
          <summary>
            {commits.length} {commits.length === 1 ? 'commit' : 'commits'} waiting to be pushed
          </summary>
          <ul className="pd-outbox" aria-label="Commits waiting to be pushed">
            {commits.map((c) => (
              <li key={c.hash}>
                {c.subject} <span className="pd-muted">({new Date(c.date).toLocaleString()})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
