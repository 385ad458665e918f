import { describe, expect, it } from 'vitest';
import { astroEntryId, pathBelowFolder } from './entry-id';

describe('astroEntryId: ids as Astro 5 glob() makes them', () => {
  it('keeps nested folders in the id', () => {
    expect(astroEntryId('2025/first-post.md', {})).toBe('2025/first-post');
  });

  it('slugifies every segment as github-slugger does', () => {
    expect(astroEntryId('Notes & Ideas/Hello World!.md', {})).toBe('notes--ideas/hello-world');
    expect(astroEntryId('2023-09-30-September 2023 Update.mdx', {})).toBe('2023-09-30-september-2023-update');
  });

  it('drops a final /index but keeps a top-level index', () => {
    expect(astroEntryId('2025/index.md', {})).toBe('2025');
    expect(astroEntryId('index.md', {})).toBe('index');
  });

  it('takes a slug field as the id, as written', () => {
    expect(astroEntryId('custom.md', { slug: 'special/Custom Slug' })).toBe('special/Custom Slug');
    expect(astroEntryId('custom.md', { slug: '' })).toBe('custom');
  });

  it('removes only the last extension', () => {
    expect(astroEntryId('release.v2.0.md', {})).toBe('releasev20');
  });
});

describe('pathBelowFolder', () => {
  it('cuts the collection folder off', () => {
    expect(pathBelowFolder('src/content/blog/2025/a.md', 'src/content/blog')).toBe('2025/a.md');
    expect(pathBelowFolder('a.md', '')).toBe('a.md');
  });
});
