import type { WidgetProps } from './form-context';
import { scalarText } from './options';
import { commitText, useDraft } from './use-draft';

/** Long text (`text` and frontmatter `markdown` fields): Enter is a newline, commits follow typing and blur. */
export function TextAreaWidget({ inputId, describedBy, invalid, required, readOnly, value, emit }: WidgetProps) {
  const current = scalarText(value);
  const draft = useDraft(current, (text, final) => commitText(text, final, current, required, emit), { multiline: true });
  const rows = Math.min(12, Math.max(3, Math.ceil(draft.text.length / 60) + 1));
  return (
    <textarea
      id={inputId}
      className="pd-form-input pd-form-textarea"
      {...draft.props}
      rows={rows}
      readOnly={readOnly}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      spellCheck
    />
  );
}
