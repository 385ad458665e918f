import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEntryId } from '../../entry-id';
import { loadSite } from '../../load-site';
import type { SiteModel } from '../../site-model';
import { copyFixture, POST, removeCopies, tempDir, write } from '../../testing/site-fixture';
import { detectSiteProfile } from '../detect-profile';
import { cleanSlug } from './clean-slug';
import { astroWindPermalink } from './permalink';

describe("AstroWind's cleanSlug (the theme's limax)", () => {
  it('slugifies categories and tags as the theme links them', () => {
    expect(cleanSlug('eCommerce Insights')).toBe('ecommerce-insights');
    expect(cleanSlug('Café  Déjà-vu!')).toBe('cafe-deja-vu');
    expect(cleanSlug('Mage-OS')).toBe('mage-os');
    expect(cleanSlug('R&D')).toBe('r-and-d');
    expect(cleanSlug('Magento 2.4.7')).toBe('magento-2-4-7');
    // limax keeps underscores, where a plain "every other character is a hyphen" rule would not.
    expect(cleanSlug('snake_case')).toBe('snake_case');
  });

  it('slugifies each path segment and trims slashes', () => {
    expect(cleanSlug('/News/Big Release/')).toBe('news/big-release');
  });
});

describe('AstroWind permalinks', () => {
  it('puts the category slug and the cleanSlug of the id into the pattern', () => {
    expect(astroWindPermalink('%category%/%slug%', { id: 'a-post', category: 'Case Studies' })).toBe('/case-studies/a-post');
  });

  it('fills date parts from the UTC date and drops empty segments', () => {
    const entry = { id: 'x', date: '2026-01-19T20:55:00.000Z' };
    expect(astroWindPermalink('%year%/%month%/%day%/%slug%', entry)).toBe('/2026/01/19/x');
    expect(astroWindPermalink('%category%/%slug%', entry)).toBe('/x');
  });

  it("uses the theme's slug rule, not Astro's id, for %slug% (and the id for %id%)", () => {
    const id = astroEntryId('Café Déjà-vu.md', {});
    expect(id).toBe('café-déjà-vu');
    expect(astroWindPermalink('%slug%', { id })).toBe('/cafe-deja-vu');
    expect(astroWindPermalink('posts/%id%', { id })).toBe('/posts/café-déjà-vu');
  });
});

describe('the AstroWind profile on the reference site', () => {
  let root: string;
  let site: SiteModel;
  beforeAll(async () => {
    root = copyFixture();
    write(root, `${POST}/Café Déjà-vu.md`, '---\ntitle: Café\npublishDate: 2024-05-01\ncategory: Updates\ntags: [Café Déjà-vu]\n---\n\nSee [the other post](/updates/cafe-deja-vu) and [the id](/updates/café-déjà-vu).\n\n[Updates](/category/updates), [none](/category/no-such-category), [the blog](/blog), [page 2](/blog/2), [Café tag](/tag/cafe-deja-vu).\n');
    site = await loadSite(root, { workers: 0 });
  });
  afterAll(() => {
    site?.dispose();
    removeCopies();
  });

  it('is detected from src/config.yaml and owns the [...blog] pages', () => {
    expect(site.profile().id).toBe('astrowind');
    expect(site.info.name).toBe('Mage-OS');
    expect(site.routes().filter((r) => r.how === 'profile').map((r) => r.page)).toContain('src/pages/[...blog]/index.astro');
  });

  it('publishes a post whose id differs from its slug at the address the theme builds', () => {
    const entry = site.entry(`${POST}/Café Déjà-vu.md`);
    expect(entry?.slug).toBe('café-déjà-vu');
    expect(entry?.url).toBe('/updates/cafe-deja-vu');
  });

  it('serves the blog list, category and tag pages under the pathnames of src/config.yaml, and nothing else', () => {
    const broken = site.validateFile(`${POST}/Café Déjà-vu.md`).filter((d) => d.rule === 'link-broken');
    expect(broken.map((d) => d.message)).toEqual([
      'broken link: /updates/café-déjà-vu does not exist; the post is at /updates/cafe-deja-vu',
      'broken link: /category/no-such-category does not exist on the site',
    ]);
  });
});

describe('a site without AstroWind', () => {
  afterAll(removeCopies);

  it("gets Astro's conventions: no profile routes, the folder's name", () => {
    const root = tempDir();
    write(root, 'astro.config.mjs', "export default { site: 'https://blog.example.org' };\n");
    const profile = detectSiteProfile(root);
    expect(profile.id).toBe('astro');
    expect(profile.siteUrl).toBe('https://blog.example.org');
    expect(profile.ownsPage(['[...blog]'])).toBe(false);
  });

  it('is not taken for AstroWind by a src/config.yaml of another shape', () => {
    const root = tempDir();
    write(root, 'src/config.yaml', '- just\n- a list\n');
    expect(detectSiteProfile(root).id).toBe('astro');
  });
});
