import { memo } from 'react';
import type { CollectionInfo } from '../../shared/site-model';
import type { SchemaFeatures } from '../app/schema-features';
import type { EntryFilter } from './filter-entries';
import { LabeledSelect, plainOptions } from '../app/LabeledSelect';

const ANY = { value: '', label: 'Any' };

interface PostFiltersProps {
  filter: EntryFilter;
  collections: CollectionInfo[];
  options: { categories: string[]; authors: string[]; years: string[] };
  authorName(slug: string): string;
  /** Filters for fields no collection has are left out. */
  features: SchemaFeatures;
  onChange(filter: EntryFilter): void;
  /** Down arrow in the search box: on to the list. */
  onLeaveDown?(): void;
}

export const PostFilters = memo(function PostFilters({ filter, collections, options, authorName, features, onChange, onLeaveDown }: PostFiltersProps) {
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
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || !onLeaveDown) return;
          event.preventDefault();
          onLeaveDown();
        }}
      />
      <div className="pd-filter-grid">
        <LabeledSelect
          label="Collection"
          value={filter.collection ?? ''}
          options={collections.map((c) => ({ value: c.name, label: c.label }))}
          onChange={(v) => set('collection', optional(v))}
        />
        {features.drafts && (
          <LabeledSelect
            label="Status"
            value={filter.draft}
            options={[
              { value: 'all', label: 'All' },
              { value: 'drafts', label: 'Drafts' },
              { value: 'published', label: 'Published' },
            ]}
            onChange={(v) => set('draft', v as EntryFilter['draft'])}
          />
        )}
        {features.categories && (
          <LabeledSelect
            label="Category"
            value={filter.category ?? ''}
            options={[ANY, ...plainOptions(options.categories)]}
            onChange={(v) => set('category', optional(v))}
          />
        )}
        {features.authors && (
          <LabeledSelect
            label="Author"
            value={filter.author ?? ''}
            options={[ANY, ...options.authors.map((a) => ({ value: a, label: authorName(a) }))]}
            onChange={(v) => set('author', optional(v))}
          />
        )}
        <LabeledSelect label="Year" value={filter.year ?? ''} options={[ANY, ...plainOptions(options.years)]} onChange={(v) => set('year', optional(v))} />
        <LabeledSelect
          label="Problems"
          value={filter.problems}
          options={[
            { value: 'all', label: 'Any' },
            { value: 'errors', label: 'With errors' },
            { value: 'warnings', label: 'With warnings' },
            { value: 'clean', label: 'No problems' },
          ]}
          onChange={(v) => set('problems', v as EntryFilter['problems'])}
        />
        <LabeledSelect
          label="Sort by"
          value={filter.sort}
          options={[
            { value: 'relevance', label: 'Best match' },
            { value: 'date', label: 'Date' },
            { value: 'title', label: 'Title' },
          ]}
          onChange={(v) => set('sort', v as EntryFilter['sort'])}
        />
      </div>
    </div>
  );
});
