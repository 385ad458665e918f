import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW_FRAME_SANDBOX } from '../../src/core/preview/preview-frame';
import { expect, test } from './support/fixtures';

/**
 * Fault matrix, item 9, in the real app: the preview frame is the one the XSS suite drives
 * (preview-xss.spec.ts tests PREVIEW_FRAME_SANDBOX with the frame's own CSP and no app CSP),
 * and its document carries a CSP of its own, a second layer: no script, nothing remote.
 * Link clicks and scrolling still reach the app (preview.spec.ts).
 */

/** A server standing for the rest of the internet: it records every request it gets. */
async function remoteServer(): Promise<{ origin: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('the app renders the preview frame with the sandbox the XSS suite tests, and a CSP of its own without remote sources', async ({ page, openPost }) => {
  const editor = await openPost('September 2023 Update');
  await expect(editor.preview.getByRole('heading', { name: 'September 2023 Update', level: 1 })).toBeVisible();
  const frame = page.locator('iframe[title="Preview"]');
  expect(await frame.getAttribute('sandbox')).toBe(PREVIEW_FRAME_SANDBOX);
  const csp = await frame.evaluate((f: HTMLIFrameElement) => f.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
  expect(csp).toContain("script-src 'none'");
  expect(csp).toContain("default-src 'none'");
  const sources = csp.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
  const network = sources.filter((s) => /^(https?:|wss?:|\*)/.test(s));
  // The only network source is the host's own asset route on the loopback address.
  expect(network.every((s) => s.startsWith(`${new URL(page.url()).origin}/asset/`))).toBe(true);
});

test('a post with script, handlers and a remote image: nothing runs, nothing remote loads, the app stays put', async ({ page, openPost }) => {
  const remote = await remoteServer();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const editor = await openPost('September 2023 Update');
    await expect(editor.preview.getByRole('heading', { name: 'September 2023 Update', level: 1 })).toBeVisible();
    await editor.typeAtEnd(
      [
        '',
        `<img id="remote" src="${remote.origin}/tracking-pixel.png" alt="remote">`,
        '',
        '<img src="x" onerror="alert(\'onerror\')">',
        '',
        '<script>alert(\'script\')</script>',
        '',
        `<a id="js" href="javascript:alert('link')">a link</a>`,
        '',
        'Hostile content ends here.',
        '',
      ].join('\n'),
    );
    await expect(editor.preview.getByText('Hostile content ends here.')).toBeVisible();
    await editor.preview.locator('#js').click({ force: true }).catch(() => undefined);
    // Two frames for anything scheduled by the content to happen, if it could.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(dialogs).toEqual([]);
    expect(remote.hits).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/');
  } finally {
    await remote.close();
  }
});
