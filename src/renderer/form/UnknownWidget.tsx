import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { yamlText } from './yaml-text';

/** A value the form cannot edit, shown read-only as YAML so it is visible and never lost. */
export function UnknownWidget({ inputId, describedBy, invalid, value, raw, note }: WidgetProps & { note?: string }) {
  const text = yamlText(value, raw);
  const noteId = `${inputId}-note`;
  return (
    <>
      <textarea
        id={inputId}
        className="pd-form-input pd-form-textarea pd-form-yaml"
        value={text}
        placeholder="Not set"
        rows={Math.min(10, Math.max(1, text.split('\n').length))}
        readOnly
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(noteId, describedBy)}
      />
      <p id={noteId} className="pd-form-note">
        {note ?? 'The form cannot edit this kind of value; change it in the text editor.'}
      </p>
    </>
  );
}
