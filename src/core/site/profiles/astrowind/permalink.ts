import { cleanSlug } from './clean-slug';

export interface PermalinkEntry {
  /** The entry id as Astro's glob() loader makes it. */
  id: string;
  category?: string;
  /** ISO date of the entry (publishDate). */
  date?: string;
  draft?: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * AstroWind's generatePermalink (src/utils/blog.ts): `%slug%` is the theme's cleanSlug of the
 * entry id (not the id: "Café.md" has the id "café" and the address "/cafe"), `%id%` the id,
 * `%category%` the category's cleanSlug, date parts (UTC: the build machine's zone in the
 * theme, UTC on the hosts that build it); each token replaced once, empty segments dropped.
 */
export function astroWindPermalink(pattern: string, entry: PermalinkEntry): string {
  const date = entry.date ? new Date(entry.date) : undefined;
  const valid = date && !Number.isNaN(date.getTime()) ? date : undefined;
  const parts: [string, string][] = [
    ['%slug%', cleanSlug(entry.id)],
    ['%id%', entry.id],
    ['%category%', entry.category ? cleanSlug(entry.category) : ''],
    ['%year%', valid ? String(valid.getUTCFullYear()).padStart(4, '0') : ''],
    ['%month%', valid ? pad(valid.getUTCMonth() + 1) : ''],
    ['%day%', valid ? pad(valid.getUTCDate()) : ''],
    ['%hour%', valid ? pad(valid.getUTCHours()) : ''],
    ['%minute%', valid ? pad(valid.getUTCMinutes()) : ''],
    ['%second%', valid ? pad(valid.getUTCSeconds()) : ''],
  ];
  let filled = pattern;
  for (const [token, value] of parts) filled = filled.replace(token, () => value);
  return `/${filled.split('/').filter(Boolean).join('/')}`;
}
