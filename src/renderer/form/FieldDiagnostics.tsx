import type { Diagnostic } from '../../shared/diagnostics';

const severityText = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** A field's findings as plain text under it; severity is written out, not shown by colour only. */
export function FieldDiagnostics({ id, diagnostics }: { id?: string; diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul id={id} className="pd-form-diags">
      {diagnostics.map((d, i) => (
        <li key={`${d.rule}:${d.line}:${d.column}:${i}`} className={`pd-form-diag pd-form-diag-${d.severity}`}>
          <span className="pd-form-diag-severity">{severityText[d.severity]}:</span> {d.message}
        </li>
      ))}
    </ul>
  );
}
