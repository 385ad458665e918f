import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { useDraft } from './use-draft';

/** A number; a stored value that is not a number is shown as text (never blanked by the control). */
export function NumberWidget({ inputId, describedBy, invalid, required, readOnly, value, emit }: WidgetProps) {
  const numeric = value === undefined || value === null || typeof value === 'number';
  const current = value === undefined || value === null ? '' : String(value);
  const noteId = `${inputId}-note`;
  const draft = useDraft(current, (text, final) => {
    const trimmed = text.trim();
    if (trimmed === current) return;
    if (trimmed === '') {
      if (final) emit(undefined);
      return;
    }
    const n = Number(trimmed);
    if (Number.isFinite(n)) emit(n);
  });
  return (
    <>
      <input
        id={inputId}
        type={numeric ? 'number' : 'text'}
        inputMode="decimal"
        step="any"
        className="pd-form-input pd-form-number"
        {...draft.props}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={invalid || !numeric || undefined}
        aria-describedby={joinIds(describedBy, !numeric && noteId)}
      />
      {!numeric && (
        <p id={noteId} className="pd-form-note pd-form-note-warning">
          The file holds “{current}”, which is not a number.
        </p>
      )}
    </>
  );
}
