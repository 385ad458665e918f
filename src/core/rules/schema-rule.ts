import type { Diagnostic } from '../../shared/diagnostics';
import { dotted, type FieldLocator } from './field-locator';
import type { EntrySchema, SchemaIssue } from './site-port';

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date',
  array: 'a list',
  object: 'a group of fields',
  null: 'nothing (null)',
  undefined: 'nothing',
};

function words(type: string | undefined): string {
  return (type && typeWords[type]) ?? type ?? 'something else';
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return ` "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}`;
  return '';
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function messageOf(issue: SchemaIssue, data: unknown): string {
  if (issue.code === 'invalid_type') {
    if (issue.received === 'undefined') return 'required, but missing';
    return `expected ${words(issue.expected)}, got ${words(issue.received)}${describeValue(valueAt(data, issue.path))}`;
  }
  if (issue.code === 'invalid_date') return `Invalid date${describeValue(valueAt(data, issue.path))}`;
  if (issue.code === 'invalid_enum_value' && Array.isArray(issue.options)) {
    return `${describeValue(valueAt(data, issue.path)).trim() || 'the value'} is not one of ${issue.options.join(', ')}`;
  }
  return issue.message;
}

/** The collection's own zod schema, run on the parsed frontmatter, in the writer's words. */
export function schemaDiagnostics(file: string, schema: EntrySchema, data: Record<string, unknown>, locator: FieldLocator): Diagnostic[] {
  const result = schema.safeParse?.(data);
  if (!result || result.success) return [];
  const out: Diagnostic[] = [];
  for (const issue of result.error?.issues ?? []) {
    const at = locator.position(issue.path);
    out.push({
      file,
      line: at.line,
      column: at.column,
      rule: 'schema',
      severity: 'error',
      message: `${locator.label(issue.path)}: ${messageOf(issue, data)}`,
      ...(issue.path.length ? { field: dotted(issue.path) } : {}),
    });
  }
  return out;
}
