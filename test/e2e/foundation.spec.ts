import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import type { RunningHost } from './support/web-host';

test('the browser host opens the site given at launch and lists its 97 posts, newest first', async ({ page, app, host }) => {
  await app.open(host.url);
  await app.expectPostCount(97);
  await expect(app.posts.first()).toContainText('2026');
  await app.searchBox.fill('September 2023');
  await expect(app.post('September 2023 Update')).toBeVisible();
  // The token left the address bar once the app took it.
  expect(page.url()).not.toContain('token=');
});

test('opening a folder that does not exist or is not a site explains why and keeps the current site', async ({ app, host }) => {
  await app.open(host.url);
  await app.openFolderButton.click();
  await expect(app.folderPathInput).toBeVisible();

  await app.openFolder('/no/such/folder/anywhere');
  await expect(app.alert).toContainText('does not exist');

  const empty = mkdtempSync(join(tmpdir(), 'postdesk-empty-'));
  try {
    await app.openFolder(empty);
    await expect(app.alert).toContainText('does not look like an Astro site');
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  await app.expectPostCount(97);
});

function rawRequest(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

test('API requests without the launch token get 401, with a foreign Host header 403', async ({ host }: { host: RunningHost }) => {
  const host127 = `127.0.0.1:${host.port}`;
  expect(await rawRequest(host.port, '/api/call/app.state', { Host: host127 })).toBe(401);
  expect(await rawRequest(host.port, '/api/call/app.state', { Host: host127, 'X-Postdesk-Token': 'wrong' })).toBe(401);
  expect(await rawRequest(host.port, '/api/call/app.state', { Host: `evil.example:${host.port}`, 'X-Postdesk-Token': host.token })).toBe(403);
  expect(await rawRequest(host.port, '/api/call/app.state', { Host: host127, 'X-Postdesk-Token': host.token })).toBe(200);
});
