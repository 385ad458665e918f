import type { ResolutionPreviewData } from '../../api/contract/merge-schemas';

interface ResolutionPreviewProps {
  file: string;
  preview: ResolutionPreviewData | null;
  pending: boolean;
}

/** The file as it will be written, and what the site's rules say about it, before anything is written. */
export function ResolutionPreview({ file, preview, pending }: ResolutionPreviewProps) {
  if (!preview) return <p className="pd-muted">{pending ? 'Preparing the preview…' : 'Choose a version for each conflict to see the result.'}</p>;
  const { check } = preview;
  const warnings = check.diagnostics.filter((d) => d.severity === 'warning');
  return (
    <div className="pd-resolution-preview" aria-busy={pending}>
      {check.problems.map((p) => (
        <p key={p} role="alert" className="pd-error-text">
          {p}
        </p>
      ))}
      {check.newErrors.length > 0 && (
        <div role="alert" className="pd-gate pd-gate-blocked">
          <p>
            <strong>The result has errors neither version had:</strong>
          </p>
          <ul>
            {check.newErrors.map((d, i) => (
              <li key={`${d.rule}${i}`}>
                line {d.line}: {d.message} <span className="pd-muted">({d.rule})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {check.problems.length === 0 && check.newErrors.length === 0 && (
        <p role="status" className="pd-muted">
          {preview.undecided.length > 0
            ? `${preview.undecided.length} left to choose.`
            : `Checked: no new errors${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}.`}
        </p>
      )}
      <pre className="pd-resolution-text" aria-label={`Merged result of ${file}`} tabIndex={0}>
        {preview.text}
      </pre>
    </div>
  );
}
