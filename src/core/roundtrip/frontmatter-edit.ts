/**
 * The public edit operations on a whole file's text: set or remove one frontmatter field.
 * Every edit is checked by reading the result back the way Astro does (js-yaml 4): the field
 * must hold the new value and every other field must be unchanged, or nothing is returned.
 */
import { loadYaml } from '../frontmatter/load-yaml';
import { isDeepStrictEqual } from 'node:util';
import { isMap, parse as parseYaml } from 'yaml';
import { getAt, isEmptyValue, isPlainObject, sameValue, toPath, withoutPath, type FieldPath, type FieldValue } from './field-value';
import type { WriteContext } from './render-pair';
import { frontmatterText, parseSource, replaceFrontmatter, type Eol } from './split-source';
import { applyRemove, applySet, type FieldOrder } from './yaml-edit';
import { readsBackAsPicked, type PickedDate } from './date-style';
import { readFields } from './read-fields';
import { FrontmatterSyntaxError, keyName, locate, parseYamlSource } from './yaml-source';

export type { FieldOrder } from './yaml-edit';

export interface SetFieldOptions {
  /** Key order of the parent group (e.g. the CMS field order), or a function giving it per group path. */
  order?: FieldOrder;
  /** Write '' / [] / {} instead of removing the key (only when the schema demands a value). */
  keepEmpty?: boolean;
  /** Format for a new date when the file holds no date to copy, e.g. '2000-01-01T00:00:00.000Z'. */
  dateTemplate?: string;
  /** How the writer picked a date value (a day, or a time in their zone); default: a time in this machine's zone. */
  picked?: PickedDate;
  /** The date's own style could not hold the value, so it was written as ISO. */
  onDateFallback?: (template: string, reason: string) => void;
}

/** The frontmatter cannot be read, so no field of it can be changed safely. */
export class UneditableFrontmatterError extends FrontmatterSyntaxError {
  constructor(
    readonly reason: string,
    /** 1-based line and column in the whole file. */
    readonly line: number,
    readonly column: number,
  ) {
    super(`The frontmatter cannot be read (line ${line}: ${reason.replace(/\.$/, '')}), so the form cannot change it. Fix it in the text first; nothing was changed.`, line);
    this.name = 'UneditableFrontmatterError';
  }
}

export class UnsafeEditError extends Error {
  constructor(readonly field: string) {
    super(`Could not write "${field}" without changing other fields; the file was left as it was.`);
    this.name = 'UnsafeEditError';
  }
}

/** Reads YAML as Astro does (js-yaml 4); falls back to the `yaml` package for text js-yaml rejects. */
function readYaml(text: string): unknown {
  try {
    return loadYaml(text) ?? {};
  } catch {
    try {
      return parseYaml(text) ?? {};
    } catch {
      return undefined;
    }
  }
}

/** A date must read back as the site reads it (see date-style): the picked day, or the same instant. */
function readsBack(actual: unknown, value: FieldValue, picked: PickedDate | undefined): boolean {
  if (!(value instanceof Date)) return sameValue(actual, value);
  return readsBackAsPicked(actual, value, picked ?? { dateOnly: false, offsetMinutes: -value.getTimezoneOffset() });
}

function verified(before: unknown, after: string, path: readonly string[], value: FieldValue | undefined, picked?: PickedDate): boolean {
  const data = readYaml(after);
  if (data === undefined) return false;
  const actual = getAt(data, path);
  if (value === undefined ? actual !== undefined : !readsBack(actual, value, picked)) return false;
  return before === undefined || isDeepStrictEqual(withoutPath(data, path), withoutPath(before, path));
}

function setInYaml(yaml: string, path: readonly string[], value: FieldValue, options: SetFieldOptions, eol: Eol): string {
  const before = readYaml(yaml);
  if (before !== undefined && sameValue(getAt(before, path), value)) return yaml;
  const src = parseYamlSource(yaml);

  const node = locate(src.doc, path).pair?.value;
  if (isPlainObject(value) && isMap(node) && !node.flow) {
    // A group into an existing block group: write key by key so untouched children keep their text.
    const keys = Object.keys(value);
    let out = yaml;
    for (const key of keys) {
      const child = value[key]!;
      const childOptions = { ...options, order: typeof options.order === 'function' ? options.order : keys };
      out = isEmptyValue(child) && !options.keepEmpty
        ? removeInYaml(out, [...path, key], eol)
        : setInYaml(out, [...path, key], child, childOptions, eol);
    }
    for (const key of node.items.map(keyName).filter((k) => !keys.includes(k))) out = removeInYaml(out, [...path, key], eol);
    return out;
  }

  for (const safe of [0, 1, 2] as const) {
    const ctx: WriteContext = {
      conventions: src.conventions,
      eol,
      dateTemplate: options.dateTemplate,
      safe,
      picked: options.picked,
      sourceText: yaml,
      onDateFallback: options.onDateFallback,
    };
    const out = applySet(src, path, value, ctx, options.order);
    if (verified(before, out, path, value, options.picked)) return out;
  }
  throw new UnsafeEditError(path.join('.'));
}

function removeInYaml(yaml: string, path: readonly string[], eol: Eol): string {
  const src = parseYamlSource(yaml);
  const ctx: WriteContext = { conventions: src.conventions, eol, safe: 0 };
  const out = applyRemove(src, path, ctx);
  if (out !== yaml && !verified(readYaml(yaml), out, path, undefined)) throw new UnsafeEditError(path.join('.'));
  return out;
}

/**
 * Sets one frontmatter field and returns the new file text. Only the lines of that field
 * change; a new key is placed by `options.order`. `undefined`, '' and [] remove the key
 * (unless `keepEmpty`). Dates (`Date` values) are written in the format the field or the file
 * already uses. Throws UneditableFrontmatterError when the frontmatter cannot be read, and
 * UnsafeEditError rather than return text that would read back differently.
 */
export function setField(text: string, path: FieldPath, value: FieldValue | undefined | null, options: SetFieldOptions = {}): string {
  const segments = toPath(path);
  assertEditable(text);
  const parts = parseSource(text);
  const yaml = frontmatterText(text, parts);
  // A value equal to what the file holds (even an empty one) is not a change: keep every byte.
  const current = getAt(readYaml(yaml), segments);
  if (value !== undefined && (value === null ? current === null : sameValue(current, value))) return text;
  if (value === undefined || value === null || (!options.keepEmpty && isEmptyValue(value))) return removeField(text, segments);
  const edited = setInYaml(yaml, segments, value, options, parts.eol);
  return edited === yaml ? text : replaceFrontmatter(text, edited, parts);
}

/**
 * Refuses a frontmatter that Astro could not read (an unclosed block, a `---js` block, YAML
 * js-yaml rejects, such as a `!!js/function` tag): an edit would add a second block or
 * keep what breaks the build, and the writer would not see why.
 */
function assertEditable(text: string): void {
  const { error } = readFields(text);
  if (error) throw new UneditableFrontmatterError(error.message, error.line, error.column);
}

/** Removes a frontmatter key (and a group left empty by it); returns the text unchanged when absent. */
export function removeField(text: string, path: FieldPath): string {
  assertEditable(text);
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return text;
  const yaml = frontmatterText(text, parts);
  const edited = removeInYaml(yaml, toPath(path), parts.eol);
  return edited === yaml ? text : replaceFrontmatter(text, edited, parts);
}

/** Applies several field changes in order (e.g. the whole form), each one line-preserving. */
export function setFields(text: string, changes: Record<string, FieldValue | undefined | null>, options: SetFieldOptions = {}): string {
  return Object.entries(changes).reduce((out, [path, value]) => setField(out, path, value, options), text);
}
