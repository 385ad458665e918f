import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { isOutsideOptions, scalarText } from './options';
import { usePendingValue } from './use-pending-value';

/** A native select over the field's options; a stored value outside them is kept, shown and flagged. */
export function SelectWidget({ field, inputId, describedBy, invalid, required, readOnly, value, emit }: WidgetProps) {
  const options = field.options ?? [];
  const [current, setCurrent] = usePendingValue(scalarText(value));
  const outside = isOutsideOptions(current, options);
  const noteId = `${inputId}-note`;
  return (
    <>
      <select
        id={inputId}
        className="pd-form-input pd-form-select"
        value={current}
        disabled={readOnly}
        onChange={(e) => {
          setCurrent(e.target.value);
          emit(e.target.value === '' ? undefined : e.target.value);
        }}
        aria-required={required || undefined}
        aria-invalid={invalid || outside || undefined}
        aria-describedby={joinIds(describedBy, outside && noteId)}
      >
        {(!required || current === '') && <option value="">{required ? 'Choose…' : '(none)'}</option>}
        {outside && <option value={current}>{current} (not an option)</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {outside && (
        <p id={noteId} className="pd-form-note pd-form-note-warning">
          “{current}” is not one of the options; it is kept until you choose another.
        </p>
      )}
    </>
  );
}
