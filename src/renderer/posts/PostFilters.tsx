import { memo } from 'react';
import type { CollectionInfo } from '../../core/site/site-model';
import type { EntryFilter } from './filter-entries';

interface PostFiltersProps {
  filter: EntryFilter;
  collections: CollectionInfo[];
  options: { categories: string[]; authors: string[]; years: string[] };
  authorName(slug: string): string;
  onChange(filter: EntryFilter): void;
}

export const PostFilters = memo(function PostFilters({ filter, collections, options, authorName, onChange }: PostFiltersProps) {
  const set = <K extends keyof EntryFilter>(key: K, value: EntryFilter[K]) => onChange({ ...filter, [key]: value });
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <div className="pd-filters" role="search" aria-label="Filter posts">
      <input
        type="search"
        aria-label="Search posts by title and text"
        placeholder="Search title and text…"
        value={filter.query}
        onChange={(event) => set('query', event.target.value)}
      />
      <div className="pd-filter-grid">
        <label>
          Collection
          <select value={filter.collection ?? ''} onChange={(event) => set('collection', optional(event.target.value))}>
            {collections.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filter.draft} onChange={(event) => set('draft', event.target.value as EntryFilter['draft'])}>
            <option value="all">All</option>
            <option value="drafts">Drafts</option>
            <option value="published">Published</option>
          </select>
        </label>
        <label>
          Category
          <select value={filter.category ?? ''} onChange={(event) => set('category', optional(event.target.value))}>
            <option value="">Any</option>
            {options.categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Author
          <select value={filter.author ?? ''} onChange={(event) => set('author', optional(event.target.value))}>
            <option value="">Any</option>
            {options.authors.map((a) => (
              <option key={a} value={a}>
                {authorName(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Year
          <select value={filter.year ?? ''} onChange={(event) => set('year', optional(event.target.value))}>
            <option value="">Any</option>
            {options.years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          Problems
          <select value={filter.problems} onChange={(event) => set('problems', event.target.value as EntryFilter['problems'])}>
            <option value="all">Any</option>
            <option value="errors">With errors</option>
            <option value="warnings">With warnings</option>
            <option value="clean">No problems</option>
          </select>
        </label>
        <label>
          Sort by
          <select value={filter.sort} onChange={(event) => set('sort', event.target.value as EntryFilter['sort'])}>
            <option value="date">Date</option>
            <option value="title">Title</option>
          </select>
        </label>
      </div>
    </div>
  );
});
