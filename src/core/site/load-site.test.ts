import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { listEntries, loadSite } from './load-site';
import type { SiteModel } from './site-model';
import { byRule, copyFixture, lineOf, POST, read, removeCopies } from './testing/site-fixture';

let root: string;
let site: SiteModel;
let all: Diagnostic[];

beforeAll(async () => {
  root = copyFixture();
  site = await loadSite(root);
  all = site.validateAll();
});

afterAll(() => {
  site.dispose();
  removeCopies();
});

const september = `${POST}/2023-09-30-september-2023-update.md`;
const october = `${POST}/2023-11-01-october-2023-update.md`;
const release = `${POST}/2026-01-20-mage-os-2-1-0-release.md`;
const collaboration = `${POST}/2023-11-30-magento-association-mage-os-collaboration.md`;

describe('the reference site (mage-os-org)', () => {
  it('discovers the three collections of its Astro config, with the CMS labels', () => {
    const names = site.info.collections.map((c) => c.name);
    expect(names).toEqual(['authors', 'post', 'event']);
    const post = site.info.collections.find((c) => c.name === 'post');
    expect(post?.folder).toBe('src/data/post');
    expect(post?.hasSchema).toBe(true);
    expect(post?.dateField).toBe('publishDate');
    expect(post?.slugPattern).toBe('{{year}}-{{month}}-{{day}}-{{slug}}');
    const publishDate = post?.fields.find((f) => f.name === 'publishDate');
    expect(publishDate).toMatchObject({ label: 'Publish Date', kind: 'datetime', required: false, cmsRequired: true });
    expect(post?.fields.find((f) => f.name === 'category')?.options).toContain('eCommerce Insights');
    expect(post?.fields.find((f) => f.name === 'author')?.relation).toEqual({ collection: 'authors', valueField: 'slug', displayField: 'name' });
    expect(post?.fields.find((f) => f.name === 'metadata')?.kind).toBe('object');
    expect(site.info.siteUrl).toBe('https://mage-os.org');
    expect(site.info.mediaFolder).toBe('src/assets/images');
    expect(site.info.diagnostics).toEqual([]);
  });

  it('indexes 97 post entries, each with its title, and gives posts their permalink', () => {
    const posts = listEntries(site).filter((e) => e.collection === 'post');
    expect(posts).toHaveLength(97);
    expect(posts.every((p) => p.title.length > 0 && p.title !== p.slug)).toBe(true);
    const entry = site.entry(september);
    expect(entry).toMatchObject({
      title: 'September 2023 Update',
      category: 'Updates',
      author: 'john-hughes',
      date: '2023-09-30T00:00:00.000Z',
      url: '/updates/2023-09-30-september-2023-update',
      draft: false,
    });
    expect(site.entry(`${POST}/2025-02-08-transforming-magento-the-power-of-community-contributions-and-innovation.md`)?.url).toBe(
      '/initiatives/2025-02-08-transforming-magento-the-power-of-community-contributions-and-innovation',
    );
  });

  it('has no schema or yaml-syntax errors: the site builds', () => {
    expect(byRule(all, 'schema')).toEqual([]);
    expect(byRule(all, 'yaml-syntax')).toEqual([]);
    expect(byRule(all, 'reference')).toEqual([]);
    expect(byRule(all, 'config')).toEqual([]);
  });

  it('reports the links broken when event recaps moved from Updates to Events, at their lines', () => {
    const text = read(root, september);
    const broken = byRule(all, 'link-broken', september);
    expect(broken.map((d) => d.line)).toEqual([
      lineOf(text, '/updates/2023-09-15-hackathon-mage-os-magic-in-action'),
      lineOf(text, '/updates/2023-09-19-meet-us-in-new-york'),
    ]);
    const line = text.split('\n')[(broken[0]?.line ?? 1) - 1] ?? '';
    expect(broken[0]?.column).toBe(line.indexOf('/updates/2023-09-15') + 1);
    expect(broken[0]?.message).toContain('/events/2023-09-15-hackathon-mage-os-magic-in-action');
    expect(byRule(all, 'link-broken', october)).toHaveLength(9);
  });

  it('reports old WordPress links and pages that no longer exist, and only those', () => {
    const broken = byRule(all, 'link-broken').map((d) => d.message.replace(/^broken link: (\S+).*$/, '$1'));
    expect(broken).toContain('/?cat_ID=40');
    expect(broken).toContain('https://mage-os.org/organization/about');
    const expected = /^(?:\/updates\/\d{4}-|\/blog\/|\/\?cat_ID|https:\/\/mage-os\.org\/(?:blog|organization|why-magento\/brands|community\/(?:events|resources)|releases\/release-mage-os-distribution-1-0-6|updates\/(?:m137|join)))/;
    expect(broken.filter((url) => !expected.test(url))).toEqual([]);
    expect(broken).toHaveLength(32);
  });

  it('warns about links that only work through a redirect of public/_redirects', () => {
    const redirected = byRule(all, 'link-redirected');
    expect(redirected.length).toBeGreaterThan(10);
    const getInvolved = redirected.find((d) => d.message.includes('https://mage-os.org/about/get-involved/'));
    expect(getInvolved?.message).toContain('link to /community directly');
    expect(redirected.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports images that are not in the repository, in the body and in frontmatter', () => {
    const file = `${POST}/2024-04-12-mage-os-march-2024-recap.md`;
    const text = read(root, file);
    const missing = byRule(all, 'image-missing', file);
    expect(missing[0]?.line).toBe(lineOf(text, '~/assets/images/blog/2024/WMau8Sbt1rghCI6D9wiV44v1'));
    const avatar = byRule(all, 'image-missing', 'src/data/authors/mage-os-team.md');
    expect(avatar).toMatchObject([{ line: 4, field: 'avatar', message: expect.stringContaining('Avatar: image not found') }]);
    const eventImage = byRule(all, 'image-missing', 'src/data/events/2023-04-22-mage-titans.md');
    expect(eventImage[0]?.message).toContain('Mage-Titans-img.png');
    // Images that exist (including one with a space in its name) are not reported.
    const reported = new Set(byRule(all, 'image-missing').map((d) => d.file));
    expect(reported.has(september)).toBe(false);
    expect(reported.has(release)).toBe(false);
  });

  it('warns that the 2026-01-20 post is dated 2026-01-19 (UTC), on its publishDate line', () => {
    const [warning, ...rest] = byRule(all, 'filename-date');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: release, line: lineOf(read(root, release), 'publishDate:'), severity: 'warning', field: 'publishDate' });
    expect(warning?.message).toContain('2026-01-19');
    expect(warning?.message).toContain('2026-01-20');
  });

  it('warns about the HTML entity in a plain-text title, at its line and column', () => {
    const [entity] = byRule(all, 'html-entity', collaboration);
    const text = read(root, collaboration);
    expect(entity).toMatchObject({ line: 2, column: (text.split('\n')[1]?.indexOf('&amp;') ?? 0) + 1, field: 'title' });
    expect(entity?.message).toBe('Title: the HTML entity "&amp;" is shown literally on the site; write "&" instead');
  });

  it('keeps accessibility hints at info level', () => {
    expect(byRule(all, 'heading-order').every((d) => d.severity === 'info')).toBe(true);
    expect(byRule(all, 'image-alt').every((d) => d.severity === 'info')).toBe(true);
    const first = byRule(all, 'heading-order', release)[0];
    expect(first?.message).toContain('First heading is h3');
  });

  it('gives each post its error and warning counts for the list badges', () => {
    const entry = site.entry(september);
    expect(entry?.errors).toBe(2);
    expect(site.entry(collaboration)?.warnings).toBe(1);
    expect(site.entry(release)).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('finds the collection of a file by relative or absolute path', () => {
    expect(site.collectionFor(september)?.name).toBe('post');
    expect(site.collectionFor(`${root}/src/data/authors/vinai-kopp.md`)?.name).toBe('authors');
    expect(site.collectionFor('src/pages/index.astro')).toBeUndefined();
  });
});
