import { ApiError } from '../../api/contract/errors';

interface ProblemTextProps {
  error: unknown;
  /** Offered when git reports a lock left behind by a crashed git process. */
  onRemoveLock?(): void;
}

/** A failure as the writer should read it, with the tool's own words one click away. */
export function ProblemText({ error, onRemoveLock }: ProblemTextProps) {
  const message = error instanceof Error ? error.message : String(error);
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <div role="alert" className="pd-error-text">
      <p>{message}</p>
      {apiError?.reason === 'index-locked' && onRemoveLock && (
        <button type="button" onClick={onRemoveLock}>
          No other git program is running: remove the lock
        </button>
      )}
      {apiError?.detail && (
        <details>
          <summary>What git said</summary>
          <pre className="pd-git-output">{apiError.detail}</pre>
        </details>
      )}
    </div>
  );
}
