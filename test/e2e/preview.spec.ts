import { request } from 'node:http';
import { expect, test } from './support/fixtures';
import type { RunningHost } from './support/web-host';

test('a heading typed in the editor appears in the preview', async ({ page, openPost }) => {
  const editor = await openPost('September 2023 Update');
  await expect(editor.preview.getByRole('heading', { name: 'September 2023 Update', level: 1 })).toBeVisible();
  await editor.editor.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('## Fresh heading from the editor\n\n');
  await expect(editor.preview.getByRole('heading', { name: 'Fresh heading from the editor', level: 2 })).toBeVisible();
});

test('typing updates the preview in place: the frame keeps its document, and the blocks below move to their new lines', async ({ page, openPost }) => {
  const editor = await openPost('The future of Magento');
  const frame = page.locator('iframe[title="Preview"]');
  await expect(editor.preview.locator('[data-line]').first()).toBeAttached();
  const lastLine = () => frame.evaluate((f: HTMLIFrameElement) => Number([...f.contentDocument!.querySelectorAll<HTMLElement>('[data-line]')].at(-1)!.dataset.line));
  const before = await lastLine();
  // A reload of the frame would make a new document, without this mark.
  await frame.evaluate((f: HTMLIFrameElement) => (f.contentDocument!.documentElement.dataset.probe = 'same document'));
  await editor.editor.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('A paragraph typed at the top\n\n');
  await expect(editor.preview.getByText('A paragraph typed at the top')).toBeVisible();
  await expect.poll(lastLine).toBe(before + 2);
  expect(await frame.evaluate((f: HTMLIFrameElement) => f.contentDocument!.documentElement.dataset.probe)).toBe('same document');
  // The patched frame shows what a fresh one does: save, open the post again, compare.
  const blocks = () => frame.evaluate((f: HTMLIFrameElement) => [...f.contentDocument!.querySelectorAll<HTMLElement>('#pd-body [data-line]')].map((b) => `${b.dataset.line} ${b.textContent!.slice(0, 40)}`));
  const patched = await blocks();
  await page.keyboard.press('ControlOrMeta+s');
  await expect(editor.saveState).toHaveText('Saved');
  const reopened = await openPost('The future of Magento');
  await expect(reopened.preview.getByText('A paragraph typed at the top')).toBeVisible();
  expect(await blocks()).toEqual(patched);
});

test('scrolling the editor scrolls the preview to the same place', async ({ page, openPost }) => {
  const editor = await openPost('The future of Magento');
  const frame = page.locator('iframe[title="Preview"]');
  await expect(editor.preview.locator('[data-line]').first()).toBeAttached();
  const previewScroll = () => frame.evaluate((f: HTMLIFrameElement) => f.contentWindow?.scrollY ?? 0);
  expect(await previewScroll()).toBe(0);
  await page.locator('.cm-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect.poll(previewScroll).toBeGreaterThan(500);
});

test('a ~/assets image shows in the preview, loaded from the content folder', async ({ openPost }) => {
  const editor = await openPost('September 2023 Update');
  const cover = editor.preview.locator('img.pd-post-cover');
  await expect(cover).toBeVisible();
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

function status(host: RunningHost, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('the asset route refuses files outside the content folder', async ({ host }) => {
  const base = `/asset/${host.token}`;
  expect(await status(host, `${base}/src/assets/images/blog/2023/mageos_blog_september-update.jpg`)).toBe(200);
  for (const attempt of ['/../../../../etc/passwd', '/src/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/src/data/post/2023-09-30-september-2023-update.md', '/..%252f..%252fetc%252fpasswd']) {
    expect([403, 404], attempt).toContain(await status(host, `${base}${attempt}`));
  }
  expect(await status(host, `/asset/wrong-token/src/assets/images/blog/2023/mageos_blog_september-update.jpg`)).toBe(401);
});

test('scrolling the preview scrolls the editor to the same place', async ({ page, openPost }) => {
  const editor = await openPost('The future of Magento');
  await expect(editor.preview.locator('[data-line]').first()).toBeAttached();
  const editorScroll = () => page.locator('.cm-scroller').evaluate((el) => el.scrollTop);
  expect(await editorScroll()).toBe(0);
  await page.locator('iframe[title="Preview"]').evaluate((f: HTMLIFrameElement) => {
    const doc = f.contentDocument!;
    f.contentWindow!.scrollTo({ top: doc.documentElement.scrollHeight / 2 });
  });
  await expect.poll(editorScroll).toBeGreaterThan(500);
});

test('a link to another post in the preview opens that post in Postdesk', async ({ page, openPost }) => {
  const editor = await openPost('October 2023 Update');
  await editor.preview.getByRole('link', { name: /last month.s update/ }).click();
  await expect(page.getByRole('tab', { name: 'September 2023 Update', selected: true })).toBeVisible();
  // The app itself stayed where it was: the preview frame did not navigate anywhere.
  expect(new URL(page.url()).pathname).toBe('/');
});
