import { stringify } from 'yaml';

/** A value the form cannot edit, as YAML text; the stored text wins when the core sent it. */
export function yamlText(value: unknown, raw?: string): string {
  if (raw !== undefined && raw !== '') return raw;
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
