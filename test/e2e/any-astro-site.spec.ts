import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { copyFixtureTree, TEST_SITES } from '../../src/test-support/shared-fixtures';
import { AppPage } from './support/app-page';
import { startWebHost, type RunningHost } from './support/web-host';

/** The blog-shaped test site: its schema has an author reference but no draft or category. */
const BLOG = join(TEST_SITES, 'astro-blog');
const BLOG_FIELDS = ['title', 'description', 'pubDate', 'heroImage', 'cover', 'author', 'related'];

let site: string;
let host: RunningHost;

test.beforeEach(async () => {
  site = join(mkdtempSync(join(tmpdir(), 'postdesk-e2e-blog-')), 'site');
  copyFixtureTree(BLOG, site);
  host = await startWebHost(site);
});

test.afterEach(async () => {
  await host.stop();
  rmSync(join(site, '..'), { recursive: true, force: true });
});

test('on a schema without draft or category, no filter or wording offers them, and New post writes only schema fields', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const filters = page.getByRole('search', { name: 'Filter posts' });
  await expect(filters.getByRole('combobox', { name: 'Author' })).toBeVisible();
  await expect(filters.getByRole('combobox', { name: 'Year' })).toBeVisible();
  await expect(filters.getByRole('combobox', { name: 'Category' })).toHaveCount(0);
  await expect(filters.getByRole('combobox', { name: 'Status' })).toHaveCount(0);

  await page.getByRole('button', { name: 'New post' }).click();
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog).toContainText("The file name comes from the site's naming pattern.");
  await expect(dialog).not.toContainText(/draft/i);
  // Only collections of files take a new post: authors and tags (file()) and series (an inline loader) are data.
  await expect(dialog.getByRole('combobox', { name: 'Collection' }).getByRole('option')).toHaveText(['Blog']);
  await dialog.getByLabel('Title').fill('Notes from the road');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toHaveCount(0);

  const created = readdirSync(join(site, 'src/content/blog')).find((name) => name.includes('notes-from-the-road'));
  expect(created).toBeDefined();
  const text = readFileSync(join(site, 'src/content/blog', created ?? ''), 'utf8');
  const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
  expect(Object.keys(data).filter((key) => !BLOG_FIELDS.includes(key))).toEqual([]);
  expect(data.title).toBe('Notes from the road');
});
