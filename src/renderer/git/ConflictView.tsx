import { useCallback, useEffect, useState } from 'react';
import type { ConflictStateData } from '../../api/contract/merge-schemas';
import type { EntrySummary } from '../../core/site/site-model';
import type { ApiClient } from '../client/api-client';
import { ConflictFileCard } from './ConflictFileCard';
import { describeOperation } from './merge-choices';
import { ProblemText } from './ProblemText';
import './conflicts.css';

interface ConflictViewProps {
  client: ApiClient;
  entries: EntrySummary[];
  /** What the pull returned, when it just stopped; else the view asks the repository. */
  initial: ConflictStateData | null;
  /** "Resolve later": the repository stays mid-operation, the view closes. */
  onLater(): void;
  /** Continued to the end, or aborted: a sentence for the writer. */
  onFinished(message: string): void;
}

/** Everything a stopped pull or merge needs from the writer, then continue or abort. */
export function ConflictView({ client, entries, initial, onLater, onFinished }: ConflictViewProps) {
  const [state, setState] = useState<ConflictStateData | null>(initial);
  const [resolved, setResolved] = useState<string[]>([]);
  const [busy, setBusy] = useState<'continue' | 'abort' | null>(null);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    client.call('git.conflicts', {}).then(setState, setError);
  }, [client]);
  useEffect(() => {
    if (!initial) load();
  }, [initial, load]);

  // A post with conflict markers in its fields has no readable title: its path says enough then.
  const titleOf = (path: string) => {
    const entry = entries.find((e) => e.file === path);
    return entry?.title && entry.title !== entry.slug ? entry.title : undefined;
  };

  async function continueOperation() {
    setBusy('continue');
    setError(null);
    try {
      const result = await client.call('git.continue', {});
      if (result.status === 'conflict' && result.conflicts) {
        setState(result.conflicts);
        setResolved([]);
        setMessage(`${result.merged.length ? 'Merged what needed nobody. ' : ''}The next commit needs your choice too.`);
      } else onFinished(result.message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function abort() {
    setBusy('abort');
    setError(null);
    try {
      await client.call('git.abortRebase', {});
      onFinished('Aborted: everything is back as it was before.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const operation = describeOperation(state?.operation ?? null);
  const open = (state?.files.length ?? 0) + (state?.outside.length ?? 0);
  return (
    <section className="pd-conflicts" role="region" aria-label="Resolve conflicts" aria-busy={state === null}>
      <header className="pd-row">
        <h3>{operation.title}</h3>
        <span className="pd-spacer" />
        <button type="button" onClick={onLater}>
          Resolve later
        </button>
        <button type="button" disabled={busy !== null || !state?.operation} onClick={() => void abort()}>
          {busy === 'abort' ? 'Aborting…' : 'Abort'}
        </button>
        <button type="button" className="pd-primary" disabled={busy !== null || state === null || open > 0 || !state.operation} onClick={() => void continueOperation()}>
          {busy === 'continue' ? 'Continuing…' : open > 0 ? `Continue (${open} to resolve)` : 'Continue'}
        </button>
      </header>
      <p className="pd-muted">
        Mine is your version; Theirs is {operation.theirs}. Pick one for each field or block (or both, or edit it); nothing is written until you use a
        version, and Abort puts everything back as it was.
      </p>
      {message && <p role="status">{message}</p>}
      {resolved.length > 0 && (
        <p role="status">
          Resolved: {resolved.map((p) => titleOf(p) ?? p).join(', ')}.{open === 0 ? ' Continue to finish.' : ''}
        </p>
      )}
      {state?.files.map((file) => (
        <ConflictFileCard
          key={`${file.path}:${file.planId}`}
          client={client}
          file={file}
          title={titleOf(file.path)}
          onResolved={(next) => {
            setResolved((r) => [...r, file.path]);
            setState(next);
          }}
        />
      ))}
      {state && state.outside.length > 0 && (
        <div role="alert" className="pd-gate pd-gate-blocked">
          <p>These files outside the content folder are in conflict too; resolve them with git, or abort:</p>
          <ul>
            {state.outside.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {state && !state.operation && <p role="status">Nothing is in progress any more.</p>}
      {error !== null && <ProblemText error={error} />}
    </section>
  );
}
