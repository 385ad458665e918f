import { randomUUID } from 'node:crypto';
import { slugify } from './slugify';

/**
 * File names from CMS slug patterns such as `{{year}}-{{month}}-{{day}}-{{slug}}`.
 * Date parts are taken in UTC, the zone the site's dates are written in, so the name
 * agrees with the date field whatever the writer's time zone.
 */

export interface PatternValues {
  title: string;
  date: Date;
  /** Other frontmatter values, for `{{fields.x}}` and bare `{{x}}` placeholders. */
  fields?: Record<string, unknown>;
}

export const DEFAULT_SLUG_PATTERN = '{{slug}}';

const pad = (n: number): string => String(n).padStart(2, '0');

function placeholderValue(name: string, values: PatternValues): string {
  const d = values.date;
  switch (name) {
    case 'slug':
      return slugify(values.title);
    case 'year':
      return String(d.getUTCFullYear());
    case 'month':
      return pad(d.getUTCMonth() + 1);
    case 'day':
      return pad(d.getUTCDate());
    case 'hour':
      return pad(d.getUTCHours());
    case 'minute':
      return pad(d.getUTCMinutes());
    case 'second':
      return pad(d.getUTCSeconds());
    case 'uuid':
      return randomUUID();
    case 'uuid_short':
      return randomUUID().slice(-12);
    case 'uuid_shorter':
      return randomUUID().slice(0, 8);
  }
  const key = name.startsWith('fields.') ? name.slice('fields.'.length) : name;
  const value = key === 'title' ? values.title : values.fields?.[key];
  if (value === undefined || value === null || typeof value === 'object') return '';
  return slugify(String(value), '');
}

/**
 * The file name (without extension) a pattern gives. Filters (`{{title | upper}}`) are
 * ignored; unknown placeholders become empty. Path separators in values cannot create
 * folders, since every value is slugged.
 */
export function fileNameFromPattern(pattern: string | undefined, values: PatternValues): string {
  const text = (pattern ?? DEFAULT_SLUG_PATTERN).replace(/\{\{\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g, (_m, name: string) =>
    placeholderValue(name.trim(), values),
  );
  const cleaned = text
    .split('/')
    .map((part) => part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|-+$/g, ''))
    .filter(Boolean)
    .join('/');
  return cleaned || slugify(values.title);
}

/**
 * `base + ext`, or `base-2 + ext`, `base-3 + ext`… whichever is not taken. `taken` is
 * compared without regard to case, because macOS and Windows folders are case-insensitive.
 */
export function uniqueFileName(base: string, ext: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  for (let n = 1; ; n++) {
    const candidate = `${n === 1 ? base : `${base}-${n}`}${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
