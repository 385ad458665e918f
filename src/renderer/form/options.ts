export interface RelationOption {
  value: string;
  label: string;
}

/** True when a value is set but is not one of the select's options (it is shown and flagged, never dropped). */
export function isOutsideOptions(value: unknown, options: readonly string[] | undefined): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (!options || options.length === 0) return false;
  return !options.includes(scalarText(value));
}

/** A scalar as the text a select compares with. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The relation option whose stored value is `value`, if any. */
export function findRelation(value: string, options: readonly RelationOption[]): RelationOption | undefined {
  return options.find((o) => o.value === value);
}

/**
 * For an unknown stored value, the option it most likely meant: the same display name
 * ("Mage-OS Team" written instead of the slug "mage-os-team") or the same value ignoring case.
 */
export function guessRelation(value: string, options: readonly RelationOption[]): RelationOption | undefined {
  const wanted = normalise(value);
  if (wanted === '') return undefined;
  return options.find((o) => normalise(o.label) === wanted) ?? options.find((o) => normalise(o.value) === wanted);
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
