import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { dateInputToIso, localInputToIso, localInputToOffsetIso, parseStoredDate, toLocalInput, unquoteScalar, zoneLabel } from './datetime-local';
import { scalarText } from './options';
import { useDraft } from './use-draft';

/**
 * A date-time shown in local time, emitted as ISO with the local offset (the core writes it
 * back in the file's own style, read back as this instant). A date-only value stays a date,
 * shown and emitted as the calendar day written (YYYY-MM-DD); the exact stored text is shown.
 */
export function DateTimeWidget({ inputId, describedBy, invalid, required, readOnly, value, raw, emit }: WidgetProps) {
  const stored = parseStoredDate(value, raw);
  const dateOnly = stored?.precision === 'date';
  const withSeconds = stored?.precision === 'second' || stored?.precision === 'millisecond';
  const current = stored ? (dateOnly ? (stored.day ?? '') : toLocalInput(stored.date, withSeconds)) : '';
  // Shown exactly as the file has it, quotes included: that is what the writer will find there.
  const storedText = raw !== undefined && raw.trim() !== '' ? raw.trim() : scalarText(value);
  const unreadable = unquoteScalar(storedText) !== '' && stored === null;
  const toIso = dateOnly ? dateInputToIso : localInputToIso;

  const draft = useDraft(current, (text, final) => {
    if (text === current) return;
    if (text === '') {
      // A half-typed date reads as '' too: only a final, deliberate clear removes the key.
      if (final && !unreadable) emit(undefined);
      return;
    }
    // A day is sent as the day; a time with the writer's offset, so the file can keep its style.
    const value = dateOnly ? (dateInputToIso(text) ? text : null) : localInputToOffsetIso(text);
    if (value) emit(value);
  });

  const shownIso = draft.text ? toIso(draft.text) : null;
  const shownDate = shownIso ? new Date(shownIso) : stored?.date;
  const hintId = `${inputId}-stored`;
  let zone = '';
  if (dateOnly) zone = 'Date only, no time.';
  else if (shownDate) zone = `Shown in ${zoneLabel(shownDate)}.`;
  else zone = `Times are in ${zoneLabel(new Date())}.`;
  if (stored && !dateOnly && !stored.hasZone) {
    zone += stored.reading === 'utc' ? ' The file has no time zone; it is read as UTC.' : ' The file has no time zone; the site reads it in the time zone of the machine that builds it.';
  }

  return (
    <>
      <input
        id={inputId}
        type={dateOnly ? 'date' : 'datetime-local'}
        step={withSeconds ? 1 : undefined}
        className="pd-form-input pd-form-datetime"
        {...draft.props}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={invalid || unreadable || undefined}
        aria-describedby={joinIds(hintId, describedBy)}
      />
      <p id={hintId} className={`pd-form-note${unreadable ? ' pd-form-note-warning' : ''}`}>
        {unreadable ? (
          <>
            The file holds <code className="pd-form-code">{storedText}</code>, which is not a date.
          </>
        ) : storedText !== '' ? (
          <>
            In the file: <code className="pd-form-code">{storedText}</code>. {zone}
          </>
        ) : (
          <>Not set. {zone}</>
        )}
      </p>
    </>
  );
}
