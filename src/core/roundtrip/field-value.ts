/** Values the form and the CLI write into frontmatter, and how they compare once read back. */
import { isDeepStrictEqual } from 'node:util';
import { parseDateInput } from './date-format';

export type FieldValue = string | number | boolean | Date | readonly FieldValue[] | { readonly [key: string]: FieldValue };

/** A dotted path (`metadata.description`) or the segments themselves (for keys containing dots). */
export type FieldPath = string | readonly string[];

export function toPath(path: FieldPath): string[] {
  const segments = typeof path === 'string' ? path.split('.') : [...path];
  if (segments.length === 0 || segments.some((s) => s === '')) throw new Error(`Not a field name: "${String(path)}"`);
  return segments;
}

export function isPlainObject(value: unknown): value is { readonly [key: string]: FieldValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** '' , [] and {} (recursively) mean "no value": the key is removed rather than written empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

function instant(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return parseDateInput(value)?.getTime();
  return undefined;
}

/**
 * Whether a value read back from YAML means what was written. A date may come back as a
 * Date (plain timestamp) or as a string (quoted): both are fine when they are the same instant.
 */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (expected instanceof Date) {
    const a = instant(actual);
    return a !== undefined && a === expected.getTime();
  }
  // A string must not come back as a date (a plain `2024-01-01` does, in js-yaml).
  if (actual instanceof Date) return false;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((v, i) => sameValue(actual[i], v));
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return false;
    // An empty value in what was written means "no key" (see isEmptyValue), or an empty value kept as is.
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].every((k) => (!(k in actual) && isEmptyValue(expected[k])) || sameValue(actual[k], expected[k]));
  }
  // 0 and -0 are the same number to a writer (and to YAML readers that drop the sign).
  if (typeof actual === 'number' && typeof expected === 'number') return actual === expected || (Number.isNaN(actual) && Number.isNaN(expected));
  return isDeepStrictEqual(actual, expected);
}

export function getAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) {
    if (!isPlainObject(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy without the value at `path`, dropping objects that end up empty along it. */
export function withoutPath(data: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || !isPlainObject(data)) return data;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...data };
  if (!(head in copy)) return copy;
  if (rest.length === 0) {
    delete copy[head];
  } else {
    const child = withoutPath(copy[head], rest);
    if (isPlainObject(child) && Object.keys(child).length === 0) delete copy[head];
    else copy[head] = child;
  }
  return copy;
}
