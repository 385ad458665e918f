import type { Diagnostic } from '../../shared/diagnostics';
import type { FieldInfo } from '../../shared/site-model';
import type { FieldLocator } from './field-locator';

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * What the CMS config adds to the schema: select options and required fields. Warnings
 * only: the site builds, but the CMS would refuse or lose the value.
 */
export function cmsDiagnostics(
  file: string,
  fields: FieldInfo[],
  data: Record<string, unknown>,
  locator: FieldLocator,
  schemaFields: ReadonlySet<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of fields) {
    const value = data[field.name];
    if (field.cmsRequired && isMissing(value) && field.default === undefined) {
      // A field the schema also requires is already a schema error.
      if (field.required && schemaFields.has(field.name) && value === undefined) continue;
      const at = value === undefined ? { line: 1, column: 1 } : locator.position([field.name]);
      out.push({
        file, line: at.line, column: at.column, rule: 'cms-required', severity: 'warning', field: field.name,
        message: `${field.label}: required in the CMS, but ${value === undefined ? 'missing' : 'empty'}`,
      });
    }
    if (!field.options || isMissing(value)) continue;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, i) => {
      if (typeof item !== 'string' && typeof item !== 'number') return;
      if (field.options?.includes(String(item))) return;
      const path = Array.isArray(value) ? [field.name, i] : [field.name];
      const at = locator.position(path);
      const close = field.options?.find((o) => o.toLowerCase() === String(item).toLowerCase());
      out.push({
        file, line: at.line, column: at.column, rule: 'option', severity: 'warning', field: field.name,
        message: close
          ? `${field.label}: "${item}" should be written "${close}" (as in the CMS options)`
          : `${field.label}: "${item}" is not one of the CMS options (${field.options?.join(', ')})`,
      });
    });
  }
  return out;
}
