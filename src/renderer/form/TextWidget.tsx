import type { WidgetProps } from './form-context';
import { scalarText } from './options';
import { commitText, useDraft } from './use-draft';

/** One line of text (`string` fields). */
export function TextWidget({ inputId, describedBy, invalid, required, readOnly, value, emit }: WidgetProps) {
  const current = scalarText(value);
  const draft = useDraft(current, (text, final) => commitText(text, final, current, required, emit));
  return (
    <input
      id={inputId}
      type="text"
      className="pd-form-input"
      {...draft.props}
      readOnly={readOnly}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      spellCheck
    />
  );
}
