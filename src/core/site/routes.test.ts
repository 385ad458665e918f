import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labelFromName } from './fields';
import { extensionsOf, globToRegExp } from './glob-pattern';
import { checkImage, FileExistence } from './image-resolver';
import { checkLink, type LinkContext } from './link-resolver';
import { readPageRoutes } from './page-routes';
import { matchRedirect, readRedirects } from './redirects';
import { detectSiteProfile } from './profiles/detect-profile';
import type { RouteTable } from './route-table';
import { FIXTURE_ROOT, removeCopies, tempDir, write } from './testing/site-fixture';

afterAll(removeCopies);

describe('routes of src/pages and public/_redirects', () => {
  it('reads static pages, endpoints and the [...blog] folder of the reference site', () => {
    const pages = readPageRoutes(FIXTURE_ROOT, detectSiteProfile(FIXTURE_ROOT));
    expect(pages.profile).toContain('src/pages/[...blog]/index.astro');
    for (const route of ['/', '/about', '/about/statutes', '/privacy', '/rss.xml', '/404', '/community/partners']) {
      expect(pages.exact.has(route), route).toBe(true);
    }
    expect(pages.dynamic.map((p) => p.segments)).toContainEqual(['og', '[...slug].png']);
  });

  it('matches Netlify redirects with and without a trailing slash, splats and placeholders', () => {
    const redirects = readRedirects(FIXTURE_ROOT);
    expect(matchRedirect(redirects, '/get-involved')).toEqual({ to: '/community', status: 301 });
    const root = tempDir();
    write(root, 'public/_redirects', '/old/* /new/:splat 301\n/news/:year/:slug /blog/:slug 302\n');
    const custom = readRedirects(root);
    expect(matchRedirect(custom, '/old/a/b')).toEqual({ to: '/new/a/b', status: 301 });
    expect(matchRedirect(custom, '/news/2024/hello')).toEqual({ to: '/blog/hello', status: 302 });
  });
});

describe('link verdicts', () => {
  const routes: RouteTable = {
    exact: new Set(['/', '/community', '/events/a-post', '/updates/b-post']),
    wildcards: [/^\/og\/[^/]+\.png$/],
    entryUrls: new Map(),
    draftUrls: new Map([['/updates/draft', 'src/data/post/draft.md']]),
    urlBySlug: new Map([['a-post', '/events/a-post']]),
    urlByFile: new Map(),
  };
  const root = tempDir();
  mkdirSync(path.join(root, 'public/files'), { recursive: true });
  write(root, 'public/files/guide.pdf', 'pdf');
  const files = new FileExistence(root);
  const ctx: LinkContext = {
    routes,
    redirects: { exact: new Map([['/old', { from: '/old', to: '/community', status: 301 }], ['/gone', { from: '/gone', to: '/nowhere', status: 301 }]]), patterns: [] },
    siteHosts: ['example.org'],
    publicFile: (p) => files.isFile(`public${p}`),
  };

  it('accepts routes, public files and wildcard routes; ignores anchors, mail and other hosts', () => {
    for (const url of ['/community/', '/community#join', 'https://www.example.org/events/a-post', '/files/guide.pdf', '/og/x.png', '#top', 'mailto:a@b.c', 'https://other.org/x']) {
      expect(checkLink(ctx, url, '/updates/b-post').status, url).not.toBe('broken');
    }
    expect(checkLink(ctx, 'b-post', '/updates/b-post')).toEqual({ status: 'ok' });
  });

  it('calls WordPress query links, drafts and moved posts broken, with the reason', () => {
    expect(checkLink(ctx, '/?p=123', undefined)).toMatchObject({ status: 'broken', reason: expect.stringContaining('WordPress') });
    expect(checkLink(ctx, 'https://example.org/?page_id=5', undefined)).toMatchObject({ status: 'broken' });
    expect(checkLink(ctx, '/updates/draft', undefined)).toMatchObject({ status: 'broken', reason: expect.stringContaining('draft') });
    expect(checkLink(ctx, '/updates/a-post', undefined)).toMatchObject({ status: 'broken', reason: expect.stringContaining('/events/a-post') });
  });

  it('follows redirects: a warning when the target exists, broken when it does not', () => {
    expect(checkLink(ctx, '/old/', undefined)).toEqual({ status: 'redirected', target: '/community' });
    expect(checkLink(ctx, '/gone', undefined)).toMatchObject({ status: 'broken', reason: 'redirects to /nowhere, which does not exist' });
  });

  it('resolves image references: ~/ is src/, / is public/, relative is next to the file', () => {
    write(root, 'src/assets/a.png', 'x');
    write(root, 'src/data/post/b.png', 'x');
    const images = { files, siteHosts: ['example.org'] };
    expect(checkImage(images, '~/assets/a.png', 'src/data/post/p.md').status).toBe('ok');
    expect(checkImage(images, 'b.png', 'src/data/post/p.md').status).toBe('ok');
    expect(checkImage(images, './b.png?v=1', 'src/data/post/p.md').status).toBe('ok');
    expect(checkImage(images, '/files/guide.pdf', 'src/data/post/p.md').status).toBe('ok');
    expect(checkImage(images, '/missing.png', 'src/data/post/p.md')).toEqual({ status: 'missing', looked: ['public/missing.png'] });
    expect(checkImage(images, 'https://cdn.other.org/x.png', 'src/data/post/p.md').status).toBe('ignored');
  });
});

describe('small helpers', () => {
  it('turns field names into labels', () => {
    expect(labelFromName('publishDate')).toBe('Publish date');
    expect(labelFromName('og_image')).toBe('Og image');
  });

  it('reads the glob loader patterns', () => {
    expect(globToRegExp('*.md').test('a.md')).toBe(true);
    expect(globToRegExp('*.md').test('x/a.md')).toBe(false);
    expect(globToRegExp('**/*.{md,mdx}').test('x/y/a.mdx')).toBe(true);
    expect(globToRegExp('**/[^_]*.md').test('x/_draft.md')).toBe(false);
    expect(extensionsOf('**/*.{md,mdx}')).toEqual(['.md', '.mdx']);
  });
});
