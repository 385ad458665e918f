import type { EntrySummary } from '../../shared/site-model';
import { newestFirst } from './sort-entries';

export interface EntryFilter {
  collection?: string;
  query: string;
  draft: 'all' | 'drafts' | 'published';
  category?: string;
  author?: string;
  year?: string;
  problems: 'all' | 'errors' | 'warnings' | 'clean';
  sort: 'date' | 'title';
}

export const emptyFilter: EntryFilter = { query: '', draft: 'all', problems: 'all', sort: 'date' };

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * `bodyMatches` answers the text search for files whose body holds the query (the list only
 * knows titles); undefined means "search titles only".
 */
export function filterEntries(entries: EntrySummary[], filter: EntryFilter, bodyMatches?: ReadonlySet<string>): EntrySummary[] {
  const query = fold(filter.query.trim());
  const result = entries.filter((e) => {
    if (filter.collection && e.collection !== filter.collection) return false;
    if (filter.draft === 'drafts' && !e.draft) return false;
    if (filter.draft === 'published' && e.draft) return false;
    if (filter.category && e.category !== filter.category) return false;
    if (filter.author && e.author !== filter.author) return false;
    if (filter.year && !e.date?.startsWith(filter.year)) return false;
    if (filter.problems === 'errors' && e.errors === 0) return false;
    if (filter.problems === 'warnings' && e.warnings === 0) return false;
    if (filter.problems === 'clean' && (e.errors > 0 || e.warnings > 0)) return false;
    if (query && !fold(e.title).includes(query) && !fold(e.slug).includes(query) && !bodyMatches?.has(e.file)) return false;
    return true;
  });
  return result.sort(filter.sort === 'title' ? (a, b) => a.title.localeCompare(b.title) : newestFirst);
}

/** The distinct values a filter can offer, from the entries of the shown collection. */
export function filterOptions(entries: EntrySummary[]) {
  const categories = new Set<string>();
  const authors = new Set<string>();
  const years = new Set<string>();
  for (const e of entries) {
    if (e.category) categories.add(e.category);
    if (e.author) authors.add(e.author);
    if (e.date) years.add(e.date.slice(0, 4));
  }
  return {
    categories: [...categories].sort(),
    authors: [...authors].sort(),
    years: [...years].sort().reverse(),
  };
}
