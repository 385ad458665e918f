import type { Diagnostic } from '../../shared/diagnostics';
import type { FieldInfo } from '../../shared/site-model';
import type { FieldLocator } from './field-locator';

const writtenDate = /^['"]?(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt ]|['"])/;

/**
 * js-yaml (and so Astro) silently rolls an impossible date such as 2023-13-45 over to
 * 2024-02-14, and the build succeeds with the wrong date; the writer meant something else.
 */
export function impossibleDateDiagnostics(
  file: string,
  fields: FieldInfo[],
  data: Record<string, unknown>,
  locator: FieldLocator,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of fields) {
    if (field.kind !== 'datetime' || !(data[field.name] instanceof Date)) continue;
    const raw = locator.rawValue([field.name]);
    const m = raw ? writtenDate.exec(raw) : null;
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const real = new Date(Date.UTC(year, month - 1, day));
    if (real.getUTCMonth() === month - 1 && real.getUTCDate() === day) continue;
    const at = locator.position([field.name]);
    const read = (data[field.name] as Date).toISOString().slice(0, 10);
    out.push({
      file,
      line: at.line,
      column: at.column,
      rule: 'schema',
      severity: 'error',
      message: `${field.label}: Invalid date "${m[0].replace(/['"]/g, '')}" (the site would read it as ${read})`,
      field: field.name,
    });
  }
  return out;
}

const fileDate = /^(\d{4})-(\d{2})-(\d{2})(?=\D)/;

/** The file name's date prefix against the UTC date of the collection's date field. */
export function filenameDateDiagnostics(
  file: string,
  dateField: FieldInfo | undefined,
  data: Record<string, unknown>,
  locator: FieldLocator,
): Diagnostic[] {
  if (!dateField) return [];
  const base = file.slice(file.lastIndexOf('/') + 1);
  const m = fileDate.exec(base);
  if (!m) return [];
  const value = data[dateField.name];
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return [];
  const named = `${m[1]}-${m[2]}-${m[3]}`;
  const actual = date.toISOString().slice(0, 10);
  if (named === actual) return [];
  const at = locator.position([dateField.name]);
  return [
    {
      file,
      line: at.line,
      column: at.column,
      rule: 'filename-date',
      severity: 'warning',
      message: `${dateField.label} is ${actual} (UTC) but the file name says ${named}`,
      field: dateField.name,
    },
  ];
}
