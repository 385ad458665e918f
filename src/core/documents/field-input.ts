import { parsePickedDate, type PickedDate } from '../roundtrip/date-style';
import type { FieldValue } from '../roundtrip/field-value';
import { fieldAt, type CollectionInfo, type FieldInfo } from '../../shared/site-model';
import { UserError } from '../user-error';

/**
 * Turns a value from the form (JSON) into what the round-trip writes, by the field's kind:
 * a date-time arrives as an ISO string and is written as a date in the file's own format.
 */
export function fieldValueFromInput(field: FieldInfo | undefined, value: unknown): { value: FieldValue | undefined; picked?: PickedDate } {
  if (value === undefined || value === null) return { value: undefined };
  if (field?.kind === 'datetime' && typeof value === 'string') {
    // The form sends a day (YYYY-MM-DD) or a time with the writer's UTC offset.
    const parsed = parsePickedDate(value);
    if (parsed) return { value: parsed.instant, picked: parsed.picked };
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new UserError('unsupported', `${field.label}: "${value}" is not a date.`);
    return { value: date };
  }
  if (field?.kind === 'number' && typeof value === 'string') {
    const number = Number(value);
    if (value.trim() === '' || Number.isNaN(number)) throw new UserError('unsupported', `${field.label}: "${value}" is not a number.`);
    return { value: number };
  }
  return { value: value as FieldValue };
}

export function fieldForPath(collection: CollectionInfo | undefined, path: string): FieldInfo | undefined {
  return collection ? fieldAt(collection.fields, path.split('.')) : undefined;
}

/** The key order a new key is inserted by: the collection's field order at that level. */
export function fieldOrderOf(collection: CollectionInfo | undefined) {
  return (parentPath: readonly string[]): string[] => {
    if (!collection) return [];
    if (parentPath.length === 0) return collection.fields.map((f) => f.name);
    const parent = fieldAt(collection.fields, [...parentPath]);
    return parent?.fields?.map((f) => f.name) ?? [];
  };
}
