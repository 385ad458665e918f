import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { buildPreviewDocument } from '../../src/core/preview/preview-document';
import { PREVIEW_FRAME_SANDBOX } from '../../src/shared/preview-frame';
import { createPreviewRenderer } from '../../src/core/preview/preview-renderer';

/**
 * Raw HTML in a post is rendered for fidelity; in the preview none of it may run script or
 * navigate. Three layers are checked separately: the sanitised preview HTML, the frame's
 * sandbox + CSP alone (with Astro's unsanitised HTML), and in-place updates of the body.
 */
const ATTACKS = `
# Attacks

<script>top.__pwned = 'script'; alert('script')</script>

<img src="x" onerror="top.__pwned = 'onerror'; alert('onerror')">

<img src="/pwned-img" onload="top.__pwned='onload'">

[plain javascript link](javascript:top.__pwned='js-link')

<a id="js-raw" href="javascript:top.__pwned='js-raw'">raw javascript link</a>

<a id="js-entity" href="jav&#x61;script:top.__pwned='entity'">entity link</a>

<a id="js-tab" href="java&#9;script:top.__pwned='tab'">tab link</a>

<a id="js-upper" href="  JaVaScRiPt:top.__pwned='upper'">upper-case link</a>

<a id="data-html" href="data:text/html,<script>top.__pwned='data'</script>">data link</a>

<a id="top-nav" href="/navigated-top" target="_top">target top</a>

<a id="blank" href="https://example.com/popup" target="_blank">new window</a>

<svg><script>top.__pwned = 'svg-script'</script><a id="svg-link" xlink:href="javascript:top.__pwned='svg-link'"><text x="10" y="20">svg link</text></a></svg>

<svg onload="top.__pwned='svg-onload'"><animate attributeName="href" values="javascript:top.__pwned='animate'"/></svg>

<iframe src="file:///etc/passwd"></iframe>

<iframe srcdoc="<script>top.__pwned='srcdoc'</script>"></iframe>

<object data="/pwned-object"></object>

<embed src="/pwned-embed">

<meta http-equiv="refresh" content="0;url=/navigated-refresh">

<base href="http://127.0.0.1:1/evil/">

<link rel="stylesheet" href="/pwned-css">

<form action="/pwned-form" method="get"><input name="q" value="x"><button id="submit" type="submit">Submit</button></form>

<details open ontoggle="top.__pwned='toggle'"><summary>details</summary>x</details>

<div style="background-image: url('/pwned-bg')">styled</div>

<input autofocus onfocus="top.__pwned='autofocus'">

![missing](file:///etc/passwd)

[internal link](/updates/2023-09-30-september-2023-update)

[external link](https://example.com/page)

<p>end</p>
`;

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];

interface Harness {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** Parent page in the role of the app: the frame, a click interceptor like the host's, a pwn flag. */
function parentPage(srcdoc: string, sandbox: string | undefined, intercept: boolean): string {
  const sandboxAttr = sandbox === undefined ? '' : ` sandbox="${sandbox}"`;
  const escaped = srcdoc.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html><head><title>host</title></head><body>
<iframe id="preview" title="Preview"${sandboxAttr} referrerpolicy="no-referrer" style="width:900px;height:2400px" srcdoc="${escaped}"></iframe>
<script>
window.__pwned = false;
window.__clicks = [];
window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
const frame = document.getElementById('preview');
${intercept ? `frame.addEventListener('load', () => {
  const doc = frame.contentDocument;
  doc.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a');
    if (link) { event.preventDefault(); window.__clicks.push(link.getAttribute('href')); }
  }, true);
  window.__ready = true;
});` : `frame.addEventListener('load', () => { window.__ready = true; }, { once: true });`}
</script></body></html>`;
}

async function startHarness(pageFor: (origin: string) => string): Promise<Harness> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(pageFor(origin));
      return;
    }
    hits.push(req.url ?? '');
    if (req.url?.endsWith('.png')) {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(PIXEL);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let browser: Browser;
let previewHtml: string;
let astroHtml: string;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rendered = await createPreviewRenderer({ root: '/nonexistent-root', assetBase: '/asset/' }).render(ATTACKS, {
    file: 'src/data/post/attacks.md',
  });
  previewHtml = rendered.previewHtml;
  astroHtml = rendered.html;
});

test.afterAll(async () => {
  await browser?.close();
});

interface Observed {
  dialogs: string[];
  consoleErrors: string[];
}

async function open(page: Page, origin: string): Promise<Observed> {
  const observed: Observed = { dialogs: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    observed.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') observed.consoleErrors.push(message.text());
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  return observed;
}

async function clickEverything(page: Page): Promise<void> {
  const frame = page.frameLocator('#preview');
  const links = frame.locator('a');
  const count = await links.count();
  for (let i = 0; i < count; i++) await links.nth(i).click({ force: true, timeout: 5_000 }).catch(() => undefined);
  const buttons = frame.locator('button');
  for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click({ force: true, timeout: 5_000 }).catch(() => undefined);
  await frame.locator('input').first().press('Enter').catch(() => undefined);
}

async function expectNothingHappened(page: Page, harness: Harness, observed: Observed, topUrl: string): Promise<void> {
  // Let anything the clicks or the content scheduled (a 0 s refresh, image errors) happen:
  // a negative check needs a settle time; two frames and a short idle period are enough.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
  expect(observed.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned: unknown }).__pwned)).toBe(false);
  expect(page.url()).toBe(topUrl);
  expect(page.context().pages()).toHaveLength(1);
  const forbidden = harness.hits.filter((hit) => /pwned|navigated/.test(hit));
  expect(forbidden).toEqual([]);
}

test('the sanitised preview in the recommended frame: nothing runs, nothing navigates, clicks reach the host', async () => {
  const doc = buildPreviewDocument({ bodyHtml: previewHtml, theme: 'light' });
  const harness = await startHarness(() => parentPage(doc, PREVIEW_FRAME_SANDBOX, true));
  const page = await browser.newPage();
  try {
    const observed = await open(page, harness.origin);
    const frame = page.frameLocator('#preview');
    await expect(frame.locator('h1')).toHaveText('Attacks');
    await expect(frame.locator('.pd-missing-image').first()).toContainText('Missing image');
    await expect(frame.locator('.pd-embed').first()).toContainText('not shown in the preview');
    await clickEverything(page);
    await expectNothingHappened(page, harness, observed, `${harness.origin}/`);
    const clicks = await page.evaluate(() => (window as unknown as { __clicks: (string | null)[] }).__clicks);
    expect(clicks).toContain('/updates/2023-09-30-september-2023-update');
    expect(clicks).toContain('https://example.com/page');
    expect(clicks.filter((href) => href !== null && /script|data:/i.test(href))).toEqual([]);
  } finally {
    await page.close();
    await harness.close();
  }
});

for (const sandbox of [PREVIEW_FRAME_SANDBOX, '']) {
  test(`unsanitised Astro HTML in a frame with sandbox="${sandbox}" and the preview CSP: nothing runs or leaves`, async () => {
    const doc = buildPreviewDocument({ bodyHtml: astroHtml, theme: 'dark' });
    const harness = await startHarness(() => parentPage(doc, sandbox, sandbox !== ''));
    const page = await browser.newPage();
    try {
      const observed = await open(page, harness.origin);
      await expect(page.frameLocator('#preview').locator('h1')).toHaveText('Attacks');
      if (sandbox !== '') await clickEverything(page);
      await expectNothingHappened(page, harness, observed, `${harness.origin}/`);
    } finally {
      await page.close();
      await harness.close();
    }
  });
}

test('updating the body in place as the host patches it (a template of the frame, then inserted) runs nothing either', async () => {
  const doc = buildPreviewDocument({ bodyHtml: '<p>loading</p>' });
  const harness = await startHarness(() => parentPage(doc, PREVIEW_FRAME_SANDBOX, true));
  const page = await browser.newPage();
  try {
    const observed = await open(page, harness.origin);
    await page.evaluate((html) => {
      const frame = document.getElementById('preview') as HTMLIFrameElement;
      const doc = frame.contentDocument!;
      const template = doc.createElement('template');
      template.innerHTML = html;
      const body = doc.getElementById('pd-body')!;
      body.replaceChildren(template.content);
    }, astroHtml);
    await expect(page.frameLocator('#preview').locator('h1')).toHaveText('Attacks');
    await clickEverything(page);
    await expectNothingHappened(page, harness, observed, `${harness.origin}/`);
  } finally {
    await page.close();
    await harness.close();
  }
});

test('control: the same page without sandbox and CSP does run the attacks (the checks can fail)', async () => {
  const doc = `<!doctype html><html><body>${astroHtml}</body></html>`;
  const harness = await startHarness(() => parentPage(doc, undefined, false));
  const page = await browser.newPage();
  try {
    await open(page, harness.origin);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned: unknown }).__pwned)).not.toBe(false);
  } finally {
    await page.close();
    await harness.close();
  }
});

test('images load from the asset route named in the CSP, and from nowhere else on the host', async () => {
  let assetSource = '';
  const harness = await startHarness((origin) => {
    assetSource = `${origin}/asset/`;
    const body = '<p><img id="asset" src="/asset/src/assets/images/pixel.png" alt="a"> <img id="other" src="/api/pixel.png" alt="b"></p>';
    return parentPage(buildPreviewDocument({ bodyHtml: body, assetSources: [assetSource] }), PREVIEW_FRAME_SANDBOX, true);
  });
  const page = await browser.newPage();
  try {
    await open(page, harness.origin);
    const frame = page.frameLocator('#preview');
    await expect.poll(() => frame.locator('#asset').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await frame.locator('#other').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
    expect(harness.hits).toContain('/asset/src/assets/images/pixel.png');
    expect(harness.hits).not.toContain('/api/pixel.png');
  } finally {
    await page.close();
    await harness.close();
  }
});
