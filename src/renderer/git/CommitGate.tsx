import type { Diagnostic } from '../../shared/diagnostics';

interface CommitGateProps {
  diagnostics: Diagnostic[];
  blocked: boolean;
  onOpenProblem(diagnostic: Diagnostic): void;
  onConfirm(): void;
}

/** Why a commit did not happen: errors block it; warnings need one confirmation. */
export function CommitGate({ diagnostics, blocked, onOpenProblem, onConfirm }: CommitGateProps) {
  const shown = diagnostics.filter((d) => (blocked ? d.severity === 'error' : d.severity === 'warning'));
  return (
    <div className={`pd-gate ${blocked ? 'pd-gate-blocked' : 'pd-gate-warn'}`} role="alert">
      <p>
        <strong>{blocked ? 'Not committed: fix these errors first.' : 'These warnings were found. Commit anyway?'}</strong>
      </p>
      <ul>
        {shown.map((d, i) => (
          <li key={`${d.file}:${d.line}:${d.rule}:${i}`}>
            <button type="button" className="pd-link-button" onClick={() => onOpenProblem(d)}>
              {d.file}:{d.line}
            </button>{' '}
            {d.message} <span className="pd-muted">({d.rule})</span>
          </li>
        ))}
      </ul>
      {!blocked && (
        <button type="button" className="pd-primary" onClick={onConfirm}>
          Commit anyway
        </button>
      )}
    </div>
  );
}
