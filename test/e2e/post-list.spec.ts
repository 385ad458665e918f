import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSite } from '../../bench/generate-site';
import { AppPage, EditorPage } from './support/app-page';
import { expect, test } from './support/fixtures';
import { startWebHost, type RunningHost } from './support/web-host';

const POSTS = 2000;
let site: string;
let host: RunningHost;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'postdesk-e2e-large-'));
  await generateSite(site, POSTS);
});

test.afterAll(() => rmSync(site, { recursive: true, force: true }));

test.beforeEach(async () => {
  host = await startWebHost(site);
});

test.afterEach(async () => {
  await host.stop();
});

test('a 2,000-post list keeps only the rows in view in the page, and the keyboard reaches every post', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await app.expectPostCount(POSTS);
  const rows = await app.posts.count();
  expect(rows).toBeGreaterThan(5);
  expect(rows).toBeLessThan(80);

  // From the search box, the down arrow goes on to the list, on its first post.
  await app.searchBox.focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.postList).toBeFocused();
  await expect(app.postList.locator('[data-active]')).toHaveAttribute('aria-posinset', '1');
  await expect(app.postList).toHaveAttribute('aria-activedescendant', 'pd-post-0');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.postList).toHaveAttribute('aria-activedescendant', 'pd-post-2');
  await page.keyboard.press('ArrowUp');
  await expect(app.postList).toHaveAttribute('aria-activedescendant', 'pd-post-1');

  // End reaches the oldest post, two thousand rows down, and it is drawn and in view.
  await page.keyboard.press('End');
  await expect(app.postList).toHaveAttribute('aria-activedescendant', `pd-post-${POSTS - 1}`);
  const last = page.locator(`#pd-post-${POSTS - 1}`);
  await expect(last).toHaveAttribute('aria-posinset', String(POSTS));
  await expect(last).toContainText('2016');
  await expect(last).toBeInViewport();
  expect(await app.posts.count()).toBeLessThan(80);

  await page.keyboard.press('Home');
  await expect(app.postList).toHaveAttribute('aria-activedescendant', 'pd-post-0');
  await page.keyboard.press('PageDown');
  const paged = Number((await app.postList.getAttribute('aria-activedescendant'))?.replace('pd-post-', ''));
  expect(paged).toBeGreaterThan(3);

  // Enter opens the post the keyboard is on, and the list marks it as the open one.
  const title = (await page.locator(`#pd-post-${paged} .pd-post-title`).textContent()) ?? '';
  await page.keyboard.press('Enter');
  const editor = new EditorPage(page);
  await expect(editor.editor).toBeVisible();
  await expect(page.locator(`#pd-post-${paged}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab', { selected: true })).toContainText(title.slice(0, 20));
});

test('searching ranks posts with the words in their title first and marks the words that matched', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  // Search answers once every post is checked (a first open of 2,000 posts, on a shared machine).
  await expect(page.getByTestId('post-count')).not.toContainText('checking', { timeout: 60_000 });
  await app.searchBox.fill('mage magic');
  await expect(app.postList).toHaveAttribute('data-answers', 'mage magic');
  const first = app.posts.first();
  await expect(first).toContainText('Mage-OS Magic in Action');
  await expect(first.locator('mark')).toHaveText(['Mage', 'Magic']);
  // One post in the fixture has "magic" in its title, five more only in their text: the
  // generated site repeats them, and every title match ranks above every text-only match.
  await app.searchBox.fill('magic');
  await expect(app.postList).toHaveAttribute('data-answers', 'magic');
  const count = Number((await app.posts.first().getAttribute('aria-setsize')) ?? 0);
  const titled = Math.ceil(POSTS / 97);
  expect(count).toBeGreaterThan(titled);
  await page.keyboard.press('ArrowDown');
  for (let i = 1; i < titled; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#pd-post-${titled - 1} mark`)).toHaveText('Magic');
  await page.keyboard.press('End');
  await expect(page.locator(`#pd-post-${count - 1}`)).toBeVisible();
  await expect(page.locator(`#pd-post-${count - 1} mark`)).toHaveCount(0);
});
