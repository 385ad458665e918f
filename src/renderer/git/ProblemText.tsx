import { ApiError } from '../../api/contract/errors';

/** A failure as the writer should read it, with the tool's own words one click away. */
export function ProblemText({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <div role="alert" className="pd-error-text">
      <p>{message}</p>
      {detail && (
        <details>
          <summary>What git said</summary>
          <pre className="pd-git-output">{detail}</pre>
        </details>
      )}
    </div>
  );
}
