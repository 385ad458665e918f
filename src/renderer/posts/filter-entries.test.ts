import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../shared/site-model';
import { emptyFilter, filterEntries, filterOptions } from './filter-entries';

const entry = (over: Partial<EntrySummary>): EntrySummary => ({
  file: `src/data/post/${over.slug ?? 'x'}.md`,
  collection: 'post',
  slug: 'x',
  title: 'X',
  draft: false,
  tags: [],
  errors: 0,
  warnings: 0,
  ...over,
});

const entries = [
  entry({ slug: 'a', title: 'September 2023 Update', date: '2023-09-30T00:00:00.000Z', category: 'Updates', author: 'john-hughes', warnings: 1 }),
  entry({ slug: 'b', title: 'Mage-OS 2.1 is out now!', date: '2026-01-19T20:55:00.000Z', category: 'Releases', author: 'mage-os-team', errors: 2 }),
  entry({ slug: 'c', title: 'Café draft', date: '2025-05-01T00:00:00.000Z', draft: true, category: 'Updates' }),
  entry({ slug: 'd', title: 'Hackathon', collection: 'event', date: '2024-01-01T00:00:00.000Z' }),
];

describe('the post list filters', () => {
  it('shows the collection newest first by default', () => {
    expect(filterEntries(entries, { ...emptyFilter, collection: 'post' }).map((e) => e.slug)).toEqual(['b', 'c', 'a']);
  });

  it('searches titles ignoring case and accents, and puts the index\'s ranked hits first', () => {
    expect(filterEntries(entries, { ...emptyFilter, query: 'cafe' }).map((e) => e.slug)).toEqual(['c']);
    const search = { query: 'pint', files: ['src/data/post/a.md'], terms: ['pint'], prefix: 'pint' };
    expect(filterEntries(entries, { ...emptyFilter, query: 'pint' }, search).map((e) => e.slug)).toEqual(['a']);
    const ranked = { query: 'update', files: ['src/data/post/b.md', 'src/data/post/a.md'], terms: ['update'], prefix: 'update' };
    expect(filterEntries(entries, { ...emptyFilter, query: 'update' }, ranked).map((e) => e.slug)).toEqual(['b', 'a']);
    expect(filterEntries(entries, { ...emptyFilter, query: 'update', sort: 'date' }, ranked).map((e) => e.slug)).toEqual(['b', 'a']);
    // An answer to an older query is not applied to the new one.
    expect(filterEntries(entries, { ...emptyFilter, query: 'upd' }, ranked).map((e) => e.slug)).toEqual(['a']);
  });

  it('filters by draft, category, author, year and problem state, and sorts by title', () => {
    const post = { ...emptyFilter, collection: 'post' };
    expect(filterEntries(entries, { ...post, draft: 'drafts' }).map((e) => e.slug)).toEqual(['c']);
    expect(filterEntries(entries, { ...post, category: 'Updates', sort: 'title' }).map((e) => e.slug)).toEqual(['c', 'a']);
    expect(filterEntries(entries, { ...post, author: 'mage-os-team' }).map((e) => e.slug)).toEqual(['b']);
    expect(filterEntries(entries, { ...post, year: '2023' }).map((e) => e.slug)).toEqual(['a']);
    expect(filterEntries(entries, { ...post, problems: 'errors' }).map((e) => e.slug)).toEqual(['b']);
    expect(filterEntries(entries, { ...post, problems: 'clean' }).map((e) => e.slug)).toEqual(['c']);
  });

  it('offers the values present', () => {
    expect(filterOptions(entries.slice(0, 3))).toEqual({
      categories: ['Releases', 'Updates'],
      authors: ['john-hughes', 'mage-os-team'],
      years: ['2026', '2025', '2023'],
    });
  });
});
