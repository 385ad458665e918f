import { execFileSync } from 'node:child_process';
import { expect, test } from './support/fixtures';

const git = (site: string, ...args: string[]) => execFileSync('git', args, { cwd: site, encoding: 'utf8' });

test.use({ withGit: true });

test('a changed post shows in Changes with its diff, commits, and leaves the list clean', async ({ page, app, site, openPost }) => {
  const editor = await openPost('Mage-OS 2.1 is out now');
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

  expect(git(site, 'log', '-1', '--format=%s')).toBe('Update post: Mage-OS 2.1 is out now!\n');
  expect(git(site, 'status', '--porcelain')).toBe('');
});

test('a post with a broken link is stopped by the gate, with a link to the problem', async ({ page, site, openPost }) => {
  const editor = await openPost('Mage-OS 2.1 is out now');
  await editor.typeAtEnd('\nRead [the old page](/updates/no-such-post).');
  await editor.save();
  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  await changes.getByRole('button', { name: 'Commit 1 file' }).click();
  await expect(changes.getByRole('alert')).toContainText('Not committed: fix these errors first.');
  await expect(changes.getByRole('alert')).toContainText('/updates/no-such-post');
  expect(git(site, 'log', '--format=%s')).toBe('Initial content\n');
});
