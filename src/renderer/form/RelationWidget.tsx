import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { findRelation, guessRelation, scalarText } from './options';
import { usePendingValue } from './use-pending-value';

/** Picks an entry of another collection by its name and stores its value (the author slug…). */
export function RelationWidget({ field, inputId, describedBy, invalid, required, readOnly, value, emit, ctx }: WidgetProps) {
  const collection = field.relation?.collection ?? '';
  const options = ctx.relationOptions(collection);
  const [current, setCurrent] = usePendingValue(scalarText(value));
  const choose = (next: string) => {
    setCurrent(next);
    emit(next === '' ? undefined : next);
  };
  const unknown = current !== '' && options.length > 0 && !findRelation(current, options);
  const guess = unknown ? guessRelation(current, options) : undefined;
  const noteId = `${inputId}-note`;
  // Names are what writers know; the stored value is added only where two names collide.
  const seenLabels = new Set<string>();
  const repeated = new Set(options.map((o) => o.label).filter((l) => seenLabels.size === seenLabels.add(l).size));
  return (
    <>
      <select
        id={inputId}
        className="pd-form-input pd-form-select"
        value={current}
        disabled={readOnly}
        onChange={(e) => choose(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={invalid || unknown || undefined}
        aria-describedby={joinIds(describedBy, (unknown || options.length === 0) && noteId)}
      >
        {(!required || current === '') && <option value="">{required ? 'Choose…' : '(none)'}</option>}
        {unknown && <option value={current}>(unknown: {current})</option>}
        {options.length === 0 && current !== '' && <option value={current}>{current}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {repeated.has(option.label) ? `${option.label} (${option.value})` : option.label}
          </option>
        ))}
      </select>
      {unknown && (
        <p id={noteId} className="pd-form-note pd-form-note-warning">
          “{current}” is not one of the {collection} entries.
          {guess && (
            <>
              {' '}
              <button type="button" className="pd-form-button pd-form-link-button" disabled={readOnly} onClick={() => choose(guess.value)}>
                Use {guess.label} ({guess.value})
              </button>
            </>
          )}
        </p>
      )}
      {options.length === 0 && (
        <p id={noteId} className="pd-form-note">
          No entries found in {collection || 'the related collection'}.
        </p>
      )}
    </>
  );
}
