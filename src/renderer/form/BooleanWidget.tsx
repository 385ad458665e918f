import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { usePendingValue } from './use-pending-value';

/** A checkbox. An unset value shows unchecked with a note; a non-boolean value is flagged, not rewritten. */
export function BooleanWidget({ field, inputId, describedBy, invalid, required, readOnly, value, emit, after }: WidgetProps) {
  const noteId = `${inputId}-note`;
  const isBool = typeof value === 'boolean';
  const unset = value === undefined || value === null;
  const note = unset
    ? `Not set in the file${field.default !== undefined ? ` (default: ${String(field.default)})` : ''}.`
    : !isBool
      ? `The file holds “${String(value)}”, not true or false.`
      : undefined;
  const [checked, setChecked] = usePendingValue(value === true || (unset && field.default === true) || String(value).toLowerCase() === 'true');
  return (
    <>
      <input
        id={inputId}
        type="checkbox"
        className="pd-form-checkbox"
        checked={checked}
        disabled={readOnly}
        onChange={(e) => {
          setChecked(e.target.checked);
          emit(e.target.checked);
        }}
        aria-required={required || undefined}
        aria-invalid={invalid || (!unset && !isBool) || undefined}
        aria-describedby={joinIds(describedBy, note && noteId)}
      />
      {after}
      {note && (
        <span id={noteId} className={`pd-form-note${!unset && !isBool ? ' pd-form-note-warning' : ''}`}>
          {note}
        </span>
      )}
    </>
  );
}
