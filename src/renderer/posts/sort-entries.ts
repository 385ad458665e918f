import type { EntrySummary } from '../../shared/site-model';

/** Newest first; undated entries after dated ones, then by title. */
export function newestFirst(a: EntrySummary, b: EntrySummary): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.title.localeCompare(b.title);
}
