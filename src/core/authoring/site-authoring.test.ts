import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAreasOf } from '../security/write-policy';
import { loadSite } from '../site/load-site';
import type { SiteModel } from '../site/site-model';
import { readFrontmatter } from './frontmatter-text';
import { headingOutline } from './heading-outline';
import { importImage, planImageImport } from './image-import';
import { authoringCollection, createPlannedFile, planMonthlyUpdateForSite, planNewPostForSite } from './site-authoring';
import { copyFixture } from './test-fixture';
import { copyTestSite, removeTestSites } from '../../test-support/astro-oracle';

const now = new Date('2026-02-10T09:00:00.000Z');
const errorsOf = (site: SiteModel, file: string, text?: string) =>
  site.validateFile(file, text).filter((d) => d.severity === 'error');

describe('authoring on the reference site, as loaded by the site model', () => {
  let root: string;
  let site: SiteModel;

  beforeAll(async () => {
    root = copyFixture();
    site = await loadSite(root, { workers: 0 });
  });
  afterAll(() => site?.dispose());

  it('picks the blog collection by default', () => {
    expect(authoringCollection(site).name).toBe('post');
  });

  it('plans a new post that validates without errors, warning only about fields left to fill', () => {
    const plan = planNewPostForSite(site, { title: 'Meet Magento Zürich', now, authorSlug: 'anita-miller' });
    expect(plan.file).toBe('src/data/post/2026-02-10-meet-magento-zurich.md');
    expect(readFrontmatter(plan.text)?.data).toEqual({
      title: 'Meet Magento Zürich',
      publishDate: '2026-02-10T09:00:00.000Z',
      draft: true,
      author: 'anita-miller',
    });
    const diagnostics = site.validateFile(plan.file, plan.text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'cms-required').map((d) => d.field).sort()).toEqual(['category', 'excerpt']);
  });

  it('creates the next monthly update as a valid draft with last month’s outline, then the one after', async () => {
    const plan = planMonthlyUpdateForSite(site, { now });
    expect(plan.title).toBe('Mage-OS February Update');
    expect(errorsOf(site, plan.file, plan.text)).toEqual([]);
    const written = createPlannedFile(writeAreasOf(site), plan);
    expect(written).toBe(plan.file);
    const text = fs.readFileSync(path.join(root, written), 'utf8');
    expect(headingOutline(text)).toEqual(headingOutline(fs.readFileSync(path.join(root, plan.basedOn!), 'utf8')));

    await site.refreshFile(written);
    expect(site.entry(written)?.draft).toBe(true);
    const following = planMonthlyUpdateForSite(site, { now });
    expect(following.title).toBe('Mage-OS March Update');
    expect(following.text).toContain('publishDate: "2026-03-31T00:00:00.000Z"');
    expect(following.basedOn).toBe(written);
  });

  it('imports a pasted image whose inserted path the site resolves', async () => {
    const postFile = 'src/data/post/2025-11-30-mage-os-november-update.md';
    const plan = planImageImport({ root, mediaFolder: site.info.mediaFolder, postFile, originalName: 'Stage at MageUnConference.png', now });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const imported = importImage(writeAreasOf(site), plan, png);
    expect(imported.markdown).toBe('![Stage at MageUnConference](~/assets/images/blog/2026/stage-at-mageunconference.png)');
    const missing = imported.markdown.replace('stage-at', 'not-imported');
    const text = fs.readFileSync(path.join(root, postFile), 'utf8') + `\n${imported.markdown}\n\n${missing}\n`;
    const imageProblems = site.validateFile(postFile, text).filter((d) => d.rule === 'image-missing');
    expect(imageProblems.some((d) => d.message.includes('not-imported'))).toBe(true);
    expect(imageProblems.filter((d) => d.message.includes('stage-at'))).toEqual([]);
  });
});

describe('authoring on a site with file() and inline-loader collections', () => {
  let site: SiteModel;

  beforeAll(async () => {
    site = await loadSite(copyTestSite('astro-blog'), { workers: 0 });
  });
  afterAll(() => {
    site?.dispose();
    removeTestSites();
  });

  it('picks the collection of files, and refuses a new post or monthly update where entries are data', () => {
    expect(authoringCollection(site).name).toBe('blog');
    for (const collection of ['authors', 'series']) {
      expect(() => planNewPostForSite(site, { collection, title: 'Stray', now })).toThrow(/not files of their own/);
      expect(() => planMonthlyUpdateForSite(site, { collection, now })).toThrow(/not files of their own/);
    }
  });
});
