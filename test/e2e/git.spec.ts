import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage, EditorPage } from './support/app-page';
import { copyFixture, startWebHost, type RunningHost } from './support/web-host';

let host: RunningHost;
let site: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: site, encoding: 'utf8' });

test.beforeEach(async () => {
  site = copyFixture();
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Writer');
  git('config', 'user.email', 'writer@example.com');
  git('add', '-A');
  git('commit', '-qm', 'Initial content');
  host = await startWebHost(site);
});

test.afterEach(async () => {
  await host.stop();
  rmSync(site, { recursive: true, force: true });
});

test('a changed post shows in Changes with its diff, commits, and leaves the list clean', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByRole('searchbox', { name: /Search posts/ }).fill('Mage-OS 2.1 is out now');
  await app.post('Mage-OS 2.1 is out now').getByRole('button').first().click();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('\nA new closing line for the release post.');
  await editor.save();
  await expect(app.post('Mage-OS 2.1 is out now')).toContainText('Changed');

  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  const changed = changes.getByRole('list', { name: 'Changed files' }).getByRole('listitem');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Modified');
  await changed.getByRole('button', { name: 'Mage-OS 2.1 is out now!' }).click();
  await expect(changes.getByRole('group', { name: /Changes in src\/data\/post\/2026-01-20/ })).toContainText('A new closing line for the release post.');

  await expect(changes.getByLabel('Commit message')).toHaveValue('Update post: Mage-OS 2.1 is out now!');
  await changes.getByRole('button', { name: 'Commit 1 file' }).click();
  // The post has only warnings (the date in its file name), which need one confirmation.
  await changes.getByRole('button', { name: 'Commit anyway' }).click();
  await expect(changes.getByRole('status').filter({ hasText: 'Committed 1 file' })).toBeVisible();
  await expect(changes.getByText('No changes: everything is committed.')).toBeVisible();
  await expect(app.post('Mage-OS 2.1 is out now')).not.toContainText('Changed');

  expect(git('log', '-1', '--format=%s')).toBe('Update post: Mage-OS 2.1 is out now!\n');
  expect(git('status', '--porcelain')).toBe('');
});

test('a post with a broken link is stopped by the gate, with a link to the problem', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByRole('searchbox', { name: /Search posts/ }).fill('Mage-OS 2.1 is out now');
  await app.post('Mage-OS 2.1 is out now').getByRole('button').first().click();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('\nRead [the old page](/updates/no-such-post).');
  await editor.save();
  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  await changes.getByRole('button', { name: 'Commit 1 file' }).click();
  await expect(changes.getByRole('alert')).toContainText('Not committed: fix these errors first.');
  await expect(changes.getByRole('alert')).toContainText('/updates/no-such-post');
  expect(git('log', '--format=%s')).toBe('Initial content\n');
});
