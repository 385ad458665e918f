/**
 * Turns text typed by a writer (on the command line, or in a plain text box) into the value
 * a field's schema expects, or a one-line reason why it cannot be.
 */
import type { FieldInfo, FieldKind } from '../../shared/site-model';
import { parseDateInput } from './date-format';
import type { FieldValue } from './field-value';

export type FieldInput = { ok: true; value: FieldValue | undefined } | { ok: false; reason: string };

function convert(kind: FieldKind | undefined, raw: string, name: string, field?: FieldInfo): FieldInput {
  switch (kind) {
    case 'boolean':
      if (/^(true|false)$/i.test(raw.trim())) return { ok: true, value: raw.trim().toLowerCase() === 'true' };
      return { ok: false, reason: `${name} must be true or false, not "${raw}"` };
    case 'number': {
      const n = Number(raw.trim());
      if (raw.trim() !== '' && Number.isFinite(n)) return { ok: true, value: n };
      return { ok: false, reason: `${name} must be a number, not "${raw}"` };
    }
    case 'datetime': {
      const date = parseDateInput(raw);
      if (date) return { ok: true, value: date };
      return { ok: false, reason: `${name} must be a date such as 2026-01-20 or 2026-01-20T10:30:00Z, not "${raw}"` };
    }
    case 'object':
      return { ok: false, reason: `${name} is a group of fields: set one of them, e.g. ${name}.${field?.fields?.[0]?.name ?? 'field'}=…` };
    case 'select':
      if (field?.options?.length && !field.options.includes(raw)) {
        return { ok: false, reason: `${name} must be one of: ${field.options.join(', ')} (not "${raw}")` };
      }
      return { ok: true, value: raw };
    default:
      return { ok: true, value: raw };
  }
}

/**
 * Reads `raw` for `field`: booleans, numbers, dates (returned as Date, written later in the
 * file's own format), lists as comma-separated values. Empty text means "remove the field",
 * which a required field refuses.
 */
export function parseFieldInput(field: FieldInfo, raw: string, name = field.name): FieldInput {
  const isEmpty = field.kind === 'list' ? raw.split(',').every((s) => s.trim() === '') : raw === '';
  if (isEmpty) {
    return field.required ? { ok: false, reason: `${name} is required and cannot be left empty` } : { ok: true, value: undefined };
  }
  if (field.kind !== 'list') return convert(field.kind, raw, name, field);
  const items: FieldValue[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const item = convert(field.itemKind, part, `each item of ${name}`, field.itemKind === 'select' ? field : undefined);
    if (!item.ok) return item;
    items.push(item.value!);
  }
  return { ok: true, value: items };
}
