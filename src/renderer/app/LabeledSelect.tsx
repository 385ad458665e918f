export interface SelectOption {
  value: string;
  label: string;
}

interface LabeledSelectProps {
  label: string;
  value: string;
  options: SelectOption[];
  onChange(value: string): void;
}

/** A <select> inside its <label>: the one shape every picker in the app's dialogs and filters uses. */
export function LabeledSelect({ label, value, options, onChange }: LabeledSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options whose shown text is the value itself. */
export const plainOptions = (values: string[]): SelectOption[] => values.map((value) => ({ value, label: value }));
