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
  /** `relevance`: best search match first while searching, newest first otherwise. */
  sort: 'relevance' | 'date' | 'title';
}

export const emptyFilter: EntryFilter = { query: '', draft: 'all', problems: 'all', sort: 'relevance' };

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The server's ranked answer to a query: files best first. */
export interface SearchAnswer {
  query: string;
  files: string[];
  terms: string[];
  prefix: string | null;
}

/**
 * Entries the filter lets through, in the chosen order. A query matches titles and file
 * names (here, at once) and, through `search` (the site's index), titles and text; search
 * hits come first, best first, when sorting by relevance.
 */
export function filterEntries(entries: EntrySummary[], filter: EntryFilter, search?: SearchAnswer): EntrySummary[] {
  const query = fold(filter.query.trim());
  const rank = search && search.query.trim() === filter.query.trim() ? new Map(search.files.map((file, i) => [file, i])) : undefined;
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
    if (query && !rank?.has(e.file) && !fold(e.title).includes(query) && !fold(e.slug).includes(query)) return false;
    return true;
  });
  if (filter.sort === 'title') return result.sort((a, b) => a.title.localeCompare(b.title));
  if (filter.sort === 'relevance' && query && rank) {
    const last = rank.size;
    return result.sort((a, b) => (rank.get(a.file) ?? last) - (rank.get(b.file) ?? last) || newestFirst(a, b));
  }
  return result.sort(newestFirst);
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
