import { describe, expect, it } from 'vitest';
import { formatPostDate, renderPostHeaderHtml, type PostHeaderOptions } from '../../preview/post-header';
import { markdownStats } from '../../../shared/reading-time';
import { astroPostHeader } from './astro-post-header';
import { astroWindPostHeader } from './astrowind/post-header';

const buildPostHeader = (fields: Record<string, unknown>, options?: PostHeaderOptions) => astroWindPostHeader(fields, options);
const renderPostHeader = (fields: Record<string, unknown>, options?: PostHeaderOptions) => renderPostHeaderHtml(buildPostHeader(fields, options));

const fields = {
  title: 'September 2023 Update',
  publishDate: '2023-09-30T00:00:00.000Z',
  category: 'Updates',
  author: 'john-hughes',
  tags: ['Mage-OS', 'Community'],
  excerpt: 'A big step was made',
  image: '~/assets/images/blog/2023/mageos_blog_september-update.jpg',
};

describe("AstroWind's post header", () => {
  it('shows what the site shows: formatted date, author name, category, tags, cover', () => {
    const header = buildPostHeader(fields, {
      authorName: (slug: string) => (slug === 'john-hughes' ? 'John Hughes' : undefined),
      image: () => ({ url: '/asset/src/assets/images/blog/2023/mageos_blog_september-update.jpg' }),
      body: 'word '.repeat(450),
    });
    expect(header).toMatchObject({
      title: 'September 2023 Update',
      date: { iso: '2023-09-30T00:00:00.000Z', text: 'Sep 30, 2023' },
      author: { slug: 'john-hughes', name: 'John Hughes' },
      category: { slug: 'updates', title: 'Updates' },
      tags: [{ slug: 'mage-os', title: 'Mage-OS' }, { slug: 'community', title: 'Community' }],
      readingMinutes: 3,
      image: { src: '/asset/src/assets/images/blog/2023/mageos_blog_september-update.jpg', alt: 'A big step was made' },
    });
  });

  it('formats dates in UTC, like AstroWind', () => {
    expect(formatPostDate(new Date('2026-01-20T01:55:25.000Z'))).toBe('Jan 20, 2026');
    expect(formatPostDate(new Date('2023-12-31T23:30:00-05:00'))).toBe('Jan 1, 2024');
  });

  it('accepts a Date (unquoted YAML) and ignores dates that do not parse', () => {
    expect(buildPostHeader({ title: 't', publishDate: new Date('2024-03-18T00:00:00Z') }).date?.text).toBe('Mar 18, 2024');
    expect(buildPostHeader({ title: 't', publishDate: 'not a date' }).date).toBeUndefined();
  });

  it('shows the slug when the author is unknown, and a placeholder for a missing cover', () => {
    const html = renderPostHeader({ ...fields, author: 'Mage-OS Team' }, { authorName: () => undefined, image: () => ({ missing: fields.image }) });
    expect(html).toContain('Mage-OS Team');
    expect(html).toContain(`Missing image: ${fields.image}`);
  });

  it('escapes every value', () => {
    const html = renderPostHeader({ title: '<script>alert(1)</script>', tags: ['"><img src=x onerror=alert(1)>'], excerpt: 'a & b', image: '"><script>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; b');
  });

  it('counts the reading time the way the status bar does: code counts, markup does not', () => {
    const body = `${'word '.repeat(150)}\n\n\`\`\`js\n${'code '.repeat(100)}\n\`\`\`\n\n[a link](https://example.com/one/two/three)\n`;
    const words = markdownStats(body).words;
    expect(words).toBe(252);
    expect(buildPostHeader(fields, { body }).readingMinutes).toBe(2);
  });
});

describe("the post header by Astro's conventions (a site without a theme profile)", () => {
  it('shows the cover, the date and the title of the blog template, and no reading time, author or category', () => {
    const header = astroPostHeader(
      { title: 'First post', pubDate: '2025-03-02', description: 'Hello', heroImage: './cover.png', author: 'ada', category: 'News', tags: ['x'] },
      { image: () => ({ url: '/asset/cover.png' }), authorName: () => 'Ada', body: 'word '.repeat(450) },
    );
    expect(header).toEqual({
      title: 'First post',
      date: { iso: '2025-03-02T00:00:00.000Z', text: 'Mar 2, 2025' },
      excerpt: 'Hello',
      image: { ref: './cover.png', alt: '', src: '/asset/cover.png' },
      tags: [],
    });
    expect(renderPostHeaderHtml(header)).not.toContain('min read');
  });

  it("falls back to the date fields Astro's templates use", () => {
    expect(astroPostHeader({ title: 't', date: new Date('2024-03-18T00:00:00Z') }).date?.text).toBe('Mar 18, 2024');
    expect(astroPostHeader({ title: 't', publishDate: 'not a date' }).date).toBeUndefined();
  });
});
